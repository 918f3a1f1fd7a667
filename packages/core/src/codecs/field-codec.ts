import { decodeBitableValue } from '../bitable/decode-openapi.js';
import { encodeBitableValue } from '../bitable/encode-openapi.js';
import {
  fieldKindOf,
  READ_ONLY_KINDS,
  UNSUPPORTED_KINDS,
  type BitableField,
  type FieldKind,
} from '../bitable/field-kind.js';
import { isObject } from '../bitable/raw-shapes.js';
import { BasesyncError } from '../errors/basesync-error.js';
import { compatibilityOf, type CompatibilityEntry, type Direction } from '../matrix/compatibility.js';
import { pairRuleFor } from '../matrix/pair-rules.js';
import { columnFamilyOf, type ColumnFamily } from '../mysql/column-family.js';
import type { ColumnType } from '../mysql/column-type.js';
import { assertTimeZone } from '../time/time-zone.js';
import type { Cell } from '../values/cell.js';
import {
  DEFAULT_SESSION_TIME_ZONE,
  DEFAULT_TIME_ZONE,
  type CodecContext,
  type CodecOptions,
  type MysqlCodec,
  type MysqlValue,
} from './codec-context.js';

/** Everything needed to map one Bitable field onto one MySQL column. */
export type FieldMappingSpec = {
  readonly field: BitableField;
  readonly columnName: string;
  readonly column: ColumnType;
  readonly direction: Direction;
  readonly options?: CodecOptions;
};

/** Converts one field's values between Bitable (OpenAPI shapes), canonical cells and MySQL (mysql2 shapes). */
export type FieldCodec = {
  readonly spec: FieldMappingSpec;
  readonly entry: CompatibilityEntry;
  fromBitable(raw: unknown): Cell;
  toBitable(cell: Cell): unknown;
  fromMysql(raw: unknown): Cell;
  toMysql(cell: Cell): MysqlValue;
};

function pairError(
  code: 'CODEC_PAIR_INCOMPATIBLE' | 'CODEC_PAIR_LOSSY' | 'CODEC_FIELD_READ_ONLY',
  spec: FieldMappingSpec,
  reason: string,
  fix?: string,
) {
  const pair = `field "${spec.field.name}" ↔ column \`${spec.columnName}\` ${spec.column.columnType}`;
  return new BasesyncError(code, `${pair}: ${reason}`, {
    field: spec.field.name,
    value: spec.column.columnType,
    ...(fix ? { fix } : {}),
  });
}

function kindOf(spec: FieldMappingSpec): FieldKind {
  const kind = fieldKindOf(spec.field);
  if (kind === undefined || UNSUPPORTED_KINDS.has(kind))
    throw new BasesyncError(
      'CODEC_FIELD_TYPE_UNSUPPORTED',
      `field "${spec.field.name}": type ${spec.field.type}${spec.field.uiType ? ` (${spec.field.uiType})` : ''} cannot be synced`,
      { field: spec.field.name, value: spec.field.type },
    );
  return kind;
}

function familyOf(spec: FieldMappingSpec): ColumnFamily {
  const found = columnFamilyOf(spec.column);
  if ('refused' in found)
    throw new BasesyncError(
      'CODEC_COLUMN_TYPE_UNSUPPORTED',
      `column \`${spec.columnName}\` ${spec.column.columnType}: ${found.refused}`,
      { field: spec.columnName, value: spec.column.columnType },
    );
  return found.family;
}

/**
 * Checks that the field and column can be paired in the asked direction and returns the pair's
 * matrix entry. Throws CODEC_FIELD_TYPE_UNSUPPORTED, CODEC_COLUMN_TYPE_UNSUPPORTED,
 * CODEC_PAIR_INCOMPATIBLE, CODEC_PAIR_LOSSY (two-way on a lossy pair) or CODEC_FIELD_READ_ONLY.
 */
export function assessPair(spec: FieldMappingSpec): CompatibilityEntry {
  const kind = kindOf(spec);
  const family = familyOf(spec);
  const entry = compatibilityOf(kind, family);
  if (!entry)
    throw pairError(
      'CODEC_PAIR_INCOMPATIBLE',
      spec,
      `a ${kind} field cannot be stored in a ${family} column`,
    );
  if (READ_ONLY_KINDS.has(kind) && spec.direction !== 'bitable-to-mysql')
    throw pairError(
      'CODEC_FIELD_READ_ONLY',
      spec,
      `a ${kind} field is computed by Bitable and syncs to MySQL only`,
      'Set the direction of this field to bitable-to-mysql.',
    );
  if (!entry.directions.includes(spec.direction))
    throw pairError('CODEC_PAIR_LOSSY', spec, `two-way sync would change values (${entry.note})`);
  return entry;
}

function contextFor(spec: FieldMappingSpec, kind: FieldKind, family: ColumnFamily): CodecContext {
  const o = spec.options ?? {};
  const timeZone = o.timeZone ?? DEFAULT_TIME_ZONE;
  const sessionTimeZone = o.sessionTimeZone ?? DEFAULT_SESSION_TIME_ZONE;
  assertTimeZone(timeZone);
  assertTimeZone(sessionTimeZone);
  const multiple = isObject(spec.field.property) ? spec.field.property.multiple : undefined;
  const single =
    kind === 'singleSelect' || ((kind === 'singleLink' || kind === 'duplexLink') && multiple === false);
  return {
    field: spec.field.name,
    column: spec.column,
    family,
    single,
    timeZone,
    sessionTimeZone,
    listFormat: o.listFormat ?? 'comma',
    personKey: o.personKey ?? 'id',
    people: o.people,
    links: o.links,
  };
}

/**
 * Builds the codec of one mapped field after checking the pair (see assessPair).
 * @example
 * const codec = createFieldCodec({ field: { name: 'Amount', type: 2 }, columnName: 'amount',
 *   column: parseColumnType('decimal(10,2)'), direction: 'two-way' });
 * codec.toMysql(codec.fromBitable(12.5)); // '12.50'
 */
export function createFieldCodec(spec: FieldMappingSpec): FieldCodec {
  const entry = assessPair(spec);
  const ctx = contextFor(spec, entry.kind, entry.family);
  const rule = pairRuleFor(entry.kind, entry.family) as { codec: MysqlCodec };
  return {
    spec,
    entry,
    fromBitable: (raw) => decodeBitableValue(spec.field, raw),
    toBitable: (cell) => encodeBitableValue(spec.field, cell),
    fromMysql: (raw) => rule.codec.fromMysql(raw, ctx),
    toMysql: (cell) => rule.codec.toMysql(cell, ctx),
  };
}
