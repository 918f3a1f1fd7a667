import type { ChangeOperator, EventFieldValue, RecordAction } from '../change-feed.js';
import { OptionStaging } from '../codec/option-staging.js';
import { decodeWriteValue, type WriteContext } from '../codec/write-value.js';
import { FeishuCode, feishuError } from '../feishu-error.js';
import type { EmulatorStore } from './emulator-store.js';
import { fieldByName } from './field-ops.js';
import { FieldType } from './field-types.js';
import type { Field, StoredRecord, StoredValue, Table } from './model.js';
import type { UserIdType } from './user-directory.js';

export type WriteOptions = {
  readonly userIdType: UserIdType;
  readonly operator: ChangeOperator;
  /** Simulated users may set formula/lookup values. */
  readonly allowReadOnly?: boolean;
};

type CellChanges = Map<Field, StoredValue | null>;

function writeContext(
  store: EmulatorStore,
  appToken: string,
  staging: OptionStaging,
  options: WriteOptions,
): WriteContext {
  const base = store.base(appToken);
  return {
    userIdType: options.userIdType,
    users: store.users,
    options: staging,
    linkTargetHas: (field, recordId) => {
      const targetId = field.property?.['table_id'];
      return base.tables.find((t) => t.id === targetId)?.records.has(recordId) ?? false;
    },
    hasMedia: (token) => store.media.get(token)?.appToken === appToken,
    allowReadOnly: options.allowReadOnly ?? false,
  };
}

function decodeFields(table: Table, raw: unknown, ctx: WriteContext, index: number): CellChanges {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw feishuError(
      FeishuCode.wrongRequestBody,
      `WrongRequestBody: records[${index}].fields must be an object keyed by field name`,
    );
  }
  const changes: CellChanges = new Map();
  for (const [name, value] of Object.entries(raw)) {
    const field = fieldByName(table, name);
    changes.set(field, decodeWriteValue(field, value, ctx));
  }
  return changes;
}

function eventValue(field: Field, value: StoredValue): EventFieldValue {
  return { field_id: field.id, field_value: JSON.stringify(value) };
}

/** All of a record's non-empty cells as event entries (formula values are never sent). */
function eventCells(table: Table, record: StoredRecord): EventFieldValue[] {
  const out: EventFieldValue[] = [];
  for (const field of table.fields) {
    const value = record.cells.get(field.id);
    if (value !== undefined && field.type !== FieldType.formula) out.push(eventValue(field, value));
  }
  return out;
}

function sameValue(old: StoredValue | undefined, next: StoredValue | null): boolean {
  if (old === undefined || next === null) return old === undefined && next === null;
  if (typeof old !== 'object' || typeof next !== 'object') return old === next;
  return JSON.stringify(old) === JSON.stringify(next);
}

function applyChanges(
  record: StoredRecord,
  changes: CellChanges,
): { before: EventFieldValue[]; after: EventFieldValue[] } {
  const before: EventFieldValue[] = [];
  const after: EventFieldValue[] = [];
  for (const [field, value] of changes) {
    const old = record.cells.get(field.id);
    if (sameValue(old, value)) continue;
    if (field.type !== FieldType.formula) {
      if (old !== undefined) before.push(eventValue(field, old));
      if (value !== null) after.push(eventValue(field, value));
    }
    if (value === null) record.cells.delete(field.id);
    else record.cells.set(field.id, value);
  }
  return { before, after };
}

function publish(
  store: EmulatorStore,
  appToken: string,
  table: Table,
  operator: ChangeOperator,
  actions: RecordAction[],
): void {
  table.revision++;
  if (actions.length === 0) return;
  store.deps.feed.publish({
    kind: 'record',
    appToken,
    tableId: table.id,
    revision: table.revision,
    operator,
    actions,
    at: store.deps.now(),
  });
}

/** Creates every record or none (reference §3.3: batches are all-or-nothing). */
export function createRecords(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  inputs: readonly unknown[],
  options: WriteOptions,
): StoredRecord[] {
  const table = store.table(appToken, tableId);
  const staging = new OptionStaging(() => store.deps.ids.optionId());
  const ctx = writeContext(store, appToken, staging, options);
  const decoded = inputs.map((input, i) => decodeFields(table, entry(input, i).fields ?? {}, ctx, i));
  staging.commit();
  const now = store.deps.now();
  const created = decoded.map((changes) => {
    let id = store.deps.ids.recordId();
    while (table.records.has(id)) id = store.deps.ids.recordId();
    const record: StoredRecord = {
      id,
      cells: new Map(),
      createdTime: now,
      modifiedTime: now,
      createdBy: options.operator.open_id,
      modifiedBy: options.operator.open_id,
      autoNumber: table.nextAutoNumber++,
    };
    applyChanges(record, changes);
    table.records.set(id, record);
    return record;
  });
  publish(
    store,
    appToken,
    table,
    options.operator,
    created.map((r) => ({ record_id: r.id, action: 'record_added', after_value: eventCells(table, r) })),
  );
  return created;
}

export type RecordUpdate = { readonly record_id?: unknown; readonly fields?: unknown };

/** One entry of a `records` list: it must be an object (1254001 otherwise). */
function entry(raw: unknown, index: number): RecordUpdate {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw feishuError(
      FeishuCode.wrongRequestBody,
      `WrongRequestBody: records[${index}] must be an object like {"fields": {...}}`,
    );
  }
  return raw;
}

function existingRecord(table: Table, id: unknown): StoredRecord {
  const record = typeof id === 'string' ? table.records.get(id) : undefined;
  if (record === undefined)
    throw feishuError(
      FeishuCode.recordNotFound,
      `RecordIdNotFound: no record ${JSON.stringify(id ?? null)} in table ${table.id}`,
    );
  return record;
}

/** Partial updates: only named fields change, `null` clears; all records or none. */
export function updateRecords(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  updates: readonly unknown[],
  options: WriteOptions,
): StoredRecord[] {
  const table = store.table(appToken, tableId);
  const staging = new OptionStaging(() => store.deps.ids.optionId());
  const ctx = writeContext(store, appToken, staging, options);
  const decoded = updates.map((raw, i) => {
    const u = entry(raw, i);
    return {
      record: existingRecord(table, u.record_id),
      changes: decodeFields(table, u.fields ?? {}, ctx, i),
    };
  });
  staging.commit();
  const now = store.deps.now();
  const actions: RecordAction[] = [];
  for (const { record, changes } of decoded) {
    const { before, after } = applyChanges(record, changes);
    record.modifiedTime = now;
    record.modifiedBy = options.operator.open_id;
    if (before.length > 0 || after.length > 0)
      actions.push({
        record_id: record.id,
        action: 'record_edited',
        before_value: before,
        after_value: after,
      });
  }
  publish(store, appToken, table, options.operator, actions);
  return decoded.map((d) => d.record);
}

/** Deletes every listed record or none (1254043 names the first unknown id). */
export function deleteRecords(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  ids: readonly unknown[],
  operator: ChangeOperator,
): string[] {
  const table = store.table(appToken, tableId);
  const records = ids.map((id) => existingRecord(table, id));
  const actions: RecordAction[] = records.map((r) => ({
    record_id: r.id,
    action: 'record_deleted',
    before_value: eventCells(table, r),
  }));
  for (const r of records) table.records.delete(r.id);
  publish(store, appToken, table, operator, actions);
  return records.map((r) => r.id);
}
