import type { ChangeFeed, ChangeOperator } from './change-feed.js';
import { CallStats } from './gateway/call-stats.js';
import { ClientTokens } from './gateway/client-tokens.js';
import { Faults } from './gateway/faults.js';
import { DEFAULT_LIMITS } from './gateway/limits-config.js';
import { RateLimiter } from './gateway/rate-limiter.js';
import { TableWriteLock } from './gateway/table-write-lock.js';
import { TokenIssuer } from './gateway/token-issuer.js';
import { createIdFactory } from './ids.js';
import type { ResolvedOptions } from './options.js';
import { createRandom } from './random.js';
import type { Runtime } from './runtime.js';
import { EmulatorStore } from './store/emulator-store.js';
import { DEFAULT_USERS } from './store/user-directory.js';

/** The app's bot identity: API writes are attributed to it. */
function appOperatorFor(appId: string): ChangeOperator {
  const hex = appId.replace(/^cli_/, '').padEnd(32, '0').slice(0, 32);
  return { open_id: `ou_${hex}`, union_id: `on_${hex}`, user_id: '' };
}

const FIRST_USER = DEFAULT_USERS[0];

export function createRuntime(options: ResolvedOptions, feed: ChangeFeed, publicUrl: () => string): Runtime {
  const ids = createIdFactory(createRandom(options.seed ^ 0x5eed));
  const appOperator = appOperatorFor(options.appId);
  const store = new EmulatorStore({ ids, now: options.now, feed, appOperator });
  const userOperator: ChangeOperator =
    FIRST_USER === undefined
      ? appOperator
      : { open_id: FIRST_USER.open_id, union_id: FIRST_USER.union_id, user_id: FIRST_USER.user_id };
  return {
    store,
    tokens: new TokenIssuer({
      appId: options.appId,
      appSecret: options.appSecret,
      ttlSeconds: options.tokenTtlSeconds,
      now: options.now,
      newToken: ids.tenantToken,
    }),
    limiter: new RateLimiter(options.now),
    faults: new Faults(options.seed),
    stats: new CallStats(),
    writeLock: new TableWriteLock(),
    clientTokens: new ClientTokens(),
    limits: { ...DEFAULT_LIMITS, enabled: options.limits },
    appOperator,
    userOperator,
    publicUrl,
    now: options.now,
  };
}
