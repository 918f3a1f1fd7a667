import { integerRange } from '../mysql/column-family.js';
import type { Cell, NumberCell } from '../values/cell.js';
import { formatDecimal, parseDecimal, type DecimalParts } from '../values/decimal.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec, MysqlValue } from './codec-context.js';
import { encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';

/** Parses a number from MySQL or from text; throws CODEC_NOT_A_NUMBER naming the field. */
export function readDecimal(raw: unknown, ctx: CodecContext): DecimalParts {
  const parts =
    typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'bigint'
      ? parseDecimal(String(raw))
      : undefined;
  if (!parts)
    throw codecError(
      'CODEC_NOT_A_NUMBER',
      ctx.field,
      raw,
      `column ${ctx.column.columnType} takes a number`,
      'Enter digits only (e.g. 42 or -3.5), or map the field to a text column.',
    );
  return parts;
}

function outOfRange(ctx: CodecContext, value: string, range: string): never {
  throw codecError('CODEC_NUMBER_OUT_OF_RANGE', ctx.field, value, `${ctx.column.columnType} holds ${range}`);
}

function toInteger(p: DecimalParts, ctx: CodecContext): MysqlValue {
  const text = formatDecimal(p);
  if (p.frac !== '')
    throw codecError(
      'CODEC_NUMBER_TOO_PRECISE',
      ctx.field,
      text,
      `${ctx.column.columnType} holds whole numbers only`,
      'Round the value, or use a DECIMAL column.',
    );
  const { min, max } = integerRange(ctx.column);
  const n = BigInt(text);
  if (n < min || n > max) outOfRange(ctx, text, `${min} to ${max}`);
  // mysql2 reads BIGINT as a string (bigNumberStrings); write it the way it reads back.
  return ctx.column.dataType === 'bigint' ? text : Number(n);
}

function toDecimal(p: DecimalParts, ctx: CodecContext): string {
  const precision = ctx.column.precision ?? 10;
  const scale = ctx.column.scale ?? 0;
  const text = formatDecimal(p);
  if (p.frac.length > scale)
    throw codecError(
      'CODEC_NUMBER_TOO_PRECISE',
      ctx.field,
      text,
      `${ctx.column.columnType} keeps ${scale} decimal places`,
      `Round to ${scale} places, or raise the column scale.`,
    );
  const intDigits = p.int === '0' ? 0 : p.int.length;
  if (intDigits > precision - scale)
    outOfRange(ctx, text, `at most ${precision - scale} digits before the point`);
  if (p.negative && ctx.column.unsigned === true) outOfRange(ctx, text, 'no negative numbers (UNSIGNED)');
  const frac = p.frac.padEnd(scale, '0');
  return `${p.negative ? '-' : ''}${p.int}${scale > 0 ? `.${frac}` : ''}`;
}

function toFloating(p: DecimalParts, ctx: CodecContext): number {
  const n = Number(formatDecimal(p));
  if (p.negative && ctx.column.unsigned === true)
    outOfRange(ctx, formatDecimal(p), 'no negative numbers (UNSIGNED)');
  if (ctx.family === 'float') {
    const f = Math.fround(n);
    if (!Number.isFinite(f)) outOfRange(ctx, formatDecimal(p), 'about ±3.4e38');
    return f;
  }
  return n;
}

function toYear(p: DecimalParts, ctx: CodecContext): number {
  const n = Number(formatDecimal(p));
  if (p.frac !== '' || n < 1901 || n > 2155) outOfRange(ctx, formatDecimal(p), 'whole years 1901 to 2155');
  return n;
}

/** Encodes decimal parts for any numeric column family (string columns get the decimal text). */
export function decimalToMysql(p: DecimalParts, ctx: CodecContext): MysqlValue {
  switch (ctx.family) {
    case 'integer':
      return toInteger(p, ctx);
    case 'decimal':
      return toDecimal(p, ctx);
    case 'float':
    case 'double':
      return toFloating(p, ctx);
    case 'year':
      return toYear(p, ctx);
    default:
      return formatDecimal(p);
  }
}

/** Number fields ⇄ INT family, DECIMAL, FLOAT, DOUBLE, YEAR and string columns. */
export const numberCodec: MysqlCodec = {
  toMysql: (cell: Cell, ctx) =>
    encodeOrEmpty<NumberCell>(cell, ctx, 'number', (c) => {
      const parts = parseDecimal(c.value);
      if (!parts) throw codecError('CODEC_NOT_A_NUMBER', ctx.field, c.value, 'value is not a number');
      return decimalToMysql(parts, ctx);
    }),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    const text = ctx.family === 'string' ? mysqlText(raw, ctx) : raw;
    return { kind: 'number', value: formatDecimal(readDecimal(text, ctx)) };
  },
};
