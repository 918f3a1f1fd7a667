import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import type { RowDataPacket } from 'mysql2';
import { migrateState } from './server-under-test.js';

/** A fresh test database with basesync's state tables applied. */
export async function createMigratedDatabase(label: string): Promise<TestDatabase> {
  const db = await createTestDatabase(label);
  await migrateState(db.pool);
  return db;
}

/** The outbox as a user would read it: op and row key, oldest first. */
export async function readOutbox(
  db: TestDatabase,
): Promise<{ table: string; op: string; key: Record<string, unknown> }[]> {
  const [rows] = await db.pool.query<RowDataPacket[]>(
    'SELECT source_table, op, row_key FROM basesync_outbox ORDER BY id',
  );
  return rows.map((r) => ({
    table: String(r['source_table']),
    op: String(r['op']),
    key: (typeof r['row_key'] === 'string' ? JSON.parse(r['row_key']) : r['row_key']) as Record<
      string,
      unknown
    >,
  }));
}
