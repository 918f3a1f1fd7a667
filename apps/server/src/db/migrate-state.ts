import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BasesyncError } from '@basesync/core';
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import type { RowDataPacket } from 'mysql2';
import type { PoolConnection } from 'mysql2/promise';
import type { ConnectionSource } from './queryable.js';

/** The committed drizzle-kit output. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../../sql/migrations', import.meta.url));
export const MIGRATIONS_TABLE = 'basesync_migrations';
const DEFAULT_LOCK_TIMEOUT_S = 60;

export type MigrationReport = {
  readonly database: string;
  /** Tags of the migrations this call applied, oldest first; empty when already up to date. */
  readonly applied: readonly string[];
  readonly lockWaitMs: number;
};

type JournalEntry = { tag: string; when: number };

async function readJournal(folder: string): Promise<JournalEntry[]> {
  const text = await readFile(`${folder}/meta/_journal.json`, 'utf8');
  return (JSON.parse(text) as { entries: JournalEntry[] }).entries;
}

function connectionFailed(err: unknown): BasesyncError {
  const detail = err instanceof Error ? err.message : String(err);
  return new BasesyncError(
    'MYSQL_CONNECTION_FAILED',
    `cannot connect to MySQL: ${detail}`,
    {},
    { cause: err },
  );
}

/** One named lock per database, so two instances on one database migrate one after the other. */
export function migrationLockName(database: string): string {
  return `basesync_migrate_${createHash('sha256').update(database).digest('hex').slice(0, 32)}`;
}

async function lastAppliedAt(conn: PoolConnection): Promise<number> {
  const [tables] = await conn.query<RowDataPacket[]>(
    'SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
    [MIGRATIONS_TABLE],
  );
  if (tables.length === 0) return 0;
  const [rows] = await conn.query<RowDataPacket[]>(
    `SELECT COALESCE(MAX(created_at), 0) AS last FROM \`${MIGRATIONS_TABLE}\``,
  );
  return Number(rows[0]?.['last'] ?? 0);
}

async function acquireLock(conn: PoolConnection, name: string, timeoutS: number): Promise<void> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [name, timeoutS]);
  if (rows[0]?.['got'] === 1) return;
  throw new BasesyncError(
    'MYSQL_MIGRATION_LOCK_TIMEOUT',
    `another basesync process held the migration lock for more than ${timeoutS} s`,
    { field: 'lock', value: name },
  );
}

/**
 * Applies the committed migrations to basesync's state database under a MySQL named lock
 * (GET_LOCK), so several instances starting together apply each migration exactly once.
 * @throws BasesyncError MYSQL_CONNECTION_FAILED, MYSQL_MIGRATION_LOCK_TIMEOUT, MYSQL_MIGRATION_FAILED
 */
export async function migrateState(
  pool: ConnectionSource,
  options: { lockTimeoutS?: number; folder?: string } = {},
): Promise<MigrationReport> {
  const folder = options.folder ?? MIGRATIONS_FOLDER;
  const conn = await pool.getConnection().catch((err: unknown) => {
    throw connectionFailed(err);
  });
  try {
    const [dbRows] = await conn.query<RowDataPacket[]>('SELECT DATABASE() AS db');
    const database = String(dbRows[0]?.['db'] ?? '');
    const started = performance.now();
    await acquireLock(conn, migrationLockName(database), options.lockTimeoutS ?? DEFAULT_LOCK_TIMEOUT_S);
    const lockWaitMs = performance.now() - started;
    try {
      const before = await lastAppliedAt(conn);
      const journal = await readJournal(folder);
      await migrate(drizzle({ client: conn }), {
        migrationsFolder: folder,
        migrationsTable: MIGRATIONS_TABLE,
      });
      const applied = journal.filter((e) => e.when > before).map((e) => e.tag);
      return { database, applied, lockWaitMs };
    } catch (err) {
      throw new BasesyncError('MYSQL_MIGRATION_FAILED', `migrating ${database} failed`, {}, { cause: err });
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [migrationLockName(database)]);
    }
  } finally {
    conn.release();
  }
}
