import { SIGNATURE_WINDOW_MS } from './verify-signature.js';

/**
 * Remembers signatures accepted within the signing window, so a captured callback sent again is
 * refused. Older entries can go: their timestamps are stale by then anyway.
 */
export class ReplayGuard {
  readonly #seen = new Map<string, number>();

  /** True the first time a signature is seen; false on a replay. */
  accept(signature: string, now: number): boolean {
    this.#prune(now);
    if (this.#seen.has(signature)) return false;
    this.#seen.set(signature, now);
    return true;
  }

  #prune(now: number): void {
    for (const [sig, at] of this.#seen) {
      if (at > now - 2 * SIGNATURE_WINDOW_MS) break;
      this.#seen.delete(sig);
    }
  }
}
