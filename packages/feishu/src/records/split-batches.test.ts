import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { splitBatches } from './split-batches.js';

describe('splitBatches', () => {
  test('cuts by record count, keeping order', () => {
    const items = Array.from({ length: 2_500 }, (_, i) => i);
    const batches = splitBatches(items, { maxRecords: 1_000, maxBodyBytes: 10_000_000 });
    expect(batches.map((b) => b.length)).toEqual([1_000, 1_000, 500]);
    expect(batches.flat()).toEqual(items);
  });

  test('cuts by body size before the count limit when records are big', () => {
    const record = { fields: { Notes: 'x'.repeat(1_000) } };
    const items = Array.from({ length: 100 }, () => record);
    const batches = splitBatches(items, { maxRecords: 1_000, maxBodyBytes: 20_000 });
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches)
      expect(Buffer.byteLength(JSON.stringify({ records: b }))).toBeLessThanOrEqual(20_000);
  });

  test('a single record over the body limit is refused, naming it', () => {
    const items = [{ a: 1 }, { a: 'x'.repeat(5_000) }];
    try {
      splitBatches(items, { maxRecords: 10, maxBodyBytes: 1_000 });
      expect.unreachable();
    } catch (err) {
      expect(isBasesyncError(err, 'FEISHU_RECORD_TOO_LARGE')).toBe(true);
      expect((err as { field: string }).field).toBe('records[1]');
    }
  });
});
