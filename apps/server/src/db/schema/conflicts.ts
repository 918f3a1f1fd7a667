import { bigint, index, json, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { mappings } from './mappings.js';
import { idRef, mysqlName, utcInstant, utcNow } from './columns.js';

export const ConflictStatus = { open: 'open', resolved: 'resolved', superseded: 'superseded' } as const;
export type ConflictStatus = (typeof ConflictStatus)[keyof typeof ConflictStatus];

/** Which value settled a conflict. */
export const ConflictResolution = { mysql: 'mysql', bitable: 'bitable', custom: 'custom' } as const;
export type ConflictResolution = (typeof ConflictResolution)[keyof typeof ConflictResolution];

/** One field changed on both sides to different values: the three values and who changed each. */
export const conflicts = mysqlTable(
  'basesync_conflicts',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    mappingId: idRef('mapping_id')
      .notNull()
      .references(() => mappings.id, { onDelete: 'cascade' }),
    rowKey: varchar('row_key', { length: 512 }).notNull(),
    recordId: varchar('record_id', { length: 64 }),
    fieldId: varchar('field_id', { length: 64 }).notNull(),
    columnName: mysqlName('column_name').notNull(),
    baseValue: json('base_value').$type<unknown>(),
    mysqlValue: json('mysql_value').$type<unknown>(),
    bitableValue: json('bitable_value').$type<unknown>(),
    mysqlChangedAt: utcInstant('mysql_changed_at'),
    mysqlChangedBy: varchar('mysql_changed_by', { length: 128 }),
    bitableChangedAt: utcInstant('bitable_changed_at'),
    bitableChangedBy: varchar('bitable_changed_by', { length: 128 }),
    status: varchar('status', { length: 12 }).$type<ConflictStatus>().notNull().default('open'),
    resolution: varchar('resolution', { length: 12 }).$type<ConflictResolution>(),
    resolvedValue: json('resolved_value').$type<unknown>(),
    resolvedBy: varchar('resolved_by', { length: 128 }),
    resolvedAt: utcInstant('resolved_at'),
    createdAt: utcNow('created_at'),
  },
  (t) => [
    index('basesync_conflicts_open').on(t.mappingId, t.status, t.id),
    index('basesync_conflicts_row').on(t.mappingId, t.rowKey, t.fieldId),
  ],
);
