const DAY_MS = 86_400_000;

/** Offset of `timeZone` from UTC at instant `ms`, in ms (positive east of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** 00:00 of the day holding `ms`, in the base's time zone (reference §6.1). */
export function startOfDay(ms: number, timeZone: string): number {
  const offset = zoneOffsetMs(ms, timeZone);
  return Math.floor((ms + offset) / DAY_MS) * DAY_MS - offset;
}

export type DayRange = { readonly from: number; readonly to: number };

/**
 * The [from, to) range a date filter value names: `["ExactDate", "<ms>"]`, `Today`, `Tomorrow`,
 * `Yesterday`, `TheLastWeek`/`TheNextWeek` (7 days), `TheLastMonth`/`TheNextMonth` (30 days).
 */
export function dateFilterRange(
  value: readonly string[],
  now: number,
  timeZone: string,
): DayRange | undefined {
  const today = startOfDay(now, timeZone);
  const days = (from: number, count: number): DayRange => ({
    from: today + from * DAY_MS,
    to: today + (from + count) * DAY_MS,
  });
  switch (value[0]) {
    case 'ExactDate': {
      const ms = Number(value[1]);
      if (!Number.isFinite(ms)) return undefined;
      const start = startOfDay(ms, timeZone);
      return { from: start, to: start + DAY_MS };
    }
    case 'Today':
      return days(0, 1);
    case 'Tomorrow':
      return days(1, 1);
    case 'Yesterday':
      return days(-1, 1);
    case 'TheLastWeek':
      return days(-6, 7);
    case 'TheNextWeek':
      return days(0, 7);
    case 'TheLastMonth':
      return days(-29, 30);
    case 'TheNextMonth':
      return days(0, 30);
    default:
      return undefined;
  }
}
