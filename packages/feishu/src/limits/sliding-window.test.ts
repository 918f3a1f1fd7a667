import { describe, expect, test } from 'vitest';
import { pruneSentAt, waitForSlotMs } from './sliding-window.js';

describe('waitForSlotMs', () => {
  test('lets calls through until the per-second budget is spent', () => {
    expect(waitForSlotMs([0, 10, 20], 30, { perSecond: 4 }, 0)).toBe(0);
    expect(waitForSlotMs([0, 10, 20, 30], 40, { perSecond: 4 }, 0)).toBe(960);
  });

  test('widens the window by the slack', () => {
    expect(waitForSlotMs([0, 10], 40, { perSecond: 2 }, 50)).toBe(1_010);
  });

  test('a two-window tier waits for whichever window is full', () => {
    const sent = Array.from({ length: 10 }, (_, i) => i * 2_000);
    expect(waitForSlotMs(sent, 20_000, { perSecond: 50, perMinute: 10 }, 0)).toBe(40_000);
  });

  test('pruning keeps only what a window can still see', () => {
    const sent = [0, 500, 1_500];
    pruneSentAt(sent, 2_000, { perSecond: 5 }, 0);
    expect(sent).toEqual([1_500]);
  });
});
