import { ERROR_CATALOGUE, isBasesyncError } from '@basesync/core';

/** One item that still failed after isolation, with the error that stopped it. */
export type Isolated<T> = { readonly item: T; readonly error: unknown };

/** A validation-like error (retrying the same input cannot help): worth splitting the batch. */
export function isPermanent(err: unknown): boolean {
  return isBasesyncError(err) && ERROR_CATALOGUE[err.code].retry === 'never';
}

/**
 * Sends a batch; when it fails permanently, splits it in halves and retries each, so one bad item
 * fails alone while the others go through. A transient failure fails the whole batch (it backs off).
 */
export async function sendIsolating<T>(
  items: readonly T[],
  send: (batch: readonly T[]) => Promise<void>,
): Promise<Isolated<T>[]> {
  if (items.length === 0) return [];
  try {
    await send(items);
    return [];
  } catch (error) {
    if (items.length === 1 || !isPermanent(error)) return items.map((item) => ({ item, error }));
    const half = Math.ceil(items.length / 2);
    const left = await sendIsolating(items.slice(0, half), send);
    return [...left, ...(await sendIsolating(items.slice(half), send))];
  }
}
