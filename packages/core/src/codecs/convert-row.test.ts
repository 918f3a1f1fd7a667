import { expect, test } from 'vitest';
import { parseColumnType } from '../mysql/column-type.js';
import { convertRow } from './convert-row.js';
import { createFieldCodec } from './field-codec.js';

const codecs = [
  createFieldCodec({
    field: { name: 'Qty', type: 2 },
    columnName: 'qty',
    column: parseColumnType('tinyint unsigned'),
    direction: 'two-way',
  }),
  createFieldCodec({
    field: { name: 'Code', type: 1 },
    columnName: 'code',
    column: parseColumnType('varchar(3)'),
    direction: 'two-way',
  }),
  createFieldCodec({
    field: { name: 'Title', type: 1 },
    columnName: 'title',
    column: parseColumnType('varchar(20)'),
    direction: 'two-way',
  }),
];

const toMysql = (record: Record<string, unknown>) =>
  convertRow(
    codecs,
    (c) => c.spec.columnName,
    (c) => c.toMysql(c.fromBitable(record[c.spec.field.name])),
  );

test('a record converts to a whole row when every field fits', () => {
  expect(toMysql({ Qty: 3, Code: 'A1', Title: 'ok' })).toEqual({
    ok: true,
    values: { qty: 3, code: 'A1', title: 'ok' },
  });
});

test('a record with bad fields yields every error and no values', () => {
  const result = toMysql({ Qty: 300, Code: 'TOO LONG', Title: 'ok' });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.map((e) => [e.code, e.field])).toEqual([
    ['CODEC_NUMBER_OUT_OF_RANGE', 'Qty'],
    ['CODEC_TEXT_TOO_LONG', 'Code'],
  ]);
  expect('values' in result).toBe(false);
});
