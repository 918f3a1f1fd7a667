// `basesync <command>`: for now `migrate` and `config`; serve, backfill and doctor come next.
import { isBasesyncError } from '@basesync/core';
import { describeConfig } from '../config/describe-config.js';
import { parseOptions, type ConfigSources } from '../config/load-config.js';
import { CONFIG_FILE_NAME, readConfigFile } from '../config/read-config-file.js';
import { maskUrlPasswords } from '../config/mask-value.js';
import { createMysqlPool } from '../db/create-pool.js';
import { migrateState } from '../db/migrate-state.js';

const USAGE = `usage: basesync <command>
  migrate   apply basesync's state migrations to BASESYNC_MYSQL_URL (safe to run from several hosts)
  config    print the effective configuration, secrets masked`;

async function readSources(): Promise<ConfigSources> {
  const file = await readConfigFile(process.env['BASESYNC_CONFIG_FILE'] ?? CONFIG_FILE_NAME);
  return file === undefined ? { env: process.env } : { env: process.env, file };
}

async function migrate(sources: ConfigSources): Promise<void> {
  const { BASESYNC_MYSQL_URL: url } = parseOptions(sources, ['BASESYNC_MYSQL_URL']);
  const pool = createMysqlPool(url, { connectionLimit: 2 });
  try {
    console.log(`migrating ${maskUrlPasswords(url)}`);
    const report = await migrateState(pool);
    if (report.applied.length === 0) console.log(`database ${report.database} is up to date`);
    for (const tag of report.applied) console.log(`applied ${tag}`);
  } finally {
    await pool.end();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [command] = argv;
  const sources = await readSources();
  switch (command) {
    case 'migrate':
      await migrate(sources);
      return 0;
    case 'config':
      for (const line of describeConfig(sources)) console.log(line);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!isBasesyncError(err)) throw err;
  console.error(`${err.code}: ${maskUrlPasswords(err.message)}\nfix: ${err.fix}`);
  process.exitCode = 1;
}
