import { createPool, type Pool } from 'mysql2/promise';

/**
 * A pool for basesync's own use. Dates are read as strings and written in UTC; the state tables
 * keep UTC whatever the server's or the session's time zone.
 */
export function createMysqlPool(url: string, connectionLimit = 8): Pool {
  return createPool({ uri: url, connectionLimit, dateStrings: true, timezone: 'Z', supportBigNumbers: true });
}
