import { bigint, index, json, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { mappings } from './mappings.js';
import { idRef, utcNow } from './columns.js';

/** Which path applied a change. */
export const ChangeOrigin = {
  outbox: 'outbox',
  inbox: 'inbox',
  backfill: 'backfill',
  reconcile: 'reconcile',
  resolve: 'resolve',
} as const;
export type ChangeOrigin = (typeof ChangeOrigin)[keyof typeof ChangeOrigin];

/** Per-record history: every change basesync applied, with each field's before and after. */
export const recordHistory = mysqlTable(
  'basesync_record_history',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    mappingId: idRef('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    rowKey: varchar('row_key', { length: 512 }).notNull(),
    recordId: varchar('record_id', { length: 64 }),
    direction: varchar('direction', { length: 24 })
      .$type<'mysql_to_bitable' | 'bitable_to_mysql'>()
      .notNull(),
    op: varchar('op', { length: 8 }).$type<'insert' | 'update' | 'delete'>().notNull(),
    origin: varchar('origin', { length: 12 }).$type<ChangeOrigin>().notNull(),
    changes: json('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    at: utcNow('at'),
  },
  (t) => [
    index('basesync_record_history_row').on(t.mappingId, t.rowKey, t.id),
    index('basesync_record_history_record').on(t.mappingId, t.recordId, t.id),
  ],
);

/** The sync log: lifecycle steps, progress and alerts, for the CLI and the sidebar. */
export const syncLog = mysqlTable(
  'basesync_sync_log',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    mappingId: idRef('mapping_id'),
    level: varchar('level', { length: 8 }).$type<'debug' | 'info' | 'warn' | 'error'>().notNull(),
    /** A short dotted event name, e.g. `backfill.progress` or `brake.tripped`. */
    event: varchar('event', { length: 64 }).notNull(),
    code: varchar('code', { length: 64 }),
    message: varchar('message', { length: 2000 }).notNull(),
    data: json('data').$type<Record<string, unknown>>(),
    at: utcNow('at'),
  },
  (t) => [index('basesync_sync_log_mapping').on(t.mappingId, t.id)],
);
