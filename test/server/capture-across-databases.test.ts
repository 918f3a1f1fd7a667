import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import { installCapture, introspectSchema, isBasesyncError } from './server-under-test.js';
import { createMigratedDatabase, readOutbox } from './migrated-database.js';

// BASESYNC_DATA_MYSQL_URL may name another database than the state's, on the same server.
let state: TestDatabase;
let data: TestDatabase;

beforeAll(async () => {
  state = await createMigratedDatabase('capture state side');
  data = await createTestDatabase('capture data side');
  await data.pool.query('CREATE TABLE products (sku VARCHAR(20) PRIMARY KEY, price DECIMAL(10,2))');
});
afterAll(async () => {
  await data.drop();
  await state.drop();
});

describe('capture when the mapped tables live in another database', () => {
  test("a change in the user's database lands in the state database's outbox", async () => {
    const report = await installCapture(data.pool, { table: 'products', outboxSchema: state.name });
    expect(report).toMatchObject({ schema: data.name, table: 'products' });
    await data.pool.query("INSERT INTO products VALUES ('P-1', 9.90)");
    await data.pool.query("UPDATE products SET price = 10.50 WHERE sku = 'P-1'");
    expect(await readOutbox(state)).toEqual([
      { table: 'products', op: 'insert', key: { sku: 'P-1' } },
      { table: 'products', op: 'update', key: { sku: 'P-1' } },
    ]);
  });

  test('an unmigrated state database is refused before any trigger exists, so user writes keep working', async () => {
    await data.pool.query('CREATE TABLE suppliers (id INT PRIMARY KEY)');
    const err: unknown = await installCapture(data.pool, {
      table: 'suppliers',
      outboxSchema: data.name,
    }).catch((e: unknown) => e);
    expect(isBasesyncError(err, 'MYSQL_TABLE_NOT_FOUND')).toBe(true);
    expect(err).toMatchObject({ fix: 'run `basesync migrate` on the state database first' });
    const catalog = await introspectSchema(data.pool);
    expect(catalog.tables.find((t) => t.name === 'suppliers')?.triggers).toEqual([]);
    await data.pool.query('INSERT INTO suppliers VALUES (1)');
  });
});
