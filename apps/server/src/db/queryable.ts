import type { Pool, PoolConnection } from 'mysql2/promise';

/** Anything basesync runs SQL on: a pool, or one connection (for locks and session variables). */
export type Queryable = Pool | PoolConnection;
