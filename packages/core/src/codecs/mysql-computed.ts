import type { Cell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec, MysqlValue } from './codec-context.js';
import { booleanCodec } from './mysql-boolean.js';
import { checkLength, emptyToMysql } from './mysql-empty.js';
import { instantCodec } from './mysql-instant.js';
import { numberCodec } from './mysql-number.js';
import { textCodec } from './mysql-text.js';

function asText(cell: Exclude<Cell, null>): string {
  switch (cell.kind) {
    case 'number':
      return cell.value;
    case 'boolean':
      return cell.value ? 'true' : 'false';
    case 'instant':
      return new Date(cell.ms).toISOString();
    case 'text':
      return cell.text;
    default:
      return JSON.stringify(cell);
  }
}

function computedToMysql(cell: Cell, ctx: CodecContext): MysqlValue {
  if (cell === null) return emptyToMysql(ctx);
  if (ctx.family === 'string') return checkLength(asText(cell), ctx);
  if (ctx.family === 'json') return JSON.stringify(cell.kind === 'text' ? cell.text : asText(cell));
  switch (cell.kind) {
    case 'number':
      return numberCodec.toMysql(cell, ctx);
    case 'instant':
      return instantCodec.toMysql(cell, ctx);
    case 'boolean':
      return booleanCodec.toMysql(cell, ctx);
    case 'text':
      return textCodec.toMysql(cell, ctx);
    default:
      throw codecError(
        'CODEC_VALUE_INVALID',
        ctx.field,
        cell,
        `a computed ${cell.kind} value does not fit ${ctx.column.columnType}`,
      );
  }
}

/** Formula and lookup results → MySQL (one way): numbers to numeric columns, dates to date columns, anything as text. */
export const computedCodec: MysqlCodec = {
  toMysql: computedToMysql,
  fromMysql: (raw, ctx) => {
    throw codecError(
      'CODEC_FIELD_READ_ONLY',
      ctx.field,
      raw,
      'a computed field is synced from Bitable to MySQL only',
    );
  },
};
