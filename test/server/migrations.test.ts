import { afterEach, describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import { readFile } from 'node:fs/promises';
import {
  isBasesyncError,
  migrateState,
  migrationLockName,
  MIGRATIONS_FOLDER,
  STATE_TABLE_NAMES,
} from './server-under-test.js';

async function tableNames(db: TestDatabase): Promise<string[]> {
  const [rows] = await db.pool.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1',
  );
  return rows.map((r) => String(r['name']));
}

describe('state migrations', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
  });

  test('a fresh database gets every state table, and migrating again changes nothing', async () => {
    db = await createTestDatabase('migrations apply');
    const journal = JSON.parse(await readFile(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
      entries: { tag: string }[];
    };
    const first = await migrateState(db.pool);
    expect(first.applied).toEqual(journal.entries.map((e) => e.tag));
    expect(await tableNames(db)).toEqual([...STATE_TABLE_NAMES, 'basesync_migrations'].sort());

    const second = await migrateState(db.pool);
    expect(second.applied).toEqual([]);
    const [rows] = await db.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM basesync_migrations');
    expect(Number(rows[0]?.['n'])).toBe(journal.entries.length);
  });

  test('two instances starting together on one fresh database apply each migration once', async () => {
    db = await createTestDatabase('concurrent migrators');
    const fresh = db;
    const [a, b] = await Promise.all([migrateState(fresh.pool), migrateState(fresh.pool)]);
    const applied = [...a.applied, ...b.applied];
    expect(applied.length).toBeGreaterThan(0);
    expect(new Set(applied).size).toBe(applied.length);
    expect([a.applied.length, b.applied.length]).toContain(0);
    const [rows] = await fresh.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM basesync_migrations');
    expect(Number(rows[0]?.['n'])).toBe(applied.length);
  });

  test('an instance that cannot get the migration lock in time gives up with a clear code, having changed nothing', async () => {
    db = await createTestDatabase('migration lock timeout');
    const holder = await db.pool.getConnection();
    try {
      await holder.query('SELECT GET_LOCK(?, 0)', [migrationLockName(db.name)]);
      const err: unknown = await migrateState(db.pool, { lockTimeoutS: 0.2 }).catch((e: unknown) => e);
      expect(isBasesyncError(err, 'MYSQL_MIGRATION_LOCK_TIMEOUT')).toBe(true);
      expect(await tableNames(db)).toEqual([]);
    } finally {
      holder.release();
    }
  });

  test('the outbox claim and the due probe are served by one index, and links are keyed both ways', async () => {
    db = await createTestDatabase('migration indexes');
    await migrateState(db.pool);
    const [rows] = await db.pool.query<RowDataPacket[]>(
      `SELECT TABLE_NAME AS t, INDEX_NAME AS i, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols,
              MIN(NON_UNIQUE) AS nonUnique
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
        GROUP BY TABLE_NAME, INDEX_NAME`,
    );
    const index = (t: string, cols: string) => rows.find((r) => r['t'] === t && r['cols'] === cols);
    expect(index('basesync_outbox', 'state,next_attempt_at')).toBeDefined();
    expect(index('basesync_links', 'mapping_id,row_key')?.['nonUnique']).toBe(0);
    expect(index('basesync_links', 'mapping_id,record_id')?.['nonUnique']).toBe(0);
    expect(index('basesync_inbox', 'event_id')?.['nonUnique']).toBe(0);
  });
});
