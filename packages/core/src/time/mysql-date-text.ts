import type { LocalDateTime } from './time-zone.js';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?)?$/;

/** Sub-millisecond digits beyond the third are returned apart so callers can refuse them. */
export type ParsedDateText = {
  readonly local: LocalDateTime;
  readonly subMs: string;
  readonly hasTime: boolean;
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(t: LocalDateTime): boolean {
  if (t.year < 1 || t.month < 1 || t.month > 12) return false;
  const monthDays = t.month === 2 && isLeap(t.year) ? 29 : (MONTH_DAYS[t.month - 1] ?? 0);
  return t.day >= 1 && t.day <= monthDays && t.hour < 24 && t.minute < 60 && t.second < 60;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Reads `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS[.ffffff]` as mysql2 returns them with `dateStrings`; undefined when malformed or not a real date. */
export function parseDateText(text: string): ParsedDateText | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const frac = (m[7] ?? '').padEnd(6, '0');
  const local = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: Number(frac.slice(0, 3)),
  };
  if (!isRealDate(local)) return undefined;
  return { local, subMs: frac.slice(3), hasTime: m[4] !== undefined };
}

export function formatDate(t: LocalDateTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** `YYYY-MM-DD HH:MM:SS` plus `fsp` fraction digits, the form MySQL prints for DATETIME(fsp). */
export function formatDateTime(t: LocalDateTime, fsp: number): string {
  const base = `${formatDate(t)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  return fsp > 0 ? `${base}.${pad(t.ms, 3).padEnd(6, '0').slice(0, fsp)}` : base;
}
