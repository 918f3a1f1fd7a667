import { FieldType } from '../store/field-types.js';
import type { Field, StoredRecord, StoredValue } from '../store/model.js';
import type { UserDirectory, UserIdType } from '../store/user-directory.js';
import { optionsOf } from './option-staging.js';
import { asText } from './as-text.js';

export type MediaInfo = { readonly name: string; readonly type: string; readonly size: number };

/** What encoding a stored cell to its read shape needs. */
export type ReadContext = {
  readonly userIdType: UserIdType;
  readonly users: UserDirectory;
  readonly media: (fileToken: string) => MediaInfo | undefined;
  readonly publicUrl: string;
  /** Legacy list/get return text as a plain string unless `text_field_as_array=true`. */
  readonly textAsArray: boolean;
};

function userObjects(openIds: readonly string[], ctx: ReadContext): unknown[] {
  return openIds.map((openId) => {
    const user = ctx.users.find(openId, 'open_id');
    const id = user?.[ctx.userIdType] ?? openId;
    return {
      id,
      name: user?.name ?? '',
      en_name: user?.en_name ?? '',
      email: user?.email ?? '',
      avatar_url: '',
    };
  });
}

function textValue(field: Field, text: string, ctx: ReadContext): unknown {
  if (!ctx.textAsArray) return text;
  if (field.uiType === 'Email') return [{ type: 'url', text, link: `mailto:${text}` }];
  return [{ type: 'text', text }];
}

function attachments(tokens: readonly string[], ctx: ReadContext): unknown[] {
  return tokens.map((token) => {
    const info = ctx.media(token);
    const url = `${ctx.publicUrl}/open-apis/drive/v1/medias/${token}/download`;
    return {
      file_token: token,
      name: info?.name ?? '',
      type: info?.type ?? '',
      size: info?.size ?? 0,
      url,
      tmp_url: url,
    };
  });
}

function optionName(field: Field, id: string): string {
  return optionsOf(field).find((o) => o.id === id)?.name ?? id;
}

function asList(value: StoredValue): readonly string[] {
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/** A stored cell in the shape the record read endpoints return (reference §4). */
export function encodeReadValue(field: Field, value: StoredValue, ctx: ReadContext): unknown {
  switch (field.type) {
    case FieldType.text:
      return textValue(field, asText(value), ctx);
    case FieldType.singleSelect:
      return optionName(field, asText(value));
    case FieldType.multiSelect:
      return asList(value).map((id) => optionName(field, id));
    case FieldType.user:
      return userObjects(asList(value), ctx);
    case FieldType.attachment:
      return attachments(asList(value), ctx);
    case FieldType.singleLink:
    case FieldType.duplexLink:
      return { link_record_ids: asList(value) };
    case FieldType.groupChat:
      return asList(value).map((id) => ({ id, name: '', avatar_url: '' }));
    default:
      return value;
  }
}

/** Values the server computes for read-only types, from the record's own facts. */
export function computedValue(field: Field, record: StoredRecord, ctx: ReadContext): unknown {
  switch (field.type) {
    case FieldType.createdTime:
      return record.createdTime;
    case FieldType.modifiedTime:
      return record.modifiedTime;
    case FieldType.createdUser:
      return userObjects([record.createdBy], ctx);
    case FieldType.modifiedUser:
      return userObjects([record.modifiedBy], ctx);
    case FieldType.autoNumber:
      return String(record.autoNumber);
    default:
      return undefined;
  }
}
