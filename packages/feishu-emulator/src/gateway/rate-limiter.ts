import type { RateWindow } from './limits-config.js';

type Counter = { start: number; count: number };

export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly limit: number; readonly resetSeconds: number };

/**
 * Per-key windows that start at the first call after the previous window ended, so a burst is
 * judged as one window (deterministic in tests, unlike wall-clock-aligned windows).
 */
export class RateLimiter {
  readonly #counters = new Map<string, Counter>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Counts one call under `key`; refused when any of its windows is full. */
  take(key: string, windows: readonly RateWindow[]): RateDecision {
    const now = this.#now();
    const counters = windows.map((w, i) => {
      const id = `${key}#${i}`;
      let counter = this.#counters.get(id);
      if (counter === undefined || now >= counter.start + w.windowMs) {
        counter = { start: now, count: 0 };
        this.#counters.set(id, counter);
      }
      return { w, counter };
    });
    const full = counters.find(({ w, counter }) => counter.count >= w.limit);
    if (full !== undefined) {
      const resetSeconds = Math.max(1, Math.ceil((full.counter.start + full.w.windowMs - now) / 1000));
      return { allowed: false, limit: full.w.limit, resetSeconds };
    }
    for (const { counter } of counters) counter.count++;
    return { allowed: true };
  }

  reset(): void {
    this.#counters.clear();
  }
}
