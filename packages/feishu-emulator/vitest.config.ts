import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'feishu-emulator', include: ['src/**/*.test.ts'] },
});
