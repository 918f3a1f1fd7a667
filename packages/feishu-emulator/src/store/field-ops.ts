import type { ChangeOperator, EventFieldShape, FieldAction } from '../change-feed.js';
import { FeishuCode, feishuError } from '../feishu-error.js';
import type { EmulatorStore } from './emulator-store.js';
import { normaliseProperty } from './field-property.js';
import {
  DEFAULT_UI_TYPE,
  type FieldType,
  isCreatableType,
  isFieldType,
  isPrimaryCapable,
} from './field-types.js';
import type { Field, Table } from './model.js';

export const MAX_FIELDS_PER_TABLE = 300;

/** A field create/update body as the OpenAPI receives it (unvalidated). */
export type FieldInput = {
  readonly field_name?: unknown;
  readonly type?: unknown;
  readonly ui_type?: unknown;
  readonly property?: unknown;
  readonly description?: unknown;
};

function fieldName(input: FieldInput): string {
  if (typeof input.field_name !== 'string' || input.field_name.trim() === '') {
    throw feishuError(
      FeishuCode.emptyFieldName,
      'EmptyFieldName: field_name is required and must not be blank',
    );
  }
  return input.field_name.trim();
}

function fieldType(input: FieldInput): FieldType {
  if (!isFieldType(input.type)) {
    throw feishuError(
      FeishuCode.wrongRequestBody,
      `WrongRequestBody: type ${JSON.stringify(input.type ?? null)} is not a Bitable field type`,
    );
  }
  return input.type;
}

function descriptionText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const text = typeof raw === 'object' && raw !== null ? (raw as { text?: unknown }).text : undefined;
  return typeof text === 'string' ? text : '';
}

/** The field as the fields list returns it. */
export function fieldView(field: Field): Record<string, unknown> {
  return {
    field_id: field.id,
    field_name: field.name,
    type: field.type,
    ui_type: field.uiType,
    property: field.property,
    description: field.description,
    is_primary: field.isPrimary,
    is_hidden: false,
  };
}

export function eventFieldShape(field: Field): EventFieldShape {
  return {
    id: field.id,
    name: field.name,
    type: field.type,
    description: field.description,
    property: field.property,
  };
}

function newFieldId(store: EmulatorStore, table: Table): string {
  let id = store.deps.ids.fieldId();
  while (table.fields.some((f) => f.id === id)) id = store.deps.ids.fieldId();
  return id;
}

/** Builds a validated field for `table` from an API body; `previous` when this is an update. */
export function buildField(
  store: EmulatorStore,
  appToken: string,
  table: Table,
  input: FieldInput,
  previous?: Field,
): Field {
  const name = fieldName(input);
  const type = fieldType(input);
  if (previous === undefined && !isCreatableType(type)) {
    throw feishuError(
      FeishuCode.notSupportFieldOrView,
      `NotSupportFieldOrView: fields of type ${type} cannot be created by the API`,
    );
  }
  if (table.fields.some((f) => f.name === name && f !== previous)) {
    throw feishuError(
      FeishuCode.fieldNameDuplicated,
      `FieldNameDuplicated: table already has a field named "${name}"`,
    );
  }
  const isPrimary = previous?.isPrimary ?? table.fields.length === 0;
  if (isPrimary && !isPrimaryCapable(type)) {
    throw feishuError(
      FeishuCode.notSupportFieldOrView,
      `NotSupportFieldOrView: the primary field cannot have type ${type}`,
    );
  }
  const base = store.base(appToken);
  const property = normaliseProperty(type, input.property, {
    ids: store.deps.ids,
    previous: previous?.type === type ? previous : undefined,
    tableExists: (id) => base.tables.some((t) => t.id === id),
    tableName: (id) => base.tables.find((t) => t.id === id)?.name ?? '',
  });
  const uiType = typeof input.ui_type === 'string' ? input.ui_type : DEFAULT_UI_TYPE[type];
  const description =
    input.description === undefined && previous !== undefined
      ? previous.description
      : descriptionText(input.description);
  return {
    id: previous?.id ?? newFieldId(store, table),
    name,
    type,
    uiType,
    property,
    description,
    isPrimary,
  };
}

function publishField(
  store: EmulatorStore,
  appToken: string,
  table: Table,
  operator: ChangeOperator,
  action: FieldAction,
): void {
  table.revision++;
  store.deps.feed.publish({
    kind: 'field',
    appToken,
    tableId: table.id,
    revision: table.revision,
    operator,
    actions: [action],
    at: store.deps.now(),
  });
}

export function createField(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  input: FieldInput,
  operator: ChangeOperator,
): Field {
  const table = store.table(appToken, tableId);
  if (table.fields.length >= MAX_FIELDS_PER_TABLE) {
    throw feishuError(
      FeishuCode.columnExceedLimit,
      `ColumnExceedLimit: a table holds at most ${MAX_FIELDS_PER_TABLE} fields`,
    );
  }
  const field = buildField(store, appToken, table, input);
  table.fields.push(field);
  publishField(store, appToken, table, operator, {
    field_id: field.id,
    action: 'field_added',
    after_value: eventFieldShape(field),
  });
  return field;
}

export function findField(table: Table, fieldId: string): Field {
  const field = table.fields.find((f) => f.id === fieldId);
  if (field === undefined)
    throw feishuError(
      FeishuCode.fieldIdNotFound,
      `FieldIdNotFound: no field ${fieldId} in table ${table.id}`,
    );
  return field;
}

/** Full replacement (reference §3.2): unchanged input gives 1254606; a type change clears the column. */
export function updateField(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  fieldId: string,
  input: FieldInput,
  operator: ChangeOperator,
): Field {
  const table = store.table(appToken, tableId);
  const previous = findField(table, fieldId);
  const next = buildField(store, appToken, table, input, previous);
  if (JSON.stringify(fieldView(next)) === JSON.stringify(fieldView(previous))) {
    throw feishuError(
      FeishuCode.dataNotChange,
      `DataNotChange: field "${previous.name}" already has this definition`,
    );
  }
  if (next.type !== previous.type) for (const record of table.records.values()) record.cells.delete(fieldId);
  table.fields[table.fields.indexOf(previous)] = next;
  publishField(store, appToken, table, operator, {
    field_id: fieldId,
    action: 'field_edited',
    before_value: eventFieldShape(previous),
    after_value: eventFieldShape(next),
  });
  return next;
}

export function deleteField(
  store: EmulatorStore,
  appToken: string,
  tableId: string,
  fieldId: string,
  operator: ChangeOperator,
): void {
  const table = store.table(appToken, tableId);
  const field = findField(table, fieldId);
  if (field.isPrimary)
    throw feishuError(FeishuCode.primaryFieldDelete, 'The Primary Field cannot be deleted.');
  table.fields = table.fields.filter((f) => f !== field);
  for (const record of table.records.values()) record.cells.delete(fieldId);
  publishField(store, appToken, table, operator, {
    field_id: fieldId,
    action: 'field_deleted',
    before_value: eventFieldShape(field),
  });
}

/** Field lookup by name for record writes (1254045 when absent). */
export function fieldByName(table: Table, name: string): Field {
  const field = table.fields.find((f) => f.name === name);
  if (field === undefined)
    throw feishuError(
      FeishuCode.fieldNameNotFound,
      `FieldNameNotFound: no field named "${name}" in table ${table.id}`,
    );
  return field;
}
