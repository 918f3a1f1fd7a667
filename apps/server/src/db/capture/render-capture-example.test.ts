import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { renderCaptureExample } from './render-capture-example.js';

describe('sql/capture-triggers.example.sql', () => {
  test('shows the triggers exactly as the installer renders them (regenerate with `sql:example`)', async () => {
    const file = new URL('../../../../../sql/capture-triggers.example.sql', import.meta.url);
    expect(await readFile(file, 'utf8')).toBe(renderCaptureExample());
  });
});
