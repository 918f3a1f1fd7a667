import { FeishuCode, feishuError } from '../feishu-error.js';
import { FieldType, isReadOnlyType } from '../store/field-types.js';
import type { Field, StoredValue } from '../store/model.js';
import type { UserDirectory, UserIdType } from '../store/user-directory.js';
import type { OptionStaging } from './option-staging.js';

export const MAX_TEXT_CHARS = 100_000;
const PHONE_PATTERN = /^\+?\d*$/;

/** What decoding a written cell needs to look at besides the value. */
export type WriteContext = {
  readonly userIdType: UserIdType;
  readonly users: UserDirectory;
  readonly options: OptionStaging;
  /** Whether `recordId` exists in the table a link field points at. */
  readonly linkTargetHas: (field: Field, recordId: string) => boolean;
  /** Whether an attachment token was uploaded to this base. */
  readonly hasMedia: (fileToken: string) => boolean;
  /** Simulated users may set formula/lookup values; the OpenAPI may not. */
  readonly allowReadOnly: boolean;
};

function mismatch(code: FeishuCode, name: string, field: Field, value: unknown, expected: string): never {
  const shown = JSON.stringify(value).slice(0, 80);
  throw feishuError(code, `${name}: field "${field.name}" expects ${expected}, got ${shown}`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function idObjects(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids: string[] = [];
  for (const item of value) {
    const id: unknown = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return undefined;
    ids.push(id);
  }
  return ids;
}

function decodeText(field: Field, value: unknown): StoredValue {
  let text: string | undefined = typeof value === 'string' ? value : undefined;
  if (Array.isArray(value)) {
    const parts = value.map((s: unknown) =>
      typeof s === 'object' && s !== null ? (s as { text?: unknown }).text : s,
    );
    if (parts.every((p) => typeof p === 'string')) text = parts.join('');
  }
  if (text === undefined)
    return mismatch(FeishuCode.textConvFail, 'TextFieldConvFail', field, value, 'a string');
  if (text.length > MAX_TEXT_CHARS)
    throw feishuError(
      FeishuCode.tooLargeCell,
      `TooLargeCell: field "${field.name}" is over ${MAX_TEXT_CHARS} characters`,
    );
  return text;
}

function decodeUsers(field: Field, value: unknown, ctx: WriteContext): StoredValue {
  const ids = idObjects(value);
  const expected = `a list of {"id": <${ctx.userIdType}>} of tenant users`;
  if (ids === undefined)
    return mismatch(FeishuCode.userConvFail, 'UserFieldConvFail', field, value, expected);
  return ids.map((id) => {
    const user = ctx.users.find(id, ctx.userIdType);
    return user?.open_id ?? mismatch(FeishuCode.userConvFail, 'UserFieldConvFail', field, id, expected);
  });
}

function decodeLinks(field: Field, value: unknown, ctx: WriteContext): StoredValue {
  const duplex = field.type === FieldType.duplexLink;
  const code = duplex ? FeishuCode.duplexLinkConvFail : FeishuCode.linkConvFail;
  const name = duplex ? 'DuplexLinkFieldConvFail' : 'LinkFieldConvFail';
  if (!isStringArray(value)) return mismatch(code, name, field, value, 'a string array of record ids');
  for (const id of value) {
    if (!ctx.linkTargetHas(field, id)) mismatch(code, name, field, id, 'ids of records in the linked table');
  }
  return [...value];
}

function decodeUrl(field: Field, value: unknown): StoredValue {
  const v = value as { link?: unknown; text?: unknown } | null;
  if (typeof v !== 'object' || v === null || typeof v.link !== 'string') {
    return mismatch(
      FeishuCode.urlConvFail,
      'URLFieldConvFail',
      field,
      value,
      '{"link": "...", "text": "..."}',
    );
  }
  return { link: v.link, text: typeof v.text === 'string' ? v.text : v.link };
}

function decodeLocation(field: Field, value: unknown): StoredValue {
  const match = typeof value === 'string' ? /^(-?\d+(\.\d+)?),(-?\d+(\.\d+)?)$/.exec(value) : null;
  if (match === null)
    return mismatch(FeishuCode.fieldTypeMismatch, 'FieldTypesNotMatch', field, value, '"longitude,latitude"');
  const location = `${match[1] ?? ''},${match[3] ?? ''}`;
  return {
    location,
    pname: '',
    cityname: '',
    adname: '',
    address: '',
    name: location,
    full_address: location,
  };
}

function decodeByType(field: Field, value: unknown, ctx: WriteContext): StoredValue {
  switch (field.type) {
    case FieldType.text:
      return decodeText(field, value);
    case FieldType.number:
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : mismatch(FeishuCode.numberConvFail, 'NumberFieldConvFail', field, value, 'a number');
    case FieldType.singleSelect:
      return typeof value === 'string' && value !== ''
        ? ctx.options.resolve(field, value)
        : mismatch(
            FeishuCode.singleSelectConvFail,
            'SingleSelectFieldConvFail',
            field,
            value,
            'an option name',
          );
    case FieldType.multiSelect:
      return isStringArray(value)
        ? value.map((name) => ctx.options.resolve(field, name))
        : mismatch(
            FeishuCode.multiSelectConvFail,
            'MultiSelectFieldConvFail',
            field,
            value,
            'a list of option names',
          );
    case FieldType.dateTime:
      return typeof value === 'number' && Number.isInteger(value)
        ? value
        : mismatch(
            FeishuCode.datetimeConvFail,
            'DatetimeFieldConvFail',
            field,
            value,
            'a millisecond timestamp',
          );
    case FieldType.checkbox:
      return typeof value === 'boolean'
        ? value
        : mismatch(FeishuCode.checkboxConvFail, 'CheckboxFieldConvFail', field, value, 'true or false');
    case FieldType.user:
      return decodeUsers(field, value, ctx);
    case FieldType.phone:
      return typeof value === 'string' && value.length <= 64 && PHONE_PATTERN.test(value)
        ? value
        : mismatch(
            FeishuCode.phoneConvFail,
            'InvalidPhoneNumber',
            field,
            value,
            'a phone number like "+8613100006666"',
          );
    case FieldType.url:
      return decodeUrl(field, value);
    case FieldType.attachment: {
      const tokens = idObjectsByKey(value, 'file_token');
      if (tokens === undefined)
        return mismatch(
          FeishuCode.attachConvFail,
          'AttachFieldConvFail',
          field,
          value,
          'a list of {"file_token": ...}',
        );
      for (const t of tokens)
        if (!ctx.hasMedia(t))
          throw feishuError(
            FeishuCode.attachPermNotAllow,
            `AttachPermNotAllow: file_token ${t} was not uploaded to this base`,
          );
      return tokens;
    }
    case FieldType.singleLink:
    case FieldType.duplexLink:
      return decodeLinks(field, value, ctx);
    case FieldType.location:
      return decodeLocation(field, value);
    case FieldType.groupChat: {
      const ids = idObjects(value);
      return (
        ids ??
        mismatch(
          FeishuCode.fieldTypeMismatch,
          'FieldTypesNotMatch',
          field,
          value,
          'a list of {"id": "oc_..."}',
        )
      );
    }
    default:
      return decodeReadOnly(field, value, ctx);
  }
}

function decodeReadOnly(field: Field, value: unknown, ctx: WriteContext): StoredValue {
  const storable = field.type === FieldType.formula || field.type === FieldType.lookup;
  if (ctx.allowReadOnly && storable && typeof value === 'object' && value !== null)
    return value as StoredValue;
  throw feishuError(
    FeishuCode.fieldTypeMismatch,
    `FieldTypesNotMatch: field "${field.name}" (type ${field.type}) is read-only`,
  );
}

function idObjectsByKey(value: unknown, key: string): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value) {
    const v: unknown =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof v !== 'string') return undefined;
    out.push(v);
  }
  return out;
}

/** Decodes one written cell to its stored form; `null` (and an empty list) clears the cell. */
export function decodeWriteValue(field: Field, value: unknown, ctx: WriteContext): StoredValue | null {
  if (value === null || value === undefined) {
    if (isReadOnlyType(field.type) && !ctx.allowReadOnly) return decodeReadOnly(field, value, ctx);
    return null;
  }
  const stored = decodeByType(field, value, ctx);
  if (Array.isArray(stored) && stored.length === 0) return null;
  if (stored === '') return null;
  return stored;
}
