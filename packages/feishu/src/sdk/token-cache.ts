import type { Cache } from '@larksuiteoapi/node-sdk';

type Entry = { value: unknown; expiresAt: number };

/**
 * A token cache owned by one client (the SDK's default is module-global and never forgets a token
 * Feishu has revoked). `clear()` drops the tenant token so the next call fetches a fresh one.
 */
export class ClearableTokenCache implements Cache {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  set = (
    key: { toString(): string },
    value: unknown,
    expire?: number,
    options?: { namespace?: string },
  ): Promise<boolean> => {
    this.#entries.set(keyOf(key, options), { value, expiresAt: expire ?? Number.POSITIVE_INFINITY });
    return Promise.resolve(true);
  };

  get = (key: { toString(): string }, options?: { namespace?: string }): Promise<unknown> => {
    const k = keyOf(key, options);
    const entry = this.#entries.get(k);
    if (entry === undefined) return Promise.resolve(undefined);
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(k);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(entry.value);
  };

  clear(): void {
    this.#entries.clear();
  }
}

function keyOf(key: { toString(): string }, options?: { namespace?: string }): string {
  return `${options?.namespace ?? ''}:${key.toString()}`;
}
