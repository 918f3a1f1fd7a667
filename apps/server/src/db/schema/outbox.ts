import { bigint, index, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { mysqlName, utcNow, workColumns } from './columns.js';

/** What a captured MySQL change did to its row. */
export const OutboxOp = { insert: 'insert', update: 'update', delete: 'delete' } as const;
export type OutboxOp = (typeof OutboxOp)[keyof typeof OutboxOp];

/**
 * Changes captured by the triggers on mapped tables, in the user's transaction. A row names its
 * table (not a mapping): one table may feed several mappings, and the worker fans out.
 */
export const outbox = mysqlTable(
  'basesync_outbox',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    sourceSchema: mysqlName('source_schema').notNull(),
    sourceTable: mysqlName('source_table').notNull(),
    /**
     * JSON object of the primary key columns, written by the trigger's JSON_OBJECT. Plain text, not
     * a JSON column: MariaDB's JSON is LONGTEXT plus a json_valid check on every captured write.
     */
    rowKey: varchar('row_key', { length: 1024 }).notNull(),
    op: varchar('op', { length: 8 }).$type<OutboxOp>().notNull(),
    enqueuedAt: utcNow('enqueued_at'),
    ...workColumns(),
  },
  // The claim and the "anything due?" probe both walk (state, next_attempt_at); the id rides along
  // in every InnoDB secondary index, so the probe is index-only. No other index: each one is paid
  // for on every captured user write (see bench/mysql-capture).
  (t) => [index('basesync_outbox_due').on(t.state, t.nextAttemptAt)],
);
