/**
 * One write in flight per table (reference §3.3): `tryAcquire` refuses an overlapping write
 * (the caller answers 1254291), `acquire` queues it instead.
 */
export class TableWriteLock {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #busy = new Set<string>();

  tryAcquire(key: string): (() => void) | undefined {
    if (this.#busy.has(key)) return undefined;
    this.#busy.add(key);
    return () => this.#busy.delete(key);
  }

  async acquire(key: string): Promise<() => void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.#tails.set(key, tail);
    await previous;
    this.#busy.add(key);
    return () => {
      this.#busy.delete(key);
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
  }
}
