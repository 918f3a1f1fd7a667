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
  const d = new Date(0);
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

/** Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (east positive; old local mean times have seconds). */
export function offsetMsAt(ms: number, timeZone: string): number {
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== undefined) return fixed;
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
  const offsets = new Set([
    offsetMsAt(asUtc - 86_400_000, timeZone),
    offsetMsAt(asUtc, timeZone),
    offsetMsAt(asUtc + 86_400_000, timeZone),
  ]);
  const candidates = [...offsets].map((off) => asUtc - off);
  const matches = candidates.filter((ms) => utcFromLocal(toLocal(ms, timeZone)) === asUtc);
  return [...new Set(matches)].sort((a, b) => a - b);
}
