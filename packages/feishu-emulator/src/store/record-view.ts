import { computedValue, encodeReadValue, type ReadContext } from '../codec/read-value.js';
import type { EmulatorStore } from './emulator-store.js';
import type { Field, StoredRecord, Table } from './model.js';
import type { UserIdType } from './user-directory.js';

export type ViewOptions = {
  readonly userIdType: UserIdType;
  /** Only these fields (by name); all when undefined. */
  readonly fieldNames?: readonly string[] | undefined;
  readonly automaticFields?: boolean;
  readonly textAsArray?: boolean;
  readonly withSharedUrl?: boolean;
};

export function readContext(store: EmulatorStore, publicUrl: string, options: ViewOptions): ReadContext {
  return {
    userIdType: options.userIdType,
    users: store.users,
    media: (token) => store.media.get(token),
    publicUrl,
    textAsArray: options.textAsArray ?? true,
  };
}

/** The value a read returns for one cell, or undefined when the cell is empty. */
export function cellValue(field: Field, record: StoredRecord, ctx: ReadContext): unknown {
  const computed = computedValue(field, record, ctx);
  if (computed !== undefined) return computed;
  const stored = record.cells.get(field.id);
  return stored === undefined ? undefined : encodeReadValue(field, stored, ctx);
}

function userObject(openId: string, ctx: ReadContext): unknown {
  const user = ctx.users.find(openId, 'open_id');
  return {
    id: user?.[ctx.userIdType] ?? openId,
    name: user?.name ?? '',
    en_name: user?.en_name ?? '',
    email: user?.email ?? '',
    avatar_url: '',
  };
}

/** A record as the read endpoints return it: fields keyed by name, empty cells omitted. */
export function recordView(
  table: Table,
  record: StoredRecord,
  ctx: ReadContext,
  options: ViewOptions,
  appToken: string,
): Record<string, unknown> {
  const wanted = options.fieldNames === undefined ? undefined : new Set(options.fieldNames);
  const fields: Record<string, unknown> = {};
  for (const field of table.fields) {
    if (wanted !== undefined && !wanted.has(field.name)) continue;
    const value = cellValue(field, record, ctx);
    if (value !== undefined) fields[field.name] = value;
  }
  const view: Record<string, unknown> = { record_id: record.id, id: record.id, fields };
  if (options.automaticFields === true) {
    view['created_by'] = userObject(record.createdBy, ctx);
    view['created_time'] = record.createdTime;
    view['last_modified_by'] = userObject(record.modifiedBy, ctx);
    view['last_modified_time'] = record.modifiedTime;
  }
  if (options.withSharedUrl === true) {
    view['shared_url'] = `${ctx.publicUrl}/base/${appToken}?table=${table.id}&record=${record.id}`;
  }
  return view;
}
