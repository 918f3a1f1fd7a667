import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'feishu', include: ['src/**/*.test.ts'] },
});
