/** closed: calls flow · open: calls fail fast until `retryAt` · half_open: one probe call is let through. */
export type BreakerState =
  | { readonly kind: 'closed'; readonly failureStreak: number }
  | { readonly kind: 'open'; readonly reason: string; readonly retryAt: number; readonly opens: number }
  | { readonly kind: 'half_open'; readonly reason: string; readonly opens: number };

export type BreakerPolicy = {
  /** Consecutive transient failures (5xx, network) that open the circuit. */
  readonly failureThreshold: number;
  /** First open period; doubles on each failed probe up to `maxOpenMs`. */
  readonly openMs: number;
  readonly maxOpenMs: number;
};

export const DEFAULT_BREAKER: BreakerPolicy = { failureThreshold: 8, openMs: 5_000, maxOpenMs: 300_000 };

export type BreakerEvent =
  | { readonly kind: 'success' }
  | { readonly kind: 'transient_failure'; readonly reason: string }
  /** Auth revoked, quota exhausted: one is enough. */
  | { readonly kind: 'refusal'; readonly reason: string };

export const CLOSED: BreakerState = { kind: 'closed', failureStreak: 0 };

/** The next breaker state after a call outcome; pure, time comes in as `now`. */
export function nextBreakerState(
  state: BreakerState,
  event: BreakerEvent,
  now: number,
  policy: BreakerPolicy,
): BreakerState {
  if (event.kind === 'success') return CLOSED;
  const opens = state.kind === 'closed' ? 0 : state.opens;
  const open = (reason: string): BreakerState => ({
    kind: 'open',
    reason,
    opens: opens + 1,
    retryAt: now + Math.min(policy.maxOpenMs, policy.openMs * 2 ** opens),
  });
  if (event.kind === 'refusal' || state.kind === 'half_open') return open(event.reason);
  if (state.kind === 'open') return state;
  const failureStreak = state.failureStreak + 1;
  return failureStreak >= policy.failureThreshold ? open(event.reason) : { kind: 'closed', failureStreak };
}

/** Whether a call may go now: 'call', 'probe' (the one half-open trial) or 'reject'. */
export function admitCall(state: BreakerState, now: number): 'call' | 'probe' | 'reject' {
  if (state.kind === 'closed') return 'call';
  if (state.kind === 'open') return now >= state.retryAt ? 'probe' : 'reject';
  return 'reject';
}
