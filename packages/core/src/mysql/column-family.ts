import type { ColumnType } from './column-type.js';

/** MySQL column types grouped by how their values cross: one codec per family. */
export const ColumnFamily = {
  integer: 'integer',
  decimal: 'decimal',
  float: 'float',
  double: 'double',
  string: 'string',
  enum: 'enum',
  set: 'set',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'timestamp',
  time: 'time',
  year: 'year',
  json: 'json',
  bit: 'bit',
} as const;
export type ColumnFamily = (typeof ColumnFamily)[keyof typeof ColumnFamily];

const FAMILY_OF: Record<string, ColumnFamily> = {
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  bigint: 'integer',
  decimal: 'decimal',
  float: 'float',
  double: 'double',
  char: 'string',
  varchar: 'string',
  tinytext: 'string',
  text: 'string',
  mediumtext: 'string',
  longtext: 'string',
  enum: 'enum',
  set: 'set',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'timestamp',
  time: 'time',
  year: 'year',
  json: 'json',
  bit: 'bit',
};

const REFUSED: Record<string, string> = {
  binary: 'binary strings hold bytes, not text',
  varbinary: 'binary strings hold bytes, not text',
  tinyblob: 'BLOB columns hold bytes that no Bitable field type can carry',
  blob: 'BLOB columns hold bytes that no Bitable field type can carry',
  mediumblob: 'BLOB columns hold bytes that no Bitable field type can carry',
  longblob: 'BLOB columns hold bytes that no Bitable field type can carry',
  geometry: 'spatial types have no Bitable counterpart (use a Location field with a VARCHAR "lng,lat")',
  point: 'spatial types have no Bitable counterpart (use a Location field with a VARCHAR "lng,lat")',
  linestring: 'spatial types have no Bitable counterpart',
  polygon: 'spatial types have no Bitable counterpart',
  multipoint: 'spatial types have no Bitable counterpart',
  multilinestring: 'spatial types have no Bitable counterpart',
  multipolygon: 'spatial types have no Bitable counterpart',
  geometrycollection: 'spatial types have no Bitable counterpart',
};

/** The family of a column, or the reason it cannot be synced. */
export function columnFamilyOf(column: ColumnType): { family: ColumnFamily } | { refused: string } {
  const refused = REFUSED[column.dataType];
  if (refused !== undefined) return { refused };
  if (column.dataType === 'bit' && (column.length ?? 1) > 1)
    return { refused: 'BIT(n) with n > 1 holds bit strings; only BIT(1) maps to a checkbox' };
  const family = FAMILY_OF[column.dataType];
  return family === undefined ? { refused: `type ${column.dataType} is not supported` } : { family };
}

/** True for TINYINT(1) (what BOOLEAN means in MySQL) and BIT(1). */
export function isBooleanColumn(column: ColumnType): boolean {
  return (
    (column.dataType === 'tinyint' && column.length === 1) ||
    (column.dataType === 'bit' && (column.length ?? 1) === 1)
  );
}

const INTEGER_BITS: Record<string, number> = { tinyint: 8, smallint: 16, mediumint: 24, int: 32, bigint: 64 };

/** Inclusive range of an integer column as bigints. */
export function integerRange(column: ColumnType): { min: bigint; max: bigint } {
  const bits = BigInt(INTEGER_BITS[column.dataType] ?? 64);
  if (column.unsigned === true) return { min: 0n, max: 2n ** bits - 1n };
  return { min: -(2n ** (bits - 1n)), max: 2n ** (bits - 1n) - 1n };
}
