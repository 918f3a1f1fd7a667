import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deriveClientToken, isClientToken } from './client-token.js';

describe('deriveClientToken', () => {
  test('is a valid UUIDv4 and the same for the same batch, every time', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const token = deriveClientToken(key);
        expect(isClientToken(token)).toBe(true);
        expect(deriveClientToken(key)).toBe(token);
      }),
    );
  });

  test('differs between batches', () => {
    expect(deriveClientToken('outbox:1-500')).not.toBe(deriveClientToken('outbox:501-1000'));
  });
});
