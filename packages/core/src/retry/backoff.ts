/** Exponential backoff bounds: the n-th retry waits a random share of `min(capMs, baseMs · 2ⁿ)`. */
export type BackoffPolicy = { readonly baseMs: number; readonly capMs: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 250, capMs: 8_000 };

/**
 * Full-jitter delay before retry number `attempt` (0-based). `random` is in [0, 1); `floorMs` is a
 * wait the server asked for (x-ogw-ratelimit-reset, write-conflict pause) and is never undercut.
 */
export function backoffDelayMs(attempt: number, random: number, policy: BackoffPolicy, floorMs = 0): number {
  const ceilingMs = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.max(floorMs, Math.floor(random * ceilingMs));
}
