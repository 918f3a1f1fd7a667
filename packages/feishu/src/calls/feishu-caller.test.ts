import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { createRateLimiter } from '../limits/rate-limiter.js';
import { TransportFailure } from '../sdk/transport-failure.js';
import { ApiMeter } from './api-meter.js';
import { FeishuCaller } from './feishu-caller.js';
import { SILENT_LOGGER } from './log-hooks.js';

const serverError = () =>
  new TransportFailure(
    { kind: 'response', status: 500, code: 1255001, msg: 'x', logId: undefined, resetSeconds: undefined },
    false,
  );

function caller(now: () => number) {
  let dropped = 0;
  const c = new FeishuCaller({
    limiter: createRateLimiter({ tiers: {} }),
    meter: new ApiMeter(),
    log: SILENT_LOGGER,
    dropToken: () => dropped++,
    backoff: { baseMs: 1, capMs: 2 },
    breaker: { failureThreshold: 2, openMs: 1_000, maxOpenMs: 10_000 },
    maxAttempts: 2,
    random: () => 0.5,
    now,
  });
  return { c, dropped: () => dropped };
}

describe('FeishuCaller', () => {
  test('a probe cut short before Feishu answered lets the next call probe instead of pausing forever', async () => {
    let now = 0;
    const { c } = caller(() => now);
    await expect(c.call('records.search', () => Promise.reject(serverError()))).rejects.toBeInstanceOf(Error);
    expect(c.breakerState.kind).toBe('open');
    now = 2_000;
    const local = new Error('a bug of ours');
    await expect(c.call('records.search', () => Promise.reject(local))).rejects.toBe(local);
    expect(c.breakerState.kind).toBe('open');
    expect(await c.call('records.search', () => Promise.resolve('ok'))).toBe('ok');
    expect(c.breakerState.kind).toBe('closed');
  });

  test('a write whose outcome is unknown is not retried: it fails marked outcomeUnknown', async () => {
    const { c } = caller(() => 0);
    let sends = 0;
    const lost = new TransportFailure(
      { kind: 'network', errorCode: 'ECONNRESET', msg: 'socket hang up' },
      false,
    );
    const err = await c
      .call('records.batch_create', () => Promise.reject(lost).finally(() => sends++), {
        stopWhenAmbiguous: true,
      })
      .catch((e: unknown) => e);
    expect(sends).toBe(1);
    expect(err).toMatchObject({ code: 'FEISHU_UNAVAILABLE', outcomeUnknown: true });
  });

  test('an expired token reported inside a 200 drops the cached token and retries at once', async () => {
    const { c, dropped } = caller(() => 0);
    const expired = new TransportFailure(
      {
        kind: 'response',
        status: 200,
        code: 99991663,
        msg: 'Invalid access token',
        logId: undefined,
        resetSeconds: undefined,
      },
      false,
    );
    let sends = 0;
    const result = await c.call('tables.list', () =>
      sends++ === 0 ? Promise.reject(expired) : Promise.resolve('ok'),
    );
    expect(result).toBe('ok');
    expect(dropped()).toBe(1);
  });

  test('a refusal from the token endpoint is reported as rejected credentials, not retried', async () => {
    const { c } = caller(() => 0);
    const refused = new TransportFailure(
      {
        kind: 'response',
        status: 200,
        code: 10014,
        msg: 'app secret invalid',
        logId: undefined,
        resetSeconds: undefined,
      },
      true,
    );
    let sends = 0;
    const err = await c
      .call('tables.list', () => Promise.reject(refused).finally(() => sends++))
      .catch((e: unknown) => e);
    expect(isBasesyncError(err, 'FEISHU_CREDENTIALS_REJECTED')).toBe(true);
    expect(sends).toBe(1);
  });
});
