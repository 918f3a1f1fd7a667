import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromLocal, toLocal } from './time-zone.js';

const at = (iso: string) => Date.parse(iso);
const local = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  ms: 0,
});

describe('time zone conversions', () => {
  const originalTz = process.env.TZ;
  // The process zone must not matter: run under a zone far from every zone tested.
  beforeAll(() => {
    process.env.TZ = 'Pacific/Kiritimati';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  test('Shanghai wall clock is UTC+8 all year', () => {
    expect(toLocal(at('2026-01-15T16:30:00Z'), 'Asia/Shanghai')).toEqual(local(2026, 1, 16, 0, 30));
    expect(fromLocal(local(2026, 7, 1, 8), 'Asia/Shanghai')).toEqual([at('2026-07-01T00:00:00Z')]);
  });

  test('New York follows daylight saving time', () => {
    expect(toLocal(at('2026-01-15T12:00:00Z'), 'America/New_York').hour).toBe(7);
    expect(toLocal(at('2026-07-15T12:00:00Z'), 'America/New_York').hour).toBe(8);
  });

  test('a local time in the spring-forward gap has no instant', () => {
    expect(fromLocal(local(2026, 3, 8, 2, 30), 'America/New_York')).toEqual([]);
  });

  test('a local time in the fall-back hour has two instants, earlier first', () => {
    expect(fromLocal(local(2026, 11, 1, 1, 30), 'America/New_York')).toEqual([
      at('2026-11-01T05:30:00Z'),
      at('2026-11-01T06:30:00Z'),
    ]);
  });

  test('fixed offsets are accepted as zones', () => {
    expect(toLocal(at('2026-01-01T00:00:00Z'), '-05:30')).toEqual(local(2025, 12, 31, 18, 30));
  });

  test('an unknown zone is refused with the code for it', () => {
    expect(() => toLocal(0, 'Mars/Olympus')).toThrow(/time zone "Mars\/Olympus" is not known/);
  });
});
