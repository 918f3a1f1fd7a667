import { BasesyncError } from '@basesync/core';

/** Per-call limits: record count (1000 create/update, 500 delete documented) and body bytes. */
export type BatchLimits = { readonly maxRecords: number; readonly maxBodyBytes: number };

/** Bytes a JSON-encoded item adds to a request body (its text plus a separating comma). */
export function jsonBytes(item: unknown): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8') + 1;
}

/** Room kept for the body's envelope (`{"records":[…]}`) around the items. */
const ENVELOPE_BYTES = 64;

/**
 * Cuts `items` into consecutive batches within both limits, keeping order.
 * Throws FEISHU_RECORD_TOO_LARGE when one item alone exceeds the body limit.
 */
export function splitBatches<T>(
  items: readonly T[],
  limits: BatchLimits,
  sizeOf: (item: T) => number = jsonBytes,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = ENVELOPE_BYTES;
  items.forEach((item, index) => {
    const size = sizeOf(item);
    if (size + ENVELOPE_BYTES > limits.maxBodyBytes) {
      throw new BasesyncError('FEISHU_RECORD_TOO_LARGE', `record #${index} needs ${size} bytes`, {
        field: `records[${index}]`,
        value: size,
        fix: `shorten its cells: one request body holds at most ${limits.maxBodyBytes} bytes`,
      });
    }
    if (current.length >= limits.maxRecords || bytes + size > limits.maxBodyBytes) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(item);
    bytes += size;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
