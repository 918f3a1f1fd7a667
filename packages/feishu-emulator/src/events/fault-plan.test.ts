import { describe, expect, test } from 'vitest';
import { createRandom } from '../random.js';
import { NO_FAULTS, type EventFaults } from './event-settings.js';
import { planEventFaults } from './fault-plan.js';

const FAULTS: EventFaults = {
  ...NO_FAULTS,
  dropRate: 0.1,
  duplicateRate: 0.2,
  reorder: { rate: 0.05, window: 2, maxHoldMs: 100 },
  delay: { fixedMs: 5, jitterMs: 10 },
};

function plans(seed: number, faults: EventFaults, n: number) {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => planEventFaults(random, faults));
}

describe('event fault plans', () => {
  test('the same seed gives the same faults to the same events', () => {
    expect(plans(42, FAULTS, 500)).toEqual(plans(42, FAULTS, 500));
    expect(plans(42, FAULTS, 500)).not.toEqual(plans(43, FAULTS, 500));
  });

  test('drops, duplicates and reorders happen close to their configured rates', () => {
    const all = plans(7, FAULTS, 20_000);
    const share = (pred: (p: (typeof all)[number]) => boolean) => all.filter(pred).length / all.length;
    expect(share((p) => p.drop)).toBeCloseTo(0.1, 1);
    expect(share((p) => p.copies === 2)).toBeCloseTo(0.2, 1);
    expect(share((p) => p.reorder)).toBeCloseTo(0.05, 1);
  });

  test('delays stay within fixed plus jitter and use the whole jitter range', () => {
    const delays = plans(3, FAULTS, 5_000).map((p) => p.delayMs);
    expect(Math.min(...delays)).toBe(5);
    expect(Math.max(...delays)).toBe(15);
  });

  test('no faults configured means every event goes out once, at once, in order', () => {
    expect(
      plans(9, NO_FAULTS, 100).every((p) => !p.drop && p.copies === 1 && p.delayMs === 0 && !p.reorder),
    ).toBe(true);
  });
});
