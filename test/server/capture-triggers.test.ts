import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import type { TestDatabase } from '@basesync/test-support';
import { createMigratedDatabase, readOutbox } from './migrated-database.js';
import {
  createMysqlPool,
  installCapture,
  isBasesyncError,
  removeCapture,
  setBasesyncOrigin,
} from './server-under-test.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createMigratedDatabase('capture triggers');
  await db.pool.query(`CREATE TABLE order_lines (
    order_id BIGINT UNSIGNED NOT NULL, line SMALLINT NOT NULL, sku VARCHAR(32) NOT NULL,
    note VARCHAR(200) NULL, PRIMARY KEY (order_id, line))`);
  await installCapture(db.pool, { table: 'order_lines' });
});
afterAll(async () => {
  await db.drop();
});

async function clearOutbox(): Promise<void> {
  await db.pool.query('DELETE FROM basesync_outbox');
}

async function triggerNames(table: string): Promise<string[]> {
  const [rows] = await db.pool.query<RowDataPacket[]>(
    'SELECT TRIGGER_NAME AS n FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = ? ORDER BY 1',
    [table],
  );
  return rows.map((r) => String(r['n']));
}

describe('capture triggers', () => {
  test('inserts, updates and deletes on a composite key land in the outbox with their key', async () => {
    await clearOutbox();
    await db.pool.query(
      "INSERT INTO order_lines VALUES (9007199254740993, 1, 'A-1', NULL), (7, 2, 'B', 'x')",
    );
    await db.pool.query('UPDATE order_lines SET note = NULL WHERE order_id = 7 AND line = 2');
    await db.pool.query("UPDATE order_lines SET note = 'gift' WHERE order_id = 9007199254740993");
    await db.pool.query('DELETE FROM order_lines WHERE order_id = 7');
    expect(await readOutbox(db)).toEqual([
      { table: 'order_lines', op: 'insert', key: { order_id: '9007199254740993', line: 1 } },
      { table: 'order_lines', op: 'insert', key: { order_id: '7', line: 2 } },
      { table: 'order_lines', op: 'update', key: { order_id: '7', line: 2 } },
      { table: 'order_lines', op: 'update', key: { order_id: '9007199254740993', line: 1 } },
      { table: 'order_lines', op: 'delete', key: { order_id: '7', line: 2 } },
    ]);
  });

  test('a change rolled back leaves nothing in the outbox', async () => {
    await clearOutbox();
    const conn = await db.pool.getConnection();
    try {
      await conn.beginTransaction();
      await conn.query("INSERT INTO order_lines VALUES (50, 1, 'R', NULL)");
      await conn.rollback();
    } finally {
      conn.release();
    }
    expect(await readOutbox(db)).toEqual([]);
  });

  test('changing a primary key is captured as a delete of the old key and an insert of the new', async () => {
    await db.pool.query("INSERT INTO order_lines VALUES (11, 1, 'K', NULL)");
    await clearOutbox();
    await db.pool.query('UPDATE order_lines SET line = 3 WHERE order_id = 11 AND line = 1');
    expect(await readOutbox(db)).toEqual([
      { table: 'order_lines', op: 'delete', key: { order_id: '11', line: 1 } },
      { table: 'order_lines', op: 'insert', key: { order_id: '11', line: 3 } },
    ]);
  });

  test("writes on basesync's own connection are not captured, and others' still are", async () => {
    await clearOutbox();
    const own = await db.pool.getConnection();
    try {
      await setBasesyncOrigin(own, true);
      await own.query("INSERT INTO order_lines VALUES (20, 1, 'FROM-BITABLE', NULL)");
      await own.query("UPDATE order_lines SET note = 'edited in Bitable' WHERE order_id = 20");
      await db.pool.query("INSERT INTO order_lines VALUES (21, 1, 'FROM-APP', NULL)");
      await setBasesyncOrigin(own, false);
      await own.query('DELETE FROM order_lines WHERE order_id = 20');
    } finally {
      own.release();
    }
    expect(await readOutbox(db)).toEqual([
      { table: 'order_lines', op: 'insert', key: { order_id: '21', line: 1 } },
      { table: 'order_lines', op: 'delete', key: { order_id: '20', line: 1 } },
    ]);
  });

  test("a pool made for basesync's writes marks every connection, so none of its writes is captured", async () => {
    const own = createMysqlPool(db.url, { connectionLimit: 3, basesyncOrigin: true });
    try {
      await clearOutbox();
      await Promise.all(
        [40, 41, 42, 43].map((id) =>
          own.query("INSERT INTO order_lines VALUES (?, 1, 'FROM-BITABLE', NULL)", [id]),
        ),
      );
      await own.query('DELETE FROM order_lines WHERE order_id BETWEEN 40 AND 43');
    } finally {
      await own.end();
    }
    expect(await readOutbox(db)).toEqual([]);
  });

  test('installing again changes nothing; unmapping removes every capture trigger', async () => {
    const again = await installCapture(db.pool, { table: 'order_lines' });
    expect(again.triggers.map((t) => t.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await triggerNames('order_lines')).toHaveLength(3);

    const removed = await removeCapture(db.pool, { table: 'order_lines' });
    expect(removed.triggers.map((t) => t.action)).toEqual(['dropped', 'dropped', 'dropped']);
    expect(await triggerNames('order_lines')).toEqual([]);
    await clearOutbox();
    await db.pool.query("INSERT INTO order_lines VALUES (30, 1, 'UNMAPPED', NULL)");
    expect(await readOutbox(db)).toEqual([]);
    await installCapture(db.pool, { table: 'order_lines' });
  });

  test('a changed primary key regenerates the triggers, which then capture the new key', async () => {
    await db.pool.query('CREATE TABLE tags (id INT NOT NULL, label VARCHAR(20) NOT NULL, PRIMARY KEY (id))');
    await installCapture(db.pool, { table: 'tags' });
    await db.pool.query('ALTER TABLE tags DROP PRIMARY KEY, ADD PRIMARY KEY (id, label)');
    const report = await installCapture(db.pool, { table: 'tags' });
    expect(report.triggers.map((t) => t.action)).toEqual(['replaced', 'replaced', 'replaced']);
    await clearOutbox();
    await db.pool.query("INSERT INTO tags VALUES (1, 'red')");
    expect(await readOutbox(db)).toEqual([{ table: 'tags', op: 'insert', key: { id: 1, label: 'red' } }]);
  });

  test('a renamed table gets fresh triggers and the stale ones are dropped', async () => {
    await db.pool.query('CREATE TABLE old_name (id INT PRIMARY KEY)');
    await installCapture(db.pool, { table: 'old_name' });
    await db.pool.query('RENAME TABLE old_name TO new_name');
    const report = await installCapture(db.pool, { table: 'new_name' });
    expect(report.triggers.filter((t) => t.action === 'dropped')).toHaveLength(3);
    expect(await triggerNames('new_name')).toHaveLength(3);
    await clearOutbox();
    await db.pool.query('INSERT INTO new_name VALUES (5)');
    expect(await readOutbox(db)).toEqual([{ table: 'new_name', op: 'insert', key: { id: 5 } }]);
  });

  test('unmapping a table that was dropped succeeds with nothing to remove', async () => {
    await db.pool.query('CREATE TABLE short_lived (id INT PRIMARY KEY)');
    await installCapture(db.pool, { table: 'short_lived' });
    await db.pool.query('DROP TABLE short_lived');
    const report = await removeCapture(db.pool, { table: 'short_lived' });
    expect(report.triggers).toEqual([]);
  });

  test('a table without a primary key is refused with the ALTER TABLE to fix it', async () => {
    await db.pool.query('CREATE TABLE audit_events (at DATETIME, what TEXT)');
    const err: unknown = await installCapture(db.pool, { table: 'audit_events' }).catch((e: unknown) => e);
    expect(isBasesyncError(err, 'MAPPING_TABLE_WITHOUT_PRIMARY_KEY')).toBe(true);
    expect(err).toMatchObject({ field: 'table', value: 'audit_events' });
    expect((err as Error).message).toContain('audit_events has no primary key');
    expect((err as { fix: string }).fix).toContain('ALTER TABLE `audit_events` ADD PRIMARY KEY');
    expect(await triggerNames('audit_events')).toEqual([]);
  });

  test("basesync's own tables cannot be captured", async () => {
    const err: unknown = await installCapture(db.pool, { table: 'basesync_links' }).catch((e: unknown) => e);
    expect(isBasesyncError(err, 'MAPPING_TABLE_RESERVED')).toBe(true);
    expect(await triggerNames('basesync_links')).toEqual([]);
  });

  test('names with backticks, quotes and Chinese are quoted, and their keys captured', async () => {
    await db.pool.query(
      "CREATE TABLE `we``ird'表` (`k``1` VARCHAR(10) NOT NULL, `键\\` INT NOT NULL, PRIMARY KEY (`k``1`, `键\\`))",
    );
    await installCapture(db.pool, { table: "we`ird'表" });
    await clearOutbox();
    await db.pool.query("INSERT INTO `we``ird'表` VALUES ('a''b', 3)");
    expect(await readOutbox(db)).toEqual([
      { table: "we`ird'表", op: 'insert', key: { 'k`1': "a'b", '键\\': 3 } },
    ]);
  });
});
