import { bigint, index, json, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { mysqlName, utcInstant, utcNow } from './columns.js';

/** Which way changes flow for a mapping. */
export const SyncDirection = {
  both: 'both',
  mysqlToBitable: 'mysql_to_bitable',
  bitableToMysql: 'bitable_to_mysql',
} as const;
export type SyncDirection = (typeof SyncDirection)[keyof typeof SyncDirection];

/** How a field changed on both sides is settled. */
export const ConflictPolicy = {
  manual: 'manual',
  bitableWins: 'bitable_wins',
  mysqlWins: 'mysql_wins',
  lastWriteWins: 'last_write_wins',
  fieldPriority: 'field_priority',
} as const;
export type ConflictPolicy = (typeof ConflictPolicy)[keyof typeof ConflictPolicy];

/** Whether a mapping syncs: paused carries a reason a person must clear (type change, delete brake). */
export const MappingState = { enabled: 'enabled', paused: 'paused', disabled: 'disabled' } as const;
export type MappingState = (typeof MappingState)[keyof typeof MappingState];

/**
 * One mapped pair of field and column. Fields are bound by field_id (renames in Bitable are
 * followed) and columns by name plus full column type (a type change pauses the mapping).
 */
export type FieldBinding = {
  readonly fieldId: string;
  readonly fieldName: string;
  readonly fieldType: number;
  readonly column: string;
  readonly columnType: string;
  /** Which side wins this field under the field_priority policy. */
  readonly priority?: 'mysql' | 'bitable';
};

/** Why a mapping was paused: a stable error code, a message for people, and when. */
export type PauseReason = { readonly code: string; readonly message: string };

export const mappings = mysqlTable(
  'basesync_mappings',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    name: varchar('name', { length: 128 }).notNull(),
    appToken: varchar('app_token', { length: 64 }).notNull(),
    tableId: varchar('table_id', { length: 64 }).notNull(),
    mysqlSchema: mysqlName('mysql_schema').notNull(),
    mysqlTable: mysqlName('mysql_table').notNull(),
    keyColumns: json('key_columns').$type<string[]>().notNull(),
    fieldMap: json('field_map').$type<FieldBinding[]>().notNull(),
    direction: varchar('direction', { length: 24 }).$type<SyncDirection>().notNull().default('both'),
    conflictPolicy: varchar('conflict_policy', { length: 24 })
      .$type<ConflictPolicy>()
      .notNull()
      .default('manual'),
    state: varchar('state', { length: 12 }).$type<MappingState>().notNull().default('enabled'),
    pauseReason: json('pause_reason').$type<PauseReason>(),
    pausedAt: utcInstant('paused_at'),
    createdAt: utcNow('created_at'),
    updatedAt: utcNow('updated_at'),
  },
  (t) => [
    uniqueIndex('basesync_mappings_name').on(t.name),
    uniqueIndex('basesync_mappings_bitable_table').on(t.appToken, t.tableId),
    index('basesync_mappings_mysql_table').on(t.mysqlSchema, t.mysqlTable),
  ],
);
