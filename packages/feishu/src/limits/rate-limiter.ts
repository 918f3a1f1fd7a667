import { sleep } from '../calls/sleep.js';
import type { RateTier, RateTiers } from './rate-tiers.js';
import { pruneSentAt, waitForSlotMs } from './sliding-window.js';

/**
 * App-wide call budget per endpoint. In one process `createRateLimiter`; across processes a shared
 * implementation (e.g. budget slices leased from MySQL) can stand behind the same two methods.
 */
export type RateLimiter = {
  /** Resolves when one call to `endpoint` fits its tier; the call counts from then on. */
  acquire(endpoint: string, signal?: AbortSignal): Promise<void>;
  /** Holds every call to `endpoint` until `untilMs` (epoch ms), e.g. from x-ogw-ratelimit-reset. */
  pauseUntil(endpoint: string, untilMs: number): void;
};

export type RateLimiterOptions = {
  readonly tiers: RateTiers;
  /** Widens each window so network jitter cannot squeeze a window's calls into less time. */
  readonly slackMs?: number;
  readonly now?: () => number;
};

/** Default slack: calls leaving 1 s apart may arrive a few tens of ms closer together. */
export const RATE_SLACK_MS = 60;

/** An in-process sliding-window limiter with the given tiers. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const slackMs = options.slackMs ?? RATE_SLACK_MS;
  const sent = new Map<string, number[]>();
  const pausedUntil = new Map<string, number>();

  const tryTake = (endpoint: string, tier: RateTier): number => {
    const t = now();
    const paused = (pausedUntil.get(endpoint) ?? 0) - t;
    if (paused > 0) return paused;
    let sentAt = sent.get(endpoint);
    if (!sentAt) sent.set(endpoint, (sentAt = []));
    pruneSentAt(sentAt, t, tier, slackMs);
    const wait = waitForSlotMs(sentAt, t, tier, slackMs);
    if (wait === 0) sentAt.push(t);
    return wait;
  };

  return {
    async acquire(endpoint, signal) {
      const tier = options.tiers[endpoint];
      if (!tier) return;
      for (;;) {
        const wait = tryTake(endpoint, tier);
        if (wait === 0) return;
        await sleep(wait, signal);
      }
    },
    pauseUntil(endpoint, untilMs) {
      pausedUntil.set(endpoint, Math.max(untilMs, pausedUntil.get(endpoint) ?? 0));
    },
  };
}
