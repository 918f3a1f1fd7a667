import { randomBytes } from 'node:crypto';
import { createPool, type Pool, type PoolOptions } from 'mysql2/promise';

/** Where the test MariaDB lives; override with BASESYNC_TEST_MYSQL_URL. */
export const TEST_MYSQL_URL = process.env['BASESYNC_TEST_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';

export type TestDatabase = {
  /** The database's own name, `bs_<slug>_<random>`. */
  readonly name: string;
  /** A mysql:// URL that selects this database. */
  readonly url: string;
  /** A pool on this database (closed by `drop`). */
  readonly pool: Pool;
  /** Drops the database and closes the pool. Safe to call twice. */
  drop(): Promise<void>;
};

const live = new Map<string, string>();

function slugOf(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug.slice(0, 24) || 'test';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function poolOptions(url: string): PoolOptions {
  return { uri: url, connectionLimit: 8, multipleStatements: false, dateStrings: true, timezone: 'Z' };
}

/**
 * Creates a fresh database with a unique name for one test file (or test), so suites can run in
 * parallel against one MariaDB. Call `drop()` after; `dropLeftoverDatabases` names any forgotten one.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `bs_${slugOf(label)}_${randomBytes(4).toString('hex')}`;
  const admin = createPool({ ...poolOptions(TEST_MYSQL_URL), connectionLimit: 1 });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  live.set(name, label);
  const url = withDatabase(TEST_MYSQL_URL, name);
  const pool = createPool(poolOptions(url));
  let dropped = false;
  return {
    name,
    url,
    pool,
    async drop() {
      if (dropped) return;
      dropped = true;
      await pool.end();
      const conn = createPool({ ...poolOptions(TEST_MYSQL_URL), connectionLimit: 1 });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
      live.delete(name);
    },
  };
}

/** Drops databases a test created and did not drop, and reports which tests left them. */
export async function dropLeftoverDatabases(): Promise<string[]> {
  const leftovers = [...live.entries()];
  const admin = createPool({ ...poolOptions(TEST_MYSQL_URL), connectionLimit: 1 });
  try {
    for (const [name] of leftovers) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
  live.clear();
  return leftovers.map(([name, label]) => `${name} (left by "${label}")`);
}
