import type { Attachment, AttachmentsCell, LocationCell, UrlCell } from '../values/cell.js';
import { isObject, num, opt, str } from '../bitable/raw-shapes.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec } from './codec-context.js';
import { checkLength, encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';
import { jsonValue } from './mysql-list-text.js';

const POINT = /^-?\d{1,3}(?:\.\d+)?,-?\d{1,2}(?:\.\d+)?$/;

/** A JSON value for a JSON column, or its text (length-checked) for a string column. */
function writeJson(value: unknown, ctx: CodecContext): string {
  const text = JSON.stringify(value);
  return ctx.family === 'json' ? text : checkLength(text, ctx);
}

/** Url ⇄ string (the link; the display text is not kept) and JSON (`{link, text}`) columns. */
export const urlCodec: MysqlCodec = {
  toMysql: (cell, ctx) =>
    encodeOrEmpty<UrlCell>(cell, ctx, 'url', (c) =>
      ctx.family === 'json' ? writeJson({ link: c.link, text: c.text }, ctx) : checkLength(c.link, ctx),
    ),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    if (ctx.family !== 'json') {
      const link = mysqlText(raw, ctx);
      return { kind: 'url', link, text: link };
    }
    const value = jsonValue(raw, ctx);
    const link = isObject(value) ? str(value, 'link') : undefined;
    if (!isObject(value) || link === undefined)
      throw codecError('CODEC_VALUE_INVALID', ctx.field, raw, 'a url column holds {"link": …, "text": …}');
    return { kind: 'url', link, text: str(value, 'text') ?? link };
  },
};

function readAttachment(item: unknown, raw: unknown, ctx: CodecContext): Attachment {
  const token = isObject(item) ? str(item, 'token') : undefined;
  if (!isObject(item) || token === undefined)
    throw codecError(
      'CODEC_VALUE_INVALID',
      ctx.field,
      raw,
      'an attachment column holds a JSON list of {"token", "name", "mime", "size"}',
    );
  return {
    token,
    name: str(item, 'name') ?? '',
    ...opt('mime', str(item, 'mime')),
    ...opt('size', num(item, 'size')),
  };
}

/** Attachments ⇄ a JSON list of `{token, name, mime, size}` (JSON or TEXT column). Tokens are valid only in their base. */
export const attachmentsCodec: MysqlCodec = {
  toMysql: (cell, ctx) =>
    encodeOrEmpty<AttachmentsCell>(cell, ctx, 'attachments', (c) => writeJson(c.files, ctx)),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    const value = jsonValue(raw, ctx);
    if (!Array.isArray(value))
      throw codecError('CODEC_VALUE_INVALID', ctx.field, raw, 'an attachment column holds a JSON list');
    const files = value.map((item) => readAttachment(item, raw, ctx));
    return files.length === 0 ? null : { kind: 'attachments', files };
  },
};

function checkPoint(point: string, ctx: CodecContext): string {
  if (!POINT.test(point))
    throw codecError(
      'CODEC_VALUE_INVALID',
      ctx.field,
      point,
      'a location is written "longitude,latitude"',
      'Write the location as e.g. 116.397755,39.903179.',
    );
  return point;
}

/** Location ⇄ string (`"lng,lat"`) and JSON (point plus address parts) columns. */
export const locationCodec: MysqlCodec = {
  toMysql: (cell, ctx) =>
    encodeOrEmpty<LocationCell>(cell, ctx, 'location', (c) => {
      const { kind: _kind, ...rest } = c;
      return ctx.family === 'json' ? writeJson(rest, ctx) : checkLength(checkPoint(c.point, ctx), ctx);
    }),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    if (ctx.family !== 'json') return { kind: 'location', point: checkPoint(mysqlText(raw, ctx), ctx) };
    const value = jsonValue(raw, ctx);
    const point = isObject(value) ? str(value, 'point') : undefined;
    if (!isObject(value) || point === undefined)
      throw codecError(
        'CODEC_VALUE_INVALID',
        ctx.field,
        raw,
        'a location column holds {"point": "lng,lat", …}',
      );
    return {
      kind: 'location',
      point: checkPoint(point, ctx),
      ...opt('address', str(value, 'address')),
      ...opt('name', str(value, 'name')),
      ...opt('fullAddress', str(value, 'fullAddress')),
    };
  },
};
