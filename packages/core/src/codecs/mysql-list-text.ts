import { codecError } from './codec-error.js';
import type { CodecContext } from './codec-context.js';
import { checkLength, mysqlText } from './mysql-empty.js';

/** Writes a list of names or ids into a string column (comma list or JSON array per options) or a JSON column. */
export function listToMysql(items: readonly string[], ctx: CodecContext): string {
  if (ctx.family === 'json') return JSON.stringify(items);
  if (ctx.listFormat === 'json') return checkLength(JSON.stringify(items), ctx);
  const bad = items.find((i) => i.includes(','));
  if (bad !== undefined)
    throw codecError(
      'CODEC_VALUE_INVALID',
      ctx.field,
      bad,
      'an item contains a comma, so a comma list cannot hold it',
      'Remove the comma, or store lists as JSON (listFormat: "json" or a JSON column).',
    );
  return checkLength(items.join(','), ctx);
}

/** Reads a list back: a JSON array (JSON columns, or text starting with `[`), else a comma list, items trimmed. */
export function listFromMysql(raw: unknown, ctx: CodecContext): string[] {
  let value: unknown = raw;
  if (typeof raw === 'string' && (ctx.family === 'json' || raw.trimStart().startsWith('[')))
    value = parseJson(raw, ctx);
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string' || typeof v === 'number'))
      throw codecError('CODEC_VALUE_INVALID', ctx.field, raw, 'a JSON list must hold strings or numbers');
    return value.map(String);
  }
  return mysqlText(value, ctx)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseJson(text: string, ctx: CodecContext): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw codecError('CODEC_VALUE_INVALID', ctx.field, text, 'the column does not hold valid JSON');
  }
}

/** A JSON column's value: text is parsed (MariaDB returns JSON as text), parsed values pass through. */
export function jsonValue(raw: unknown, ctx: CodecContext): unknown {
  return typeof raw === 'string' ? parseJson(raw, ctx) : raw;
}
