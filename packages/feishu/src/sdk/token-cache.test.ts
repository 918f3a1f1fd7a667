import { describe, expect, test } from 'vitest';
import { ClearableTokenCache } from './token-cache.js';

describe('ClearableTokenCache', () => {
  test('serves a token until its expiry, per namespace, and forgets everything on clear', async () => {
    let now = 1_000;
    const cache = new ClearableTokenCache(() => now);
    const key = Symbol('tenant-access-token');
    await cache.set(key, 't-one', 5_000, { namespace: 'cli_a' });
    expect(await cache.get(key, { namespace: 'cli_a' })).toBe('t-one');
    expect(await cache.get(key, { namespace: 'cli_b' })).toBeUndefined();
    now = 5_000;
    expect(await cache.get(key, { namespace: 'cli_a' })).toBeUndefined();
    await cache.set(key, 't-two', 9_000, { namespace: 'cli_a' });
    cache.clear();
    expect(await cache.get(key, { namespace: 'cli_a' })).toBeUndefined();
  });
});
