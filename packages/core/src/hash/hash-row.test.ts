import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBitableValue } from '../bitable/decode-openapi.js';
import { createFieldCodec } from '../codecs/field-codec.js';
import { parseColumnType } from '../mysql/column-type.js';
import type { Cell } from '../values/cell.js';
import { hashRow, rowFingerprint } from './hash-row.js';
import { hashText } from './hash-text.js';

const TEXT = { name: 'Title', type: 1 };

describe('hashRow', () => {
  test('is the same whatever order the fields come in', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.string().map((text): Cell => ({ kind: 'text', text })),
        ),
        (row) => {
          const reversed = Object.fromEntries(Object.entries(row).reverse());
          expect(hashRow(reversed)).toBe(hashRow(row));
        },
      ),
      { seed: 7 },
    );
  });

  test('ignores number formatting: DECIMAL "1.50" and Bitable 1.5 hash alike', () => {
    const codec = createFieldCodec({
      field: { name: 'Amount', type: 2 },
      columnName: 'amount',
      column: parseColumnType('decimal(8,2)'),
      direction: 'two-way',
    });
    expect(hashRow({ amount: codec.fromMysql('1.50') })).toBe(hashRow({ amount: codec.fromBitable(1.5) }));
    expect(hashRow({ amount: { kind: 'number', value: '1.50' } })).toBe(
      hashRow({ amount: { kind: 'number', value: '1.5' } }),
    );
  });

  test('ignores the time zone a date was read in', () => {
    const column = parseColumnType('datetime');
    const at = (timeZone: string, text: string) =>
      createFieldCodec({
        field: { name: 'Due', type: 5 },
        columnName: 'due',
        column,
        direction: 'two-way',
        options: { timeZone },
      }).fromMysql(text);
    expect(hashRow({ due: at('Asia/Shanghai', '2026-03-01 20:00:00') })).toBe(
      hashRow({ due: at('America/New_York', '2026-03-01 07:00:00') }),
    );
  });

  test('ignores how rich text is cut into segments', () => {
    const one = decodeBitableValue(TEXT, [{ type: 'text', text: 'hello world' }]);
    const two = decodeBitableValue(TEXT, [
      { type: 'text', text: 'hello ' },
      { type: 'text', text: 'world' },
    ]);
    expect(hashRow({ t: one })).toBe(hashRow({ t: two }));
  });

  test('ignores set order and display names of people and options', () => {
    const a: Cell = { kind: 'users', people: [{ id: 'ou_1', name: 'A' }, { id: 'ou_2' }] };
    const b: Cell = { kind: 'users', people: [{ id: 'ou_2', name: 'B' }, { id: 'ou_1' }] };
    expect(hashRow({ p: a })).toBe(hashRow({ p: b }));
  });

  test('changes when any value changes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        fc.pre(x !== y);
        expect(hashRow({ f: { kind: 'text', text: x } })).not.toBe(hashRow({ f: { kind: 'text', text: y } }));
      }),
      { seed: 7 },
    );
  });

  test('tells an empty cell from empty text and a field name from its value', () => {
    expect(hashRow({ a: null })).not.toBe(hashRow({ a: { kind: 'text', text: 'null' } }));
    expect(hashRow({ ab: { kind: 'text', text: 'c' } })).not.toBe(
      hashRow({ a: { kind: 'text', text: 'bc' } }),
    );
  });
});

test('hashText gives 16 hex digits and spreads one-character changes', () => {
  expect(hashText('')).toMatch(/^[0-9a-f]{16}$/);
  const seen = new Set(Array.from({ length: 10_000 }, (_, i) => hashText(`row-${i}`)));
  expect(seen.size).toBe(10_000);
});

test('hashing a row equals hashing its fingerprint text', () => {
  const row: Record<string, Cell> = {
    b: { kind: 'number', value: '2' },
    a: { kind: 'text', text: 'x' },
    c: null,
  };
  expect(hashRow(row)).toBe(hashText(rowFingerprint(row)));
});
