import { FeishuCode, FeishuError } from '../feishu-error.js';

/** Below this much remaining life, a token request gets a fresh token (reference §1). */
const REISSUE_BELOW_MS = 30 * 60 * 1000;

export type TokenIssuerOptions = {
  readonly appId: string;
  readonly appSecret: string;
  readonly ttlSeconds: number;
  readonly now: () => number;
  readonly newToken: () => string;
};

/** Issues and checks `tenant_access_token`s for the one configured app. */
export class TokenIssuer {
  readonly #options: TokenIssuerOptions;
  readonly #expiry = new Map<string, number>();
  #current: string | undefined;

  constructor(options: TokenIssuerOptions) {
    this.#options = options;
  }

  /** The token answer, or a FeishuError for unknown app ids (10003) and wrong secrets (10014). */
  issue(appId: unknown, appSecret: unknown): { token: string; expireSeconds: number } {
    const o = this.#options;
    if (appId !== o.appId) throw new FeishuError(FeishuCode.appIdInvalid, 'invalid param', 400);
    if (appSecret !== o.appSecret)
      throw new FeishuError(FeishuCode.appSecretInvalid, 'app secret invalid', 400);
    const now = o.now();
    const current = this.#current;
    const expiresAt = current === undefined ? undefined : this.#expiry.get(current);
    if (current !== undefined && expiresAt !== undefined && expiresAt - now >= REISSUE_BELOW_MS) {
      return { token: current, expireSeconds: Math.floor((expiresAt - now) / 1000) };
    }
    const token = o.newToken();
    this.#expiry.set(token, now + o.ttlSeconds * 1000);
    this.#current = token;
    return { token, expireSeconds: o.ttlSeconds };
  }

  isValid(token: string): boolean {
    const expiresAt = this.#expiry.get(token);
    return expiresAt !== undefined && expiresAt > this.#options.now();
  }

  /** Forces every issued token to expire now; clients must fetch a new one. */
  expireAll(): void {
    this.#expiry.clear();
    this.#current = undefined;
  }
}
