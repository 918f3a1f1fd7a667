import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import type { TestDatabase } from '@basesync/test-support';
import { DUE_OUTBOX_PROBE_SQL, hasDueOutboxRows, installCapture } from './server-under-test.js';
import { createMigratedDatabase } from './migrated-database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createMigratedDatabase('outbox probe');
  await db.pool.query('CREATE TABLE items (id INT PRIMARY KEY, label VARCHAR(20))');
  await installCapture(db.pool, { table: 'items' });
});
afterAll(async () => {
  await db.drop();
});

describe('the "anything due in the outbox?" probe', () => {
  test('is false on an empty outbox and true right after a captured change', async () => {
    expect(await hasDueOutboxRows(db.pool)).toBe(false);
    await db.pool.query("INSERT INTO items VALUES (1, 'one')");
    expect(await hasDueOutboxRows(db.pool)).toBe(true);
  });

  test('ignores dead letters and rows whose retry is not yet due', async () => {
    await db.pool.query("UPDATE basesync_outbox SET state = 'dead'");
    await db.pool.query("INSERT INTO items VALUES (2, 'two')");
    await db.pool.query(
      "UPDATE basesync_outbox SET next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL 1 MINUTE WHERE state = 'pending'",
    );
    expect(await hasDueOutboxRows(db.pool)).toBe(false);
  });

  test('a change made in a Shanghai-time session is due at once (the outbox keeps UTC)', async () => {
    const conn = await db.pool.getConnection();
    try {
      await conn.query("SET time_zone = '+08:00'");
      await conn.query("INSERT INTO items VALUES (3, 'three')");
    } finally {
      conn.release();
    }
    expect(await hasDueOutboxRows(db.pool)).toBe(true);
  });

  test('reads the (state, next_attempt_at) index only, never the rows', async () => {
    const [plan] = await db.pool.query<RowDataPacket[]>(`EXPLAIN ${DUE_OUTBOX_PROBE_SQL}`);
    expect(plan[0]).toMatchObject({ key: 'basesync_outbox_due' });
    expect(String(plan[0]?.['Extra'])).toContain('Using index');
  });
});
