import { bigint, datetime, int, mysqlTable, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/** The Feishu API call meter: calls per minute, endpoint and outcome, with their total time. */
export const apiCalls = mysqlTable(
  'basesync_api_calls',
  {
    minute: datetime('minute', { mode: 'date' }).notNull(),
    endpoint: varchar('endpoint', { length: 128 }).notNull(),
    /** `ok`, an HTTP status, or a Feishu error code, e.g. `429` or `1254291`. */
    outcome: varchar('outcome', { length: 16 }).notNull(),
    calls: int('calls', { unsigned: true }).notNull().default(0),
    totalMs: bigint('total_ms', { mode: 'number', unsigned: true }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.minute, t.endpoint, t.outcome] })],
);
