import type { BasesyncError } from '../errors/basesync-error.js';
import { formatDate, formatDateTime, parseDateText } from '../time/mysql-date-text.js';
import { fromLocal, toLocal, type LocalDateTime } from '../time/time-zone.js';
import type { Cell, InstantCell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec, MysqlValue } from './codec-context.js';
import { encodeOrEmpty, isMysqlEmpty, mysqlText } from './mysql-empty.js';
import { decimalToMysql, readDecimal } from './mysql-number.js';

/** TIMESTAMP holds 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC. */
const TIMESTAMP_MIN_MS = 1_000;
const TIMESTAMP_MAX_MS = 2_147_483_647_999;
/** DATE/DATETIME hold years 1000–9999. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const zoneOf = (ctx: CodecContext): string =>
  ctx.family === 'timestamp' ? ctx.sessionTimeZone : ctx.timeZone;

function checkPrecision(local: LocalDateTime, ms: number, ctx: CodecContext): void {
  const fsp = ctx.family === 'date' ? -1 : (ctx.column.fsp ?? 0);
  const hasTime = local.hour !== 0 || local.minute !== 0 || local.second !== 0 || local.ms !== 0;
  const lost =
    fsp === -1 ? hasTime : fsp === 0 ? local.ms !== 0 : fsp < 3 && local.ms % 10 ** (3 - fsp) !== 0;
  if (lost)
    throw codecError(
      'CODEC_DATE_TOO_PRECISE',
      ctx.field,
      new Date(ms).toISOString(),
      fsp === -1
        ? `a DATE keeps no time of day, and this moment is ${formatDateTime(local, 3)} in ${zoneOf(ctx)}`
        : `${ctx.column.columnType} keeps ${fsp} fractional second digits`,
    );
}

function checkUnambiguous(local: LocalDateTime, ms: number, ctx: CodecContext): void {
  if (ctx.family === 'date') return;
  const candidates = fromLocal(local, zoneOf(ctx));
  if (candidates.length > 1 && candidates[0] !== ms)
    throw codecError(
      'CODEC_DATE_AMBIGUOUS',
      ctx.field,
      new Date(ms).toISOString(),
      `${formatDateTime(local, 3)} occurs twice in ${zoneOf(ctx)}`,
    );
}

function instantToMysql(c: InstantCell, ctx: CodecContext): MysqlValue {
  if (ctx.family === 'integer' || ctx.family === 'decimal' || ctx.family === 'string')
    return decimalToMysql(readDecimal(c.ms, ctx), ctx);
  if (ctx.family === 'timestamp' && (c.ms < TIMESTAMP_MIN_MS || c.ms > TIMESTAMP_MAX_MS))
    throw codecError(
      'CODEC_DATE_OUT_OF_RANGE',
      ctx.field,
      new Date(c.ms).toISOString(),
      'TIMESTAMP holds 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC',
    );
  const local = toLocal(c.ms, zoneOf(ctx));
  if (local.year < MIN_YEAR || local.year > MAX_YEAR)
    throw codecError(
      'CODEC_DATE_OUT_OF_RANGE',
      ctx.field,
      c.ms,
      `${ctx.column.columnType} holds years ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  checkPrecision(local, c.ms, ctx);
  checkUnambiguous(local, c.ms, ctx);
  return ctx.family === 'date' ? formatDate(local) : formatDateTime(local, ctx.column.fsp ?? 0);
}

function invalidDate(raw: unknown, ctx: CodecContext, reason: string): BasesyncError {
  return codecError(
    'CODEC_DATE_INVALID',
    ctx.field,
    raw,
    reason,
    'Enter a real date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS; zero dates are not dates.',
  );
}

function instantFromMysql(raw: unknown, ctx: CodecContext): Cell {
  if (ctx.family === 'integer' || ctx.family === 'decimal' || ctx.family === 'string') {
    const ms = Number(mysqlText(raw, ctx));
    if (!Number.isSafeInteger(ms))
      throw invalidDate(raw, ctx, 'milliseconds since the epoch must be a whole number');
    return { kind: 'instant', ms };
  }
  const parsed = parseDateText(mysqlText(raw, ctx));
  if (!parsed) throw invalidDate(raw, ctx, `not a ${ctx.column.columnType} value`);
  if (/[1-9]/.test(parsed.subMs))
    throw codecError(
      'CODEC_DATE_TOO_PRECISE',
      ctx.field,
      raw,
      'Bitable keeps milliseconds, not microseconds',
    );
  const [first] = fromLocal(parsed.local, zoneOf(ctx));
  if (first === undefined)
    throw invalidDate(raw, ctx, `this local time does not exist in ${zoneOf(ctx)} (daylight-saving gap)`);
  return { kind: 'instant', ms: first };
}

/** Date fields ⇄ DATE, DATETIME(fsp), TIMESTAMP(fsp) and integer milliseconds. */
export const instantCodec: MysqlCodec = {
  toMysql: (cell, ctx) => encodeOrEmpty<InstantCell>(cell, ctx, 'instant', (c) => instantToMysql(c, ctx)),
  fromMysql: (raw, ctx) => (isMysqlEmpty(raw) ? null : instantFromMysql(raw, ctx)),
};
