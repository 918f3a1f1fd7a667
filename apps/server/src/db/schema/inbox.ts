import { bigint, index, json, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { utcInstant, utcNow, workColumns } from './columns.js';

/** Feishu events stored durably (deduplicated by event id) before they are acknowledged. */
export const inbox = mysqlTable(
  'basesync_inbox',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    eventId: varchar('event_id', { length: 128 }).notNull(),
    eventType: varchar('event_type', { length: 128 }).notNull(),
    appToken: varchar('app_token', { length: 64 }),
    tableId: varchar('table_id', { length: 64 }),
    payload: json('payload').$type<unknown>().notNull(),
    receivedAt: utcNow('received_at'),
    processedAt: utcInstant('processed_at'),
    ...workColumns(),
  },
  (t) => [
    uniqueIndex('basesync_inbox_event').on(t.eventId),
    index('basesync_inbox_due').on(t.state, t.nextAttemptAt),
  ],
);
