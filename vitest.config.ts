import { defineConfig } from 'vitest/config';

// One Vitest run over every package: each folder below has its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'test'],
    reporters: process.env['CI'] ? ['default'] : ['default'],
  },
});
