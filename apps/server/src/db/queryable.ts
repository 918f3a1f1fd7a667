import type { Pool } from 'mysql2/promise';

/**
 * Anything basesync runs SQL on: a pool, or one connection (for locks and session variables).
 * Structural on purpose: pools from another copy of mysql2 (tests, other packages) fit too.
 */
export type Queryable = Pick<Pool, 'query'>;

/** A pool basesync can also borrow one connection from (named locks need a single session). */
export type ConnectionSource = Pick<Pool, 'query' | 'getConnection'>;
