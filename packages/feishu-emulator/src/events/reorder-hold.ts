type Held<T> = { item: T; remaining: number; timer: NodeJS.Timeout };

/**
 * Hold-and-swap reordering: a held item goes out right after `window` later items have passed,
 * or when `maxHoldMs` runs out (so a burst's last event is not stranded).
 */
export class ReorderHold<T> {
  readonly #release: (item: T) => void;
  #held: Held<T>[] = [];

  constructor(release: (item: T) => void) {
    this.#release = release;
  }

  hold(item: T, window: number, maxHoldMs: number): void {
    const entry: Held<T> = {
      item,
      remaining: window,
      timer: setTimeout(() => {
        this.#held = this.#held.filter((h) => h !== entry);
        this.#release(item);
      }, maxHoldMs),
    };
    this.#held.push(entry);
  }

  /** Counts one item overtaking the held ones; returns those whose window is now full. */
  passed(): T[] {
    if (this.#held.length === 0) return [];
    const due: T[] = [];
    const kept: Held<T>[] = [];
    for (const entry of this.#held) {
      entry.remaining -= 1;
      if (entry.remaining > 0) kept.push(entry);
      else {
        clearTimeout(entry.timer);
        due.push(entry.item);
      }
    }
    this.#held = kept;
    return due;
  }

  clear(): void {
    for (const entry of this.#held) clearTimeout(entry.timer);
    this.#held = [];
  }
}
