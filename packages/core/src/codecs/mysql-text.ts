import type { Cell, TextCell } from '../values/cell.js';
import { formatDecimal, parseDecimal } from '../values/decimal.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec, MysqlValue } from './codec-context.js';
import { checkLength, encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';
import { decimalToMysql, readDecimal } from './mysql-number.js';

const TIME = /^-?\d{2,3}:[0-5]\d:[0-5]\d(?:\.\d{1,6})?$/;

function enumMember(text: string, ctx: CodecContext): string {
  const allowed = ctx.column.enumValues ?? [];
  if (!allowed.includes(text))
    throw codecError(
      'CODEC_OPTION_UNKNOWN',
      ctx.field,
      text,
      `"${text}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
      `Use one of ${allowed.join(', ')}, or add "${text}" to the column's ENUM list.`,
    );
  return text;
}

function timeText(text: string, ctx: CodecContext): string {
  const fsp = ctx.column.fsp ?? 0;
  const frac = text.split('.')[1] ?? '';
  if (!TIME.test(text) || frac.length !== fsp)
    throw codecError(
      'CODEC_DATE_INVALID',
      ctx.field,
      text,
      `a TIME(${fsp}) value is written HH:MM:SS${fsp > 0 ? `.${'f'.repeat(fsp)}` : ''}`,
      `Enter the time as HH:MM:SS${fsp > 0 ? `.${'0'.repeat(fsp)}` : ''}, e.g. 09:30:00.`,
    );
  return text;
}

function textToMysql(c: TextCell, ctx: CodecContext): MysqlValue {
  switch (ctx.family) {
    case 'enum':
      return enumMember(c.text, ctx);
    case 'time':
      return timeText(c.text, ctx);
    case 'json':
      return JSON.stringify(c.text);
    case 'integer':
    case 'decimal':
    case 'float':
    case 'double':
    case 'year':
      return decimalToMysql(readDecimal(c.text, ctx), ctx);
    default:
      return checkLength(c.text, ctx);
  }
}

function fromJson(raw: unknown): string {
  const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Text-like fields (text, barcode, email, phone, auto number) ⇄ string, ENUM, TIME, numeric and JSON columns. */
export const textCodec: MysqlCodec = {
  toMysql: (cell: Cell, ctx) => encodeOrEmpty<TextCell>(cell, ctx, 'text', (c) => textToMysql(c, ctx)),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    if (ctx.family === 'json') {
      const text = fromJson(raw);
      return text === '' ? null : { kind: 'text', text };
    }
    if (ctx.family === 'decimal') {
      const parts = parseDecimal(mysqlText(raw, ctx));
      if (parts) return { kind: 'text', text: formatDecimal(parts) };
    }
    return { kind: 'text', text: mysqlText(raw, ctx) };
  },
};
