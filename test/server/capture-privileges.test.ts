import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import type { TestDatabase } from '@basesync/test-support';
import { installCapture, isBasesyncError } from './server-under-test.js';
import { createMigratedDatabase } from './migrated-database.js';

// A MySQL user with row privileges only, as a cautious DBA would first create for basesync.
const USER = `bs_limited_${randomBytes(4).toString('hex')}`;
const PASSWORD = randomBytes(12).toString('hex');
let db: TestDatabase;
let limited: Pool;

beforeAll(async () => {
  db = await createMigratedDatabase('capture privileges');
  await db.pool.query('CREATE TABLE orders (id INT PRIMARY KEY, total INT)');
  await db.pool.query('CREATE USER ?@? IDENTIFIED BY ?', [USER, '%', PASSWORD]);
  await db.pool.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON \`${db.name}\`.* TO ?@?`, [USER, '%']);
  const url = new URL(db.url);
  url.username = USER;
  url.password = PASSWORD;
  limited = createPool({ uri: url.toString(), connectionLimit: 1 });
});
afterAll(async () => {
  await limited.end();
  await db.pool.query('DROP USER IF EXISTS ?@?', [USER, '%']);
  await db.drop();
});

async function triggerCount(): Promise<number> {
  const [rows] = await db.pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS n FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()',
  );
  return Number(rows[0]?.['n']);
}

describe('capture privileges on a real server', () => {
  test('a user without TRIGGER is told the exact GRANT, and no trigger is created', async () => {
    const err: unknown = await installCapture(limited, { table: 'orders' }).catch((e: unknown) => e);
    expect(isBasesyncError(err, 'MYSQL_PRIVILEGE_MISSING')).toBe(true);
    if (!isBasesyncError(err)) return;
    expect(err.message).toContain(`MySQL user ${USER}@% cannot install capture on ${db.name}.orders`);
    expect(err.message).toContain('missing TRIGGER on');
    expect(err.fix).toContain(`GRANT TRIGGER ON \`${db.name}\`.\`orders\` TO '${USER}'@'%';`);
    expect(err.fix).not.toContain('GRANT INSERT');
    expect(await triggerCount()).toBe(0);
  });

  test('after the GRANT the same user installs capture', async () => {
    await db.pool.query(`GRANT TRIGGER ON \`${db.name}\`.\`orders\` TO ?@?`, [USER, '%']);
    const report = await installCapture(limited, { table: 'orders' });
    expect(report.triggers.map((t) => t.action)).toEqual(['created', 'created', 'created']);
    expect(await triggerCount()).toBe(3);
  });
});
