import type { OptionsCell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec } from './codec-context.js';
import { checkLength, encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';
import { jsonValue, listFromMysql, listToMysql } from './mysql-list-text.js';

function checkKnown(names: readonly string[], ctx: CodecContext): void {
  const allowed = ctx.column.enumValues ?? [];
  const unknown = names.find((n) => !allowed.includes(n));
  if (unknown !== undefined)
    throw codecError(
      'CODEC_OPTION_UNKNOWN',
      ctx.field,
      unknown,
      `"${unknown}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
      `Use one of ${allowed.join(', ')}, or add "${unknown}" to the column's ${ctx.family.toUpperCase()} list.`,
    );
}

function optionsToMysql(c: OptionsCell, ctx: CodecContext): string {
  if (ctx.family === 'enum' || ctx.family === 'set') checkKnown(c.names, ctx);
  if (ctx.single || ctx.family === 'enum') {
    if (c.names.length > 1)
      throw codecError(
        'CODEC_TOO_MANY_VALUES',
        ctx.field,
        c.names,
        `${ctx.column.columnType} holds one option`,
      );
    return ctx.family === 'json' ? JSON.stringify(c.names[0]) : checkLength(c.names[0] ?? '', ctx);
  }
  if (ctx.family === 'set') return c.names.join(',');
  return listToMysql(c.names, ctx);
}

function optionsFromMysql(raw: unknown, ctx: CodecContext): OptionsCell | null {
  let names: string[];
  if (ctx.single && ctx.family === 'json') names = listFromMysql([jsonValue(raw, ctx)], ctx);
  else if (ctx.single || ctx.family === 'enum') names = [mysqlText(raw, ctx)];
  else names = listFromMysql(raw, ctx);
  names = [...new Set(names)];
  return names.length === 0 ? null : { kind: 'options', names };
}

/** Single/multi select ⇄ ENUM, SET, string (name, or a comma/JSON list) and JSON columns; option ids stay in Bitable. */
export const optionsCodec: MysqlCodec = {
  toMysql: (cell, ctx) => encodeOrEmpty<OptionsCell>(cell, ctx, 'options', (c) => optionsToMysql(c, ctx)),
  fromMysql: (raw, ctx) => (isMysqlEmpty(raw) ? null : optionsFromMysql(raw, ctx)),
};
