import { describe, expect, test } from 'vitest';
import { backoffDelayMs } from './backoff.js';

const policy = { baseMs: 100, capMs: 1_000 };

describe('backoffDelayMs', () => {
  test('waits a random share of a ceiling that doubles per attempt', () => {
    expect(backoffDelayMs(0, 0.5, policy)).toBe(50);
    expect(backoffDelayMs(2, 0.5, policy)).toBe(200);
    expect(backoffDelayMs(2, 0, policy)).toBe(0);
  });

  test('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffDelayMs(30, 0.999, policy)).toBeLessThan(1_000);
  });

  test('never waits less than the delay the server asked for', () => {
    expect(backoffDelayMs(0, 0.1, policy, 2_000)).toBe(2_000);
  });
});
