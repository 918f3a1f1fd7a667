import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @basesync/server db:generate` writes the next migration (paths are from apps/server).
export default defineConfig({
  dialect: 'mysql',
  schema: './src/db/schema/index.ts',
  out: '../../sql/migrations',
  migrations: { table: 'basesync_migrations' },
});
