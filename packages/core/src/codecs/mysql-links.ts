import type { LinksCell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, LinkResolver, MysqlCodec, MysqlValue } from './codec-context.js';
import { checkLength, encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';
import { listFromMysql, listToMysql } from './mysql-list-text.js';
import { decimalToMysql, readDecimal } from './mysql-number.js';

function resolver(ctx: CodecContext): LinkResolver {
  if (ctx.links) return ctx.links;
  throw codecError(
    'CODEC_LINK_UNRESOLVED',
    ctx.field,
    null,
    'no link resolver was given for a link field',
    'Map the linked table too; the server passes its link table as the resolver.',
  );
}

function keyOf(recordId: string, ctx: CodecContext): string {
  const key = resolver(ctx).keyOf(recordId);
  if (key === undefined)
    throw codecError('CODEC_LINK_UNRESOLVED', ctx.field, recordId, 'the linked record has no MySQL row yet');
  return String(key);
}

function recordIdOf(key: string, ctx: CodecContext): string {
  const id = resolver(ctx).recordIdOf(key);
  if (id === undefined)
    throw codecError('CODEC_LINK_UNRESOLVED', ctx.field, key, 'the referenced row has no Bitable record yet');
  return id;
}

function linksToMysql(c: LinksCell, ctx: CodecContext): MysqlValue {
  const keys = c.recordIds.map((id) => keyOf(id, ctx));
  const scalar = ctx.single || (ctx.family !== 'json' && ctx.family !== 'string');
  if (!scalar) return listToMysql(keys, ctx);
  if (keys.length > 1)
    throw codecError(
      'CODEC_TOO_MANY_VALUES',
      ctx.field,
      c.recordIds,
      `a foreign key column holds one linked record, not ${keys.length}`,
    );
  const key = keys[0] ?? '';
  if (ctx.family === 'json') return JSON.stringify(key);
  return ctx.family === 'string' ? checkLength(key, ctx) : decimalToMysql(readDecimal(key, ctx), ctx);
}

/** Single/two-way links ⇄ a foreign key (one linked record) or a list of keys, through the link resolver. */
export const linksCodec: MysqlCodec = {
  toMysql: (cell, ctx) => encodeOrEmpty<LinksCell>(cell, ctx, 'links', (c) => linksToMysql(c, ctx)),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    const scalar = ctx.single || (ctx.family !== 'json' && ctx.family !== 'string');
    const keys = scalar && ctx.family !== 'json' ? [mysqlText(raw, ctx)] : listFromMysql(raw, ctx);
    const recordIds = [...new Set(keys.map((k) => recordIdOf(k, ctx)))];
    return recordIds.length === 0 ? null : { kind: 'links', recordIds };
  },
};
