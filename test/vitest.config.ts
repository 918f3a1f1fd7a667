import { defineProject } from 'vitest/config';

// Integration and end-to-end suites: real MariaDB, the emulator over HTTP.
export default defineProject({
  test: {
    name: 'integration',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
