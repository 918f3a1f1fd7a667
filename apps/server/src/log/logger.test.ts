import { describe, expect, test } from 'vitest';
import { BasesyncError } from '@basesync/core';
import { createLogger } from './logger.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level,
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    now: () => new Date('2026-01-02T03:04:05.678Z'),
  });
  return { log, lines };
}

describe('the logger', () => {
  test('writes one JSON line per event with time, level, message, the child fields and the facts', () => {
    const { log, lines } = capture();
    log.child({ component: 'outbox' }).child({ mappingId: 7 }).info({ claimed: 12 }, 'batch claimed');
    expect(lines).toEqual([
      {
        time: '2026-01-02T03:04:05.678Z',
        level: 'info',
        msg: 'batch claimed',
        component: 'outbox',
        mappingId: 7,
        claimed: 12,
      },
    ]);
  });

  test('drops lines below the configured level', () => {
    const { log, lines } = capture('warn');
    log.debug({}, 'row encoded');
    log.info({}, 'batch claimed');
    log.warn({}, 'batch failed; will retry');
    expect(lines.map((l) => l['level'])).toEqual(['warn']);
  });

  test('never writes secrets, Authorization headers or passwords inside URLs', () => {
    const { log, lines } = capture();
    log.child({ appSecret: 'app-secret-value' }).error(
      {
        request: { headers: { Authorization: 'Bearer t-123456', 'content-type': 'application/json' } },
        tenant_access_token: 't-123456',
        url: 'mysql://sync:hunter2@db:3306/state',
        err: new Error('connect failed for mysql://sync:hunter2@db:3306/state'),
      },
      'cannot reach mysql',
    );
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/app-secret-value|t-123456|hunter2/);
    expect(lines[0]).toMatchObject({
      appSecret: '<hidden>',
      request: { headers: { Authorization: '<hidden>', 'content-type': 'application/json' } },
      url: 'mysql://sync:<hidden>@db:3306/state',
      err: { name: 'Error', message: 'connect failed for mysql://sync:<hidden>@db:3306/state' },
    });
  });

  test('a basesync error keeps its code, field and fix, and its cause', () => {
    const { log, lines } = capture();
    const err = new BasesyncError(
      'MYSQL_TABLE_NOT_FOUND',
      'table "ordrs" is not in database "shop"',
      {
        field: 'table',
      },
      { cause: new Error('lookup') },
    );
    log.error({ err }, 'mapping refused');
    expect(lines[0]?.['err']).toMatchObject({
      code: 'MYSQL_TABLE_NOT_FOUND',
      field: 'table',
      fix: expect.stringContaining('Check the spelling') as unknown,
      cause: { message: 'lookup' },
    });
  });

  test('a cyclic value is logged without looping', () => {
    const { log, lines } = capture();
    const loop: Record<string, unknown> = { name: 'a' };
    loop['self'] = loop;
    log.info({ loop }, 'cyclic');
    expect(lines[0]?.['loop']).toEqual({ name: 'a', self: '[circular]' });
  });
});
