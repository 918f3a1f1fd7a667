import { expect, test } from 'vitest';
import { parseColumnType } from '../mysql/column-type.js';
import { createFieldCodec } from './field-codec.js';

const codecFor = (type: string, nullable: boolean) =>
  createFieldCodec({
    field: { name: 'Note', type: 1 },
    columnName: 'note',
    column: parseColumnType(type, { nullable }),
    direction: 'two-way',
  });

test('rich text reaches MySQL as its plain text, mentions and links included as their text', () => {
  const codec = codecFor('text', true);
  const cell = codec.fromBitable([
    { type: 'text', text: 'ask ' },
    { type: 'mention', mentionType: 'User', token: 'ou_1', text: '@Zhang' },
    { type: 'text', text: ' about ' },
    { type: 'url', text: 'the doc', link: 'https://example.com/doc' },
  ]);
  expect(codec.toMysql(cell)).toBe('ask @Zhang about the doc');
});

test('an empty cell is NULL in a nullable column and an empty string in a NOT NULL one', () => {
  expect(codecFor('varchar(10)', true).toMysql(null)).toBeNull();
  expect(codecFor('varchar(10)', false).toMysql(null)).toBe('');
  expect(codecFor('varchar(10)', false).fromMysql('')).toBeNull();
});

test('characters are counted as MySQL counts them, not as UTF-16 units', () => {
  expect(codecFor('varchar(2)', true).toMysql({ kind: 'text', text: '😀😀' })).toBe('😀😀');
});
