/** Feishu redelivers an unacknowledged event after 15 s, 5 min, 1 h and 6 h (reference §7.6). */
export const RETRY_DELAYS_MS = [15_000, 300_000, 3_600_000, 21_600_000] as const;

/**
 * The wait before retry number `retry` (1-based), scaled by `timeFactor` so tests run fast;
 * undefined once the schedule is exhausted and the delivery has failed for good.
 */
export function retryDelayMs(retry: number, timeFactor: number): number | undefined {
  const base = RETRY_DELAYS_MS[retry - 1];
  return base === undefined ? undefined : Math.round(base * timeFactor);
}
