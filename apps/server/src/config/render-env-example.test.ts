import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { OPTIONS } from './options.js';
import { renderEnvExample } from './render-env-example.js';

const ENV_EXAMPLE = new URL('../../../../.env.example', import.meta.url);

describe('.env.example', () => {
  test('is what the option declarations render (regenerate with `pnpm --filter @basesync/server env:example`)', async () => {
    expect(await readFile(ENV_EXAMPLE, 'utf8')).toBe(renderEnvExample());
  });

  test('lists every option with its help, and no secret value', () => {
    const text = renderEnvExample();
    for (const [key, spec] of Object.entries(OPTIONS)) {
      expect(text).toContain(`# ${spec.help}`);
      expect(text).toMatch(new RegExp(`^${key}=`, 'm'));
      if (spec.masking === 'all') expect(text).toMatch(new RegExp(`^${key}=$`, 'm'));
    }
  });
});
