import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { quoteIdentifier, quoteQualified } from './identifiers.js';

function refusal(name: string): string {
  try {
    quoteIdentifier(name, 'table');
  } catch (err) {
    if (isBasesyncError(err, 'MYSQL_IDENTIFIER_INVALID')) return err.message;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(name)} to be refused`);
}

describe('identifier quoting', () => {
  test('backticks wrap the name and a backtick inside is doubled, so it cannot end the quote', () => {
    expect(quoteIdentifier('orders', 'table')).toBe('`orders`');
    expect(quoteIdentifier('a`; DROP TABLE t; --', 'table')).toBe('`a``; DROP TABLE t; --`');
    expect(quoteQualified('shop', '订单')).toBe('`shop`.`订单`');
  });

  test('names MySQL cannot hold are refused with the reason', () => {
    expect(refusal('')).toBe('table name "" is empty');
    expect(refusal('x'.repeat(65))).toContain('is longer than 64 characters');
    expect(refusal('nul\u0000byte')).toContain('contains a NUL');
    expect(refusal('emoji😀')).toContain('outside the Basic Multilingual Plane');
    expect(refusal('trailing ')).toBe('table name "trailing " ends with a space');
  });

  test('64 Chinese characters are a legal name', () => {
    expect(quoteIdentifier('表'.repeat(64), 'column')).toBe(`\`${'表'.repeat(64)}\``);
  });
});
