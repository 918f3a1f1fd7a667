/** A held right to act alone on a key (one table's writes); release it when done. */
export type Lease = { readonly key: string; release(): Promise<void> };

/**
 * The seam for serialising work across processes: in one process `createLocalLeaseProvider`;
 * several processes plug in a shared store (e.g. a MySQL lease row with an expiry) behind it.
 */
export type LeaseProvider = {
  /** Waits until the key is free (or `signal` aborts), then holds it. */
  acquire(key: string, signal?: AbortSignal): Promise<Lease>;
};

/** In-process leases: waiters are served first come, first served, one holder per key. */
export function createLocalLeaseProvider(): LeaseProvider {
  const tails = new Map<string, Promise<void>>();
  return {
    async acquire(key, signal) {
      signal?.throwIfAborted();
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      await previous;
      if (signal?.aborted) {
        release();
        signal.throwIfAborted();
      }
      let released = false;
      return {
        key,
        release() {
          if (released) return Promise.resolve();
          released = true;
          release();
          if (tails.get(key) === tail) tails.delete(key);
          return Promise.resolve();
        },
      };
    },
  };
}
