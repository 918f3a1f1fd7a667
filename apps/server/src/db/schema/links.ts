import { bigint, boolean, json, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { mappings } from './mappings.js';
import { idRef, utcInstant, utcNow } from './columns.js';

/**
 * One MySQL row linked to one Bitable record, with the base: the last values both sides agreed
 * on (for the three-way merge) and their canonical hash (to skip echoes and no-ops).
 */
export const links = mysqlTable(
  'basesync_links',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    mappingId: idRef('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    /** Canonical JSON of the primary key columns, e.g. `{"order_id":7,"line":2}`. */
    rowKey: varchar('row_key', { length: 512 }).notNull(),
    recordId: varchar('record_id', { length: 64 }),
    baseValues: json('base_values').$type<Record<string, unknown>>().notNull(),
    baseHash: varchar('base_hash', { length: 64 }).notNull(),
    /** A deleted pair stays as a tombstone, so a late event cannot resurrect it. */
    tombstone: boolean('tombstone').notNull().default(false),
    deletedAt: utcInstant('deleted_at'),
    syncedAt: utcNow('synced_at'),
  },
  (t) => [
    uniqueIndex('basesync_links_row').on(t.mappingId, t.rowKey),
    uniqueIndex('basesync_links_record').on(t.mappingId, t.recordId),
  ],
);
