import type { RateTier } from './rate-tiers.js';

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;

/**
 * How long to wait before one more call fits the tier, given the send times of earlier calls
 * (ascending). `slackMs` widens each window: calls that leave 1 s apart can arrive closer together.
 */
export function waitForSlotMs(
  sentAt: readonly number[],
  now: number,
  tier: RateTier,
  slackMs: number,
): number {
  let wait = 0;
  if (tier.perSecond !== undefined)
    wait = Math.max(wait, windowWait(sentAt, now, tier.perSecond, SECOND_MS + slackMs));
  if (tier.perMinute !== undefined)
    wait = Math.max(wait, windowWait(sentAt, now, tier.perMinute, MINUTE_MS + slackMs));
  return wait;
}

function windowWait(sentAt: readonly number[], now: number, limit: number, windowMs: number): number {
  if (limit <= 0) return windowMs;
  if (sentAt.length < limit) return 0;
  // The call `limit` places back must have left the window before another may go.
  const blocking = sentAt[sentAt.length - limit];
  if (blocking === undefined) return 0;
  return Math.max(0, blocking + windowMs - now);
}

/** Drops send times older than any window of the tier can see. */
export function pruneSentAt(sentAt: number[], now: number, tier: RateTier, slackMs: number): void {
  const horizon = (tier.perMinute === undefined ? SECOND_MS : MINUTE_MS) + slackMs;
  let drop = 0;
  while (drop < sentAt.length && (sentAt[drop] ?? now) <= now - horizon) drop++;
  if (drop > 0) sentAt.splice(0, drop);
}
