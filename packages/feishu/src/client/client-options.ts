import type { BackoffPolicy } from '@basesync/core';
import type { BreakerPolicy } from '../calls/circuit-breaker.js';
import type { FeishuLogger } from '../calls/log-hooks.js';
import type { LeaseProvider } from '../limits/lease-provider.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { RateTiers } from '../limits/rate-tiers.js';
import type { RecordLimits } from './client-context.js';

export type BitableClientOptions = {
  readonly appId: string;
  readonly appSecret: string;
  /** Feishu (default), 'lark', or any base URL, e.g. the emulator's. */
  readonly domain?: 'feishu' | 'lark' | (string & {});
  readonly logger?: FeishuLogger;
  /** Rate tiers per endpoint key; default FEISHU_RATE_TIERS. Ignored when `limiter` is given. */
  readonly rateTiers?: RateTiers;
  /** A shared limiter (e.g. across processes); default an in-process one over `rateTiers`. */
  readonly limiter?: RateLimiter;
  /** Table write leases; default in-process. Several processes writing one table need a shared provider. */
  readonly leases?: LeaseProvider;
  readonly recordLimits?: Partial<RecordLimits>;
  /** Attempts per call (first try included) for retryable failures; default 10. */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  readonly breaker?: BreakerPolicy;
  readonly requestTimeoutMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
};

/**
 * Default record limits. Create/update batches default to 500 (the documented 1,000 is newer and
 * older docs say 500; reference §3) and bodies to 4 MiB: Feishu's body limit is UNCONFIRMED.
 */
export const DEFAULT_RECORD_LIMITS: RecordLimits = {
  create: { maxRecords: 500, maxBodyBytes: 4 * 1024 * 1024 },
  update: { maxRecords: 500, maxBodyBytes: 4 * 1024 * 1024 },
  delete: { maxRecords: 500, maxBodyBytes: 4 * 1024 * 1024 },
  batchGet: 100,
  searchPage: 500,
};
