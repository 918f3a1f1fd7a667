import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../apps/server/src/cli/main.ts', import.meta.url));

async function basesync(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          BASESYNC_CONFIG_FILE: '/nonexistent/basesync.config.json',
          ...env,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cli migrate');
});
afterAll(async () => {
  await db.drop();
});

describe('basesync migrate', () => {
  test('applies the migrations and says so, then reports the database up to date', async () => {
    const first = await basesync(['migrate'], { BASESYNC_MYSQL_URL: db.url });
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('applied 0000_state') as unknown,
    });
    const second = await basesync(['migrate'], { BASESYNC_MYSQL_URL: db.url });
    expect(second.stdout).toContain(`database ${db.name} is up to date`);
  });

  test('a wrong password fails with the code and the fix, and the password is not printed', async () => {
    const url = new URL(db.url);
    url.password = 'wrong-pass-123';
    const run = await basesync(['migrate'], { BASESYNC_MYSQL_URL: url.toString() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('MYSQL_CONNECTION_FAILED: cannot connect to MySQL: Access denied');
    expect(run.stderr).toContain('fix: Check host, port, user, password');
    expect(run.stdout + run.stderr).not.toContain('wrong-pass-123');
  });

  test('a missing URL names the option to set', async () => {
    const run = await basesync(['migrate'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BASESYNC_MYSQL_URL (unset): required');
  });
});
