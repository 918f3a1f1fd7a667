import { describe, expect, test } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  test('never lets more calls start within one second than the tier allows', async () => {
    const limiter = createRateLimiter({ tiers: { 'records.search': { perSecond: 20 } }, slackMs: 0 });
    const started: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        await limiter.acquire('records.search');
        started.push(Date.now() - t0);
      }),
    );
    started.sort((a, b) => a - b);
    for (let i = 20; i < started.length; i++) {
      expect((started[i] ?? 0) - (started[i - 20] ?? 0)).toBeGreaterThanOrEqual(995);
    }
  });

  test('holds calls to an endpoint while the server asked to wait', async () => {
    const limiter = createRateLimiter({ tiers: { 'records.batch_create': { perSecond: 50 } } });
    const t0 = Date.now();
    limiter.pauseUntil('records.batch_create', t0 + 150);
    await limiter.acquire('records.batch_create');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(145);
  });

  test('does not throttle endpoints without a tier', async () => {
    const limiter = createRateLimiter({ tiers: {} });
    const t0 = Date.now();
    for (let i = 0; i < 1_000; i++) await limiter.acquire('media.download');
    expect(Date.now() - t0).toBeLessThan(200);
  });
});
