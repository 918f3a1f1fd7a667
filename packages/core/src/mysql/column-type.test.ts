import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '../errors/basesync-error.js';
import { columnFamilyOf, integerRange } from './column-family.js';
import { parseColumnType } from './column-type.js';

describe('parseColumnType', () => {
  test.each([
    ['decimal(10,2) unsigned', { dataType: 'decimal', precision: 10, scale: 2, unsigned: true }],
    ['numeric(5)', { dataType: 'decimal', precision: 5, scale: 0 }],
    ["enum('a','b')", { dataType: 'enum', enumValues: ['a', 'b'] }],
    ["set('x','it''s, ok')", { dataType: 'set', enumValues: ['x', "it's, ok"] }],
    ['datetime(3)', { dataType: 'datetime', fsp: 3 }],
    ['timestamp', { dataType: 'timestamp', fsp: 0 }],
    ['varchar(255)', { dataType: 'varchar', length: 255 }],
    ['text', { dataType: 'text', length: 65_535 }],
    ['tinyint(1)', { dataType: 'tinyint', length: 1 }],
    ['BOOLEAN', { dataType: 'tinyint', length: 1 }],
    ['bigint(20) unsigned zerofill', { dataType: 'bigint', length: 20, unsigned: true }],
    ['bit(1)', { dataType: 'bit', length: 1 }],
  ])('reads %s as MySQL reports it', (input, expected) => {
    expect(parseColumnType(input, { nullable: false })).toMatchObject({ ...expected, nullable: false });
  });

  test('refuses a type string it cannot read, naming it', () => {
    expect(() => parseColumnType('varchar(abc)')).toThrow(/column type "varchar\(abc\)" cannot be parsed/);
    expect(() => parseColumnType('(')).toSatisfy((fn: () => unknown) => {
      try {
        fn();
        return false;
      } catch (err) {
        return isBasesyncError(err, 'CODEC_COLUMN_TYPE_UNSUPPORTED');
      }
    });
  });
});

describe('columnFamilyOf', () => {
  test.each([
    ['blob', /BLOB columns hold bytes/],
    ['varbinary(16)', /binary strings/],
    ['point', /spatial types/],
    ['bit(8)', /only BIT\(1\)/],
  ])('refuses %s with a reason', (type, reason) => {
    const found = columnFamilyOf(parseColumnType(type));
    expect('refused' in found && found.refused).toMatch(reason);
  });

  test('knows the range of every integer size and sign', () => {
    expect(integerRange(parseColumnType('tinyint unsigned'))).toEqual({ min: 0n, max: 255n });
    expect(integerRange(parseColumnType('mediumint'))).toEqual({ min: -8_388_608n, max: 8_388_607n });
    expect(integerRange(parseColumnType('bigint unsigned')).max).toBe(18_446_744_073_709_551_615n);
  });
});
