import { FeishuCode, feishuError } from '../feishu-error.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

type Remembered = { readonly request: string; readonly data: unknown };

/**
 * `client_token` idempotency (reference §3.1): a replay of the same request returns the first
 * result (or 1254608, switchable); the same token with a different request is 1255006.
 */
export class ClientTokens {
  readonly #seen = new Map<string, Remembered>();

  /** Validates the token; returns the remembered result of an identical earlier request. */
  check(
    scope: string,
    token: string,
    request: string,
    replay: 'first-result' | 'reject',
  ): { hit: true; data: unknown } | { hit: false } {
    if (!UUID_V4.test(token)) {
      throw feishuError(
        FeishuCode.invalidClientToken,
        `Invalid client token: ${JSON.stringify(token.slice(0, 60))} is not a UUIDv4`,
      );
    }
    const seen = this.#seen.get(`${scope}|${token}`);
    if (seen === undefined) return { hit: false };
    if (seen.request !== request) {
      throw feishuError(
        FeishuCode.clientTokenConflict,
        'client token conflict: this client_token was used for a different request; generate a new client token',
      );
    }
    if (replay === 'reject')
      throw feishuError(FeishuCode.sameRequestRepeated, 'Same API requests are submitted repeatedly');
    return { hit: true, data: seen.data };
  }

  remember(scope: string, token: string, request: string, data: unknown): void {
    this.#seen.set(`${scope}|${token}`, { request, data });
  }

  reset(): void {
    this.#seen.clear();
  }
}
