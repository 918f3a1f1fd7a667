import type { ChangeOperator } from './change-feed.js';
import type { CallStats } from './gateway/call-stats.js';
import type { ClientTokens } from './gateway/client-tokens.js';
import type { Faults } from './gateway/faults.js';
import type { LimitsConfig } from './gateway/limits-config.js';
import type { RateLimiter } from './gateway/rate-limiter.js';
import type { TableWriteLock } from './gateway/table-write-lock.js';
import type { TokenIssuer } from './gateway/token-issuer.js';
import type { EmulatorStore } from './store/emulator-store.js';

/** Everything the routes share: the store plus the gateway's limits, faults and counters. */
export type Runtime = {
  readonly store: EmulatorStore;
  readonly tokens: TokenIssuer;
  readonly limiter: RateLimiter;
  readonly faults: Faults;
  readonly stats: CallStats;
  readonly writeLock: TableWriteLock;
  readonly clientTokens: ClientTokens;
  limits: LimitsConfig;
  readonly appOperator: ChangeOperator;
  /** The simulated person behind admin/grid edits. */
  readonly userOperator: ChangeOperator;
  readonly publicUrl: () => string;
  readonly now: () => number;
};
