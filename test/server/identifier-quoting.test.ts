import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import { introspectSchema, quoteIdentifier, resolveTable } from './server-under-test.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('identifier quoting');
});
afterAll(async () => {
  await db.drop();
});

// Names a hostile or careless user might pick: SQL punctuation, quotes, comments, Chinese.
const awkward = fc.constantFrom(
  '`',
  "'",
  '"',
  ';',
  ' ',
  '-',
  '#',
  '/',
  '*',
  '\\',
  '(',
  ')',
  '表',
  'é',
  'x',
  '1',
);
const name = fc
  .array(awkward, { minLength: 1, maxLength: 16 })
  .map((chars) => chars.join(''))
  .filter((n) => !n.endsWith(' '));

describe('quoted identifiers on a real server', () => {
  test('any legal name round-trips: the table created under it is found by exactly that name', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (table) => {
        const quoted = quoteIdentifier(table, 'table');
        await db.pool.query(`CREATE TABLE ${quoted} (${quoteIdentifier(table, 'column')} INT PRIMARY KEY)`);
        try {
          const catalog = await introspectSchema(db.pool);
          expect(catalog.tables.map((t) => t.name)).toEqual([table]);
          expect(resolveTable(catalog, table).columns.map((c) => c.name)).toEqual([table]);
        } finally {
          await db.pool.query(`DROP TABLE ${quoted}`);
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
