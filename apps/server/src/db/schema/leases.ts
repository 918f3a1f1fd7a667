import { bigint, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { utcNow } from './columns.js';

/**
 * Named leases (the long connection, the outbox claim loop): one holder until expires_at. The
 * fence grows on every change of holder, so a late writer with an old fence can be refused.
 */
export const leases = mysqlTable('basesync_leases', {
  name: varchar('name', { length: 128 }).primaryKey(),
  holder: varchar('holder', { length: 128 }).notNull(),
  fence: bigint('fence', { mode: 'number', unsigned: true }).notNull().default(1),
  acquiredAt: utcNow('acquired_at'),
  expiresAt: utcNow('expires_at'),
});
