import { afterAll, describe, expect, test } from 'vitest';
import { createPool } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { createTestDatabase, dropLeftoverDatabases, TEST_MYSQL_URL } from './mysql.js';

async function databaseExists(name: string): Promise<boolean> {
  const pool = createPool({ uri: TEST_MYSQL_URL, connectionLimit: 1 });
  try {
    const [rows] = await pool.query<RowDataPacket[]>(
      'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [name],
    );
    return rows.length === 1;
  } finally {
    await pool.end();
  }
}

describe('test databases', () => {
  afterAll(async () => {
    expect(await dropLeftoverDatabases()).toEqual([]);
  });

  test('each test gets its own empty database, and it is gone after drop', async () => {
    const a = await createTestDatabase('own database A');
    const b = await createTestDatabase('own database A');
    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^bs_own_database_a_[0-9a-f]{8}$/);
    await a.pool.query('CREATE TABLE t (id INT PRIMARY KEY)');
    const [tables] = await b.pool.query<RowDataPacket[]>('SHOW TABLES');
    expect(tables).toHaveLength(0);
    await a.drop();
    await b.drop();
    expect(await databaseExists(a.name)).toBe(false);
    expect(await databaseExists(b.name)).toBe(false);
  });

  test('a database a test forgot to drop is dropped and named afterwards', async () => {
    const forgotten = await createTestDatabase('forgetful test');
    const report = await dropLeftoverDatabases();
    expect(report).toEqual([`${forgotten.name} (left by "forgetful test")`]);
    expect(await databaseExists(forgotten.name)).toBe(false);
    await forgotten.pool.end();
  });
});
