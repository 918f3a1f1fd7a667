import { describe, expect, test } from 'vitest';
import { createRandomBytesPool } from './random-bytes-pool.js';

describe('random bytes pool', () => {
  test('hands out distinct slices of the asked size, across refills', () => {
    const take = createRandomBytesPool();
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const bytes = take(16);
      expect(bytes).toHaveLength(16);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(10_000);
  });

  test('a slice handed out is not changed by a later refill', () => {
    const take = createRandomBytesPool();
    const first = take(16);
    const copy = Buffer.from(first);
    for (let i = 0; i < 10_000; i++) take(16);
    expect(first.equals(copy)).toBe(true);
  });
});
