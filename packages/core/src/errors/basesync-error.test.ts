import { describe, expect, test } from 'vitest';
import { BasesyncError, isBasesyncError } from './basesync-error.js';
import { ERROR_CATALOGUE } from './catalogue.js';

describe('BasesyncError', () => {
  test('falls back to the catalogue fix and serialises without the value', () => {
    const err = new BasesyncError('CONFIG_INVALID', 'invalid configuration', { field: 'PORT', value: 'x' });
    expect(err.fix).toBe(ERROR_CATALOGUE.CONFIG_INVALID.fix);
    expect(err.toJSON()).toEqual({
      code: 'CONFIG_INVALID',
      message: 'invalid configuration',
      field: 'PORT',
      fix: ERROR_CATALOGUE.CONFIG_INVALID.fix,
    });
    expect(isBasesyncError(err, 'CONFIG_INVALID')).toBe(true);
    expect(isBasesyncError(new Error('x'))).toBe(false);
  });

  test('every catalogue entry names a cause and a fix', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.cause.length, code).toBeGreaterThan(10);
      expect(entry.fix.length, code).toBeGreaterThan(10);
    }
  });
});
