import { describe, expect, test } from 'vitest';
import { matchValueOf } from './match-key.js';

describe('matchValueOf', () => {
  test('reads a key the same way in its write shape and its read shape', () => {
    expect(matchValueOf('A-1')).toBe('A-1');
    expect(
      matchValueOf([
        { type: 'text', text: 'A-' },
        { type: 'text', text: '1' },
      ]),
    ).toBe('A-1');
    expect(matchValueOf(17)).toBe('17');
  });

  test('empty or unusable cells have no key', () => {
    for (const cell of ['', [], null, undefined, Number.NaN, { link: 'x' }])
      expect(matchValueOf(cell)).toBeUndefined();
  });
});
