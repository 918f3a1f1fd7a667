import type { Cell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlValue } from './codec-context.js';

/**
 * What an empty cell becomes in MySQL: NULL, or '' in a NOT NULL string column. Other NOT NULL
 * columns refuse it, naming the column.
 */
export function emptyToMysql(ctx: CodecContext): MysqlValue {
  if (ctx.column.nullable) return null;
  if (ctx.family === 'string') return '';
  throw codecError(
    'CODEC_VALUE_INVALID',
    ctx.field,
    null,
    `column type ${ctx.column.columnType} is NOT NULL and the cell is empty`,
    'Fill the cell in Bitable, or allow NULL in the column (ALTER TABLE … MODIFY … NULL).',
  );
}

/** True for NULL and for what mysql2 returns for an empty string column. */
export const isMysqlEmpty = (raw: unknown): boolean => raw === null || raw === undefined || raw === '';

/** Calls `encode` unless the cell is empty. */
export function encodeOrEmpty<C extends Exclude<Cell, null>>(
  cell: Cell,
  ctx: CodecContext,
  kind: C['kind'],
  encode: (cell: C) => MysqlValue,
): MysqlValue {
  if (cell === null) return emptyToMysql(ctx);
  if (cell.kind !== kind)
    throw codecError(
      'CODEC_VALUE_INVALID',
      ctx.field,
      cell,
      `column expects a ${kind} value, not ${cell.kind}`,
    );
  return encode(cell as C);
}

const utf8 = new TextDecoder();

/** A MySQL scalar as text: strings as they are, numbers and bigints printed, bytes read as UTF-8. */
export function mysqlText(raw: unknown, ctx: CodecContext): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Uint8Array) return utf8.decode(raw);
  throw codecError(
    'CODEC_VALUE_INVALID',
    ctx.field,
    raw,
    `MySQL value for ${ctx.column.columnType} is not text`,
  );
}

/** Length in characters as MySQL counts them for CHAR/VARCHAR/TEXT (code points, not UTF-16 units). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function checkLength(text: string, ctx: CodecContext): string {
  const max = ctx.column.length;
  if (max !== undefined && charLength(text) > max)
    throw codecError(
      'CODEC_TEXT_TOO_LONG',
      ctx.field,
      text,
      `text has ${charLength(text)} characters, column ${ctx.column.columnType} holds ${max}`,
      `Shorten the text to ${max} characters, or widen the column (e.g. VARCHAR(${Math.min(max * 2, 16_383)}) or TEXT).`,
    );
  return text;
}
