import { BasesyncError } from '../errors/basesync-error.js';

/** Wall-clock parts in some time zone; `month` is 1–12, `ms` 0–999. */
export type LocalDateTime = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
};

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (fmt) return fmt;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch (err) {
    throw new BasesyncError(
      'CODEC_TIME_ZONE_INVALID',
      `time zone "${timeZone}" is not known`,
      {
        field: 'timeZone',
        value: timeZone,
      },
      { cause: err },
    );
  }
  formatters.set(timeZone, fmt);
  return fmt;
}

/** Throws CODEC_TIME_ZONE_INVALID unless `timeZone` is an IANA name or a ±HH:MM offset. */
export function assertTimeZone(timeZone: string): void {
  if (!OFFSET.test(timeZone)) formatterFor(timeZone);
}

function fixedOffsetMs(timeZone: string): number | undefined {
  const m = OFFSET.exec(timeZone);
  if (!m) return undefined;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

/** Wall-clock parts as if the zone were UTC, i.e. `Date.UTC` arithmetic on the parts. */
export function utcFromLocal(t: LocalDateTime): number {
  if (t.year >= 100) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.ms);
  const d = new Date(0); // Date.UTC maps years 0–99 to 1900–1999
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  d.setUTCHours(t.hour, t.minute, t.second, t.ms);
  return d.getTime();
}

function localFromUtcMs(ms: number): LocalDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

const BUCKET_MS = 15 * 60_000;
const MAX_CACHED_BUCKETS = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (east positive; old local mean
 * times have seconds). Memoised per 15-minute bucket when the offset is the same at both of its ends:
 * zones change offset at most once in such a span, so the bucket then has one offset throughout.
 */
export function offsetMsAt(ms: number, timeZone: string): number {
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== undefined) return fixed;
  const bucket = Math.floor(ms / BUCKET_MS);
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) offsetCache.set(timeZone, (zoneCache = new Map<number, number>()));
  const cached = zoneCache.get(bucket);
  if (cached !== undefined) return cached;
  const start = intlOffsetMs(bucket * BUCKET_MS, timeZone);
  if (start !== intlOffsetMs((bucket + 1) * BUCKET_MS - 1, timeZone)) return intlOffsetMs(ms, timeZone);
  if (zoneCache.size >= MAX_CACHED_BUCKETS) zoneCache.clear();
  zoneCache.set(bucket, start);
  return start;
}

function intlOffsetMs(ms: number, timeZone: string): number {
  const floor = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(floor))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const local = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: 0,
  };
  return utcFromLocal(local) - floor;
}

/** The wall-clock time in `timeZone` at the instant `ms` (independent of the process TZ). */
export function toLocal(ms: number, timeZone: string): LocalDateTime {
  return localFromUtcMs(ms + offsetMsAt(ms, timeZone));
}

/**
 * Every instant whose wall-clock time in `timeZone` is `local`: one normally, two in the repeated hour
 * of a daylight-saving change (earlier first), none in the skipped hour.
 */
export function fromLocal(local: LocalDateTime, timeZone: string): number[] {
  const asUtc = utcFromLocal(local);
  const offset = offsetMsAt(asUtc, timeZone);
  const before = offsetMsAt(asUtc - 86_400_000, timeZone);
  const after = offsetMsAt(asUtc + 86_400_000, timeZone);
  if (before === offset && after === offset) return [asUtc - offset]; // no change of offset within a day
  const offsets = new Set([
    offsetMsAt(asUtc - 86_400_000, timeZone),
    offsetMsAt(asUtc, timeZone),
    offsetMsAt(asUtc + 86_400_000, timeZone),
  ]);
  const candidates = [...offsets].map((off) => asUtc - off);
  const matches = candidates.filter((ms) => utcFromLocal(toLocal(ms, timeZone)) === asUtc);
  return [...new Set(matches)].sort((a, b) => a - b);
}
