import { describe, expect, test } from 'vitest';
import { classifyFailure, isRetryable, mayHaveCommitted, type CallFailure } from './failure.js';

const response = (status: number, code?: number): CallFailure => ({
  kind: 'response',
  status,
  code,
  msg: 'x',
  logId: undefined,
  resetSeconds: undefined,
});

describe('classifyFailure', () => {
  test.each([
    [response(429, 99991400), 'rate_limited'],
    [response(400, 99991400), 'rate_limited'],
    [response(200, 1254290), 'rate_limited'],
    [response(200, 1254291), 'write_conflict'],
    [response(400, 1254291), 'write_conflict'],
    [response(200, 99991663), 'token_invalid'],
    [response(400, 99991663), 'token_invalid'],
    [response(401, undefined), 'token_invalid'],
    [response(500, 1255001), 'transient'],
    [response(503, undefined), 'transient'],
    [response(200, 99991403), 'quota'],
    [response(200, 10015), 'credentials'],
    [response(403, 1254302), 'permission'],
    [response(404, 1254043), 'not_found'],
    [response(400, 1254015), 'invalid'],
    [response(400, 1254104), 'invalid'],
    [{ kind: 'network', errorCode: 'ECONNRESET', msg: 'socket hang up' }, 'network'],
  ] as const)('%o is %s', (failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });

  test('validation errors are never retried, 429/5xx/network/conflicts/expired tokens are', () => {
    expect(isRetryable(classifyFailure(response(400, 1254015)))).toBe(false);
    expect(isRetryable(classifyFailure(response(403, 1254302)))).toBe(false);
    for (const f of [
      response(429, 99991400),
      response(502),
      response(200, 1254291),
      response(200, 99991663),
    ]) {
      expect(isRetryable(classifyFailure(f))).toBe(true);
    }
  });

  test('a write may have happened after a lost response or a server error, not after a 429', () => {
    expect(mayHaveCommitted({ kind: 'network', errorCode: 'ECONNRESET', msg: '' })).toBe(true);
    expect(mayHaveCommitted(response(504, 1255040))).toBe(true);
    expect(mayHaveCommitted(response(429, 99991400))).toBe(false);
    expect(mayHaveCommitted(response(200, 1254291))).toBe(false);
  });
});
