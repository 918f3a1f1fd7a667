import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lossyPairs } from './compatibility.js';
import { FIELD_TYPES_DOC_PATH, formattedFieldTypesDoc } from './format-field-types-doc.js';

test('docs/field-types.md matches the matrix in code (run `pnpm --filter @basesync/core run docs` to refresh)', async () => {
  expect(readFileSync(FIELD_TYPES_DOC_PATH, 'utf8')).toBe(await formattedFieldTypesDoc());
});

test('the matrix names its lossy pairs, and FLOAT is one of them', () => {
  expect(lossyPairs().map((e) => `${e.kind}×${e.family}`)).toContain('number×float');
  for (const e of lossyPairs()) expect(e.directions).not.toContain('two-way');
});
