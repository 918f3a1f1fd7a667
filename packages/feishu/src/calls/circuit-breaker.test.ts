import { describe, expect, test } from 'vitest';
import { CLOSED, admitCall, nextBreakerState, type BreakerState } from './circuit-breaker.js';

const policy = { failureThreshold: 3, openMs: 1_000, maxOpenMs: 4_000 };
const fail = { kind: 'transient_failure', reason: 'HTTP 503' } as const;

function run(events: Parameters<typeof nextBreakerState>[1][], now = 0): BreakerState {
  return events.reduce<BreakerState>((s, e) => nextBreakerState(s, e, now, policy), CLOSED);
}

describe('circuit breaker', () => {
  test('a streak of server errors stops calls, with the reason', () => {
    const state = run([fail, fail, fail]);
    expect(state).toMatchObject({ kind: 'open', reason: 'HTTP 503' });
    expect(admitCall(state, 500)).toBe('reject');
  });

  test('a success in between resets the streak', () => {
    expect(run([fail, fail, { kind: 'success' }, fail]).kind).toBe('closed');
  });

  test('revoked credentials stop calls at once', () => {
    expect(run([{ kind: 'refusal', reason: 'code 99991403' }])).toMatchObject({
      kind: 'open',
      reason: 'code 99991403',
    });
  });

  test('after the open period one probe goes; its success closes, its failure reopens for longer', () => {
    const open = run([fail, fail, fail]);
    expect(admitCall(open, 1_000)).toBe('probe');
    const probing: BreakerState = { kind: 'half_open', reason: 'HTTP 503', opens: 1 };
    expect(admitCall(probing, 1_000)).toBe('reject');
    expect(nextBreakerState(probing, { kind: 'success' }, 1_000, policy)).toEqual(CLOSED);
    expect(nextBreakerState(probing, fail, 1_000, policy)).toMatchObject({ kind: 'open', retryAt: 3_000 });
  });
});
