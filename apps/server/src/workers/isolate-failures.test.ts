import { BasesyncError } from '@basesync/core';
import { describe, expect, test } from 'vitest';
import { sendIsolating } from './isolate-failures.js';

describe('isolating a bad item in a batch', () => {
  test('a permanently refused item fails alone while the rest are sent', async () => {
    const sent: number[] = [];
    const failed = await sendIsolating([1, 2, 3, 4, 5], (batch) => {
      if (batch.includes(4)) return Promise.reject(new BasesyncError('FEISHU_REQUEST_INVALID', 'bad value'));
      sent.push(...batch);
      return Promise.resolve();
    });
    expect(failed.map((f) => f.item)).toEqual([4]);
    expect(sent.sort()).toEqual([1, 2, 3, 5]);
  });

  test('a transient failure fails the whole batch without splitting it', async () => {
    let calls = 0;
    const failed = await sendIsolating([1, 2, 3], () => {
      calls++;
      return Promise.reject(new BasesyncError('FEISHU_UNAVAILABLE', 'down'));
    });
    expect(calls).toBe(1);
    expect(failed).toHaveLength(3);
  });
});
