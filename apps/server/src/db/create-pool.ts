import { createPool, type Pool } from 'mysql2/promise';
import { ORIGIN_VARIABLE } from './capture/origin.js';

export type MysqlPoolOptions = {
  readonly connectionLimit?: number;
  /**
   * Mark every connection as basesync's (`@basesync_origin`), so capture triggers skip its
   * writes: use it for the pool that applies Bitable changes to user tables.
   */
  readonly basesyncOrigin?: boolean;
};

/**
 * A pool for basesync's own use. Dates are read as strings and written in UTC; the state tables
 * keep UTC whatever the server's or the session's time zone.
 */
export function createMysqlPool(url: string, options: MysqlPoolOptions = {}): Pool {
  const pool = createPool({
    uri: url,
    connectionLimit: options.connectionLimit ?? 8,
    dateStrings: true,
    timezone: 'Z',
    supportBigNumbers: true,
  });
  if (options.basesyncOrigin === true) {
    // mysql2 runs a connection's commands in order, so this SET precedes any query on it.
    pool.pool.on('connection', (conn) => {
      conn.query(`SET ${ORIGIN_VARIABLE} = 'basesync'`, (err: unknown) => {
        if (err) conn.destroy(); // never hand out an unmarked connection: its writes would echo
      });
    });
  }
  return pool;
}
