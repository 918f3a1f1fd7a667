import { describe, expect, test } from 'vitest';
import type { BitableField } from '../bitable/field-kind.js';
import { BasesyncError } from '../errors/basesync-error.js';
import type { ErrorCode } from '../errors/catalogue.js';
import { parseColumnType } from '../mysql/column-type.js';
import type { Cell } from '../values/cell.js';
import type { CodecOptions } from './codec-context.js';
import { createFieldCodec } from './field-codec.js';

const TEXT: BitableField = { name: 'Title', type: 1 };
const NUMBER: BitableField = { name: 'Amount', type: 2 };
const SELECT: BitableField = { name: 'Status', type: 3 };
const DATE: BitableField = { name: 'Due', type: 5 };
const CHECK: BitableField = { name: 'Done', type: 7 };
const LINK: BitableField = { name: 'Customer', type: 18, property: { multiple: false } };

function caught(fn: () => unknown): BasesyncError {
  try {
    fn();
  } catch (err) {
    if (err instanceof BasesyncError) return err;
    throw err;
  }
  throw new Error('expected a BasesyncError');
}

const codecFor = (field: BitableField, type: string, options: CodecOptions = {}) =>
  createFieldCodec({
    field,
    columnName: 'col',
    column: parseColumnType(type, { nullable: false }),
    direction: 'bitable-to-mysql',
    options,
  });

type Case = [label: string, run: () => unknown, code: ErrorCode, message: RegExp];

const cases: Case[] = [
  [
    'text into INT',
    () => codecFor(TEXT, 'int').toMysql({ kind: 'text', text: 'abc' }),
    'CODEC_NOT_A_NUMBER',
    /field "Title": column int takes a number \(value "abc"\)/,
  ],
  [
    'text too long for VARCHAR(n)',
    () => codecFor(TEXT, 'varchar(5)').toMysql({ kind: 'text', text: '你好，世界！' }),
    'CODEC_TEXT_TOO_LONG',
    /field "Title": text has 6 characters, column varchar\(5\) holds 5 \(value "你好，世界！"\)/,
  ],
  [
    'unknown enum option',
    () => codecFor(SELECT, "enum('open','done')").toMysql({ kind: 'options', names: ['late'] }),
    'CODEC_OPTION_UNKNOWN',
    /field "Status": "late" is not one of "open", "done"/,
  ],
  [
    'number above an unsigned TINYINT',
    () => codecFor(NUMBER, 'tinyint unsigned').toMysql({ kind: 'number', value: '256' }),
    'CODEC_NUMBER_OUT_OF_RANGE',
    /field "Amount": tinyint unsigned holds 0 to 255 \(value "256"\)/,
  ],
  [
    'negative into UNSIGNED DECIMAL',
    () => codecFor(NUMBER, 'decimal(5,2) unsigned').toMysql({ kind: 'number', value: '-1' }),
    'CODEC_NUMBER_OUT_OF_RANGE',
    /no negative numbers/,
  ],
  [
    'too many digits for DECIMAL(5,2)',
    () => codecFor(NUMBER, 'decimal(5,2)').toMysql({ kind: 'number', value: '1234.5' }),
    'CODEC_NUMBER_OUT_OF_RANGE',
    /at most 3 digits before the point \(value "1234.5"\)/,
  ],
  [
    'more places than the scale',
    () => codecFor(NUMBER, 'decimal(5,2)').toMysql({ kind: 'number', value: '1.234' }),
    'CODEC_NUMBER_TOO_PRECISE',
    /keeps 2 decimal places/,
  ],
  [
    'a fraction into INT',
    () => codecFor(NUMBER, 'int').toMysql({ kind: 'number', value: '1.5' }),
    'CODEC_NUMBER_TOO_PRECISE',
    /holds whole numbers only/,
  ],
  [
    'an invalid date from MySQL',
    () => codecFor(DATE, 'date').fromMysql('2026-02-30'),
    'CODEC_DATE_INVALID',
    /field "Due": not a date value \(value "2026-02-30"\)/,
  ],
  [
    'a zero date from MySQL',
    () => codecFor(DATE, 'datetime').fromMysql('0000-00-00 00:00:00'),
    'CODEC_DATE_INVALID',
    /not a datetime value/,
  ],
  [
    'a time of day into DATE',
    () => codecFor(DATE, 'date').toMysql({ kind: 'instant', ms: Date.parse('2026-05-01T04:00:00Z') }),
    'CODEC_DATE_TOO_PRECISE',
    /a DATE keeps no time of day, and this moment is 2026-05-01 12:00:00.000 in Asia\/Shanghai/,
  ],
  [
    'milliseconds into DATETIME(0)',
    () => codecFor(DATE, 'datetime').toMysql({ kind: 'instant', ms: 1_700_000_000_123 }),
    'CODEC_DATE_TOO_PRECISE',
    /datetime keeps 0 fractional second digits/,
  ],
  [
    'a date past 2038 into TIMESTAMP',
    () => codecFor(DATE, 'timestamp').toMysql({ kind: 'instant', ms: Date.parse('2040-01-01T00:00:00Z') }),
    'CODEC_DATE_OUT_OF_RANGE',
    /TIMESTAMP holds 1970-01-01 00:00:01 to 2038-01-19/,
  ],
  [
    'a spring-forward local time',
    () => codecFor(DATE, 'datetime', { timeZone: 'America/New_York' }).fromMysql('2026-03-08 02:30:00'),
    'CODEC_DATE_INVALID',
    /does not exist in America\/New_York/,
  ],
  [
    'the second 01:30 of a fall-back night',
    () =>
      codecFor(DATE, 'datetime', { timeZone: 'America/New_York' }).toMysql({
        kind: 'instant',
        ms: Date.parse('2026-11-01T06:30:00Z'),
      }),
    'CODEC_DATE_AMBIGUOUS',
    /2026-11-01 01:30:00.000 occurs twice in America\/New_York/,
  ],
  [
    'a checkbox column holding 2',
    () => codecFor(CHECK, 'tinyint(1)').fromMysql(2),
    'CODEC_VALUE_INVALID',
    /field "Done": a checkbox column holds 0 or 1 \(value 2\)/,
  ],
  [
    'an empty cell into a NOT NULL INT',
    () => codecFor(NUMBER, 'int').toMysql(null),
    'CODEC_VALUE_INVALID',
    /column type int is NOT NULL and the cell is empty/,
  ],
  [
    'a link with no row yet',
    () =>
      codecFor(LINK, 'int', { links: { keyOf: () => undefined, recordIdOf: () => undefined } }).toMysql({
        kind: 'links',
        recordIds: ['recAAAAAAA'],
      }),
    'CODEC_LINK_UNRESOLVED',
    /the linked record has no MySQL row yet \(value "recAAAAAAA"\)/,
  ],
  [
    'two links into one foreign key',
    () =>
      codecFor(LINK, 'int', { links: { keyOf: (id) => id.length, recordIdOf: () => undefined } }).toMysql({
        kind: 'links',
        recordIds: ['recA', 'recB'],
      }),
    'CODEC_TOO_MANY_VALUES',
    /holds one linked record, not 2/,
  ],
  [
    'a number cell into a text field',
    () => codecFor(TEXT, 'varchar(9)').toBitable({ kind: 'number', value: '1' }),
    'CODEC_VALUE_INVALID',
    /a text field takes a text value, not number/,
  ],
  [
    'a 20-digit number toward Bitable',
    () => codecFor(NUMBER, 'decimal(30,0)').toBitable({ kind: 'number', value: '12345678901234567890' }),
    'CODEC_NUMBER_TOO_PRECISE',
    /Bitable numbers keep about 15 significant digits/,
  ],
  [
    'a phone number with letters',
    () => codecFor({ name: 'Phone', type: 13 }, 'varchar(20)').toBitable({ kind: 'text', text: 'call me' }),
    'CODEC_VALUE_INVALID',
    /a phone number holds only digits/,
  ],
  [
    'a malformed Bitable number',
    () => codecFor(NUMBER, 'int').fromBitable({ a: 1 }),
    'CODEC_VALUE_INVALID',
    /field "Amount": Bitable value is not a number/,
  ],
];

describe('codec errors name the field, the value, the reason and a fix', () => {
  test.each(cases)('%s', (_label, run, code, message) => {
    const err = caught(run);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.field).toBeDefined();
    expect(err.fix.length).toBeGreaterThan(10);
  });

  test('the value in a message is shortened, never a whole document', () => {
    const err = caught(() => codecFor(TEXT, 'varchar(10)').toMysql({ kind: 'text', text: 'x'.repeat(500) }));
    expect(err.message.length).toBeLessThan(200);
  });
});

describe('pairing a field with a column', () => {
  const pair =
    (field: BitableField, type: string, direction: 'two-way' | 'bitable-to-mysql' = 'two-way') =>
    () =>
      createFieldCodec({ field, columnName: 'col', column: parseColumnType(type), direction });

  test.each<[string, () => unknown, ErrorCode, RegExp]>([
    [
      'a BLOB column',
      pair(TEXT, 'blob'),
      'CODEC_COLUMN_TYPE_UNSUPPORTED',
      /column `col` blob: BLOB columns hold bytes/,
    ],
    [
      'a spatial column',
      pair(TEXT, 'geometry'),
      'CODEC_COLUMN_TYPE_UNSUPPORTED',
      /spatial types have no Bitable counterpart/,
    ],
    [
      'a checkbox in a DATE',
      pair(CHECK, 'date'),
      'CODEC_PAIR_INCOMPATIBLE',
      /a checkbox field cannot be stored in a date column/,
    ],
    [
      'two-way on FLOAT',
      pair(NUMBER, 'float'),
      'CODEC_PAIR_LOSSY',
      /two-way sync would change values \(FLOAT is single precision/,
    ],
    [
      'two-way on a formula',
      pair({ name: 'Total', type: 20 }, 'double'),
      'CODEC_FIELD_READ_ONLY',
      /computed by Bitable and syncs to MySQL only/,
    ],
    [
      'a workflow stage field',
      pair({ name: 'Stage', type: 24 }, 'text'),
      'CODEC_FIELD_TYPE_UNSUPPORTED',
      /field "Stage": type 24 cannot be synced/,
    ],
    [
      'an unknown time zone',
      () =>
        createFieldCodec({
          field: DATE,
          columnName: 'd',
          column: parseColumnType('date'),
          direction: 'two-way',
          options: { timeZone: 'Asia/Atlantis' },
        }),
      'CODEC_TIME_ZONE_INVALID',
      /time zone "Asia\/Atlantis" is not known/,
    ],
  ])('refuses %s with the reason', (_label, run, code, message) => {
    const err = caught(run);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  test('a lossy pair is allowed one way', () => {
    expect(pair(NUMBER, 'float', 'bitable-to-mysql')()).toBeDefined();
  });
});

test('a formula result lands in MySQL but never goes back', () => {
  const codec = createFieldCodec({
    field: { name: 'Total', type: 20 },
    columnName: 't',
    column: parseColumnType('decimal(10,2)'),
    direction: 'bitable-to-mysql',
  });
  const cell: Cell = codec.fromBitable({ type: 2, value: [12.5] });
  expect(codec.toMysql(cell)).toBe('12.50');
  expect(caught(() => codec.toBitable(cell)).code).toBe('CODEC_FIELD_READ_ONLY');
});
