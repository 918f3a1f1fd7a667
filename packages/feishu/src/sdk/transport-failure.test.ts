import { describe, expect, test } from 'vitest';
import { thrownFailure } from './transport-failure.js';

describe('thrownFailure', () => {
  test('reads status, Feishu code, log id and rate-limit reset from a rejected response', () => {
    const err = {
      isAxiosError: true,
      message: 'Request failed with status code 429',
      response: {
        status: 429,
        data: { code: 99991400, msg: 'request trigger frequency limit' },
        headers: { 'x-ogw-ratelimit-reset': '3', 'x-tt-logid': '2026abc' },
      },
    };
    expect(thrownFailure(err)).toEqual({
      kind: 'response',
      status: 429,
      code: 99991400,
      msg: 'request trigger frequency limit',
      logId: '2026abc',
      resetSeconds: 3,
    });
  });

  test('a socket closed without a response is a network failure', () => {
    expect(thrownFailure({ code: 'ECONNRESET', message: 'socket hang up' })).toEqual({
      kind: 'network',
      errorCode: 'ECONNRESET',
      msg: 'socket hang up',
    });
  });

  test('a non-JSON error page keeps its status and has no code', () => {
    expect(thrownFailure({ response: { status: 502, data: '<html>', headers: {} } })).toMatchObject({
      kind: 'response',
      status: 502,
      code: undefined,
      msg: 'HTTP 502',
    });
  });
});
