import { describe, expect, test } from 'vitest';
import { cellEquals } from '../values/cell-key.js';
import { decodeBitableValue } from './decode-openapi.js';
import type { BitableField } from './field-kind.js';
import { decodeSdkValue, encodeSdkValue } from './sdk-shape.js';

const ou = 'ou_0123456789abcdef0123456789abcdef';

/** The same value as OpenAPI reads it and as the JS SDK reads it, per field type (base-extension.md §5). */
const PAIRS: [string, BitableField, unknown, unknown][] = [
  ['text', { name: 'T', type: 1 }, [{ type: 'text', text: 'hi' }], [{ type: 'text', text: 'hi' }]],
  [
    'barcode',
    { name: 'B', type: 99001 },
    [{ type: 'text', text: 'FS0001' }],
    [{ type: 'text', text: 'FS0001' }],
  ],
  [
    'email',
    { name: 'E', type: 99005 },
    [{ type: 'url', text: 'a@b.com', link: 'mailto:a@b.com' }],
    'a@b.com',
  ],
  ['number', { name: 'N', type: 2 }, 1.25, 1.25],
  ['progress', { name: 'P', type: 99002 }, 0.25, 0.25],
  [
    'single select',
    { name: 'S', type: 3, property: { options: [{ id: 'optAAAAAAA', name: 'Open' }] } },
    'Open',
    { id: 'optAAAAAAA', text: 'Open' },
  ],
  [
    'multi select',
    {
      name: 'M',
      type: 4,
      property: {
        options: [
          { id: 'optAAAAAAA', name: 'a' },
          { id: 'optBBBBBBB', name: 'b' },
        ],
      },
    },
    ['a', 'b'],
    [
      { id: 'optAAAAAAA', text: 'a' },
      { id: 'optBBBBBBB', text: 'b' },
    ],
  ],
  ['date', { name: 'D', type: 5 }, 1_700_000_000_000, 1_700_000_000_000],
  ['checkbox', { name: 'C', type: 7 }, true, true],
  [
    'user',
    { name: 'U', type: 11 },
    [{ id: ou, name: 'Zhang', en_name: 'Zhang', email: 'z@x.com' }],
    [{ id: ou, name: 'Zhang', email: 'z@x.com' }],
  ],
  ['phone', { name: 'Ph', type: 13 }, '13100006666', '13100006666'],
  [
    'url',
    { name: 'L', type: 15 },
    { link: 'https://a.b', text: 'A' },
    [{ type: 'url', text: 'A', link: 'https://a.b' }],
  ],
  [
    'attachment',
    { name: 'A', type: 17 },
    [{ file_token: 'boxAAA', name: 'a.png', type: 'image/png', size: 3, url: 'u', tmp_url: 't' }],
    [{ token: 'boxAAA', name: 'a.png', type: 'image/png', size: 3 }],
  ],
  [
    'single link',
    { name: 'SL', type: 18, property: { tableId: 'tblAAAAAAAAAAAAA' } },
    { link_record_ids: ['recAAAAAAA'] },
    { recordIds: ['recAAAAAAA'], text: '', type: 'text', tableId: 'tblAAAAAAAAAAAAA' },
  ],
  [
    'location',
    { name: 'G', type: 22 },
    { location: '116.39,39.90', name: 'Gate', full_address: 'Beijing' },
    { location: '116.39,39.90', name: 'Gate', fullAddress: 'Beijing' },
  ],
  [
    'group chat',
    { name: 'GC', type: 23 },
    [{ id: 'oc_0123456789abcdef0123456789abcdef', name: 'Team', avatar_url: 'x' }],
    [{ id: 'oc_0123456789abcdef0123456789abcdef', name: 'Team' }],
  ],
];

describe('the JS SDK adapter reads and writes the same canonical value as the OpenAPI codec', () => {
  test.each(PAIRS)('%s', (_label, field, openApi, sdk) => {
    const openApiField = {
      ...field,
      type: field.type > 99000 ? (field.type === 99002 ? 2 : 1) : field.type,
      ...(field.type === 99001
        ? { uiType: 'Barcode' }
        : field.type === 99005
          ? { uiType: 'Email' }
          : field.type === 99002
            ? { uiType: 'Progress' }
            : {}),
    };
    const cell = decodeBitableValue(openApiField, openApi);
    expect(cellEquals(decodeSdkValue(field, sdk), cell)).toBe(true);
    expect(encodeSdkValue(field, cell)).toEqual(sdk);
  });

  test('auto numbers and formulas read in SDK shapes', () => {
    expect(decodeSdkValue({ name: 'No', type: 1005 }, { value: 'SR-17', status: 'completed' })).toEqual({
      kind: 'text',
      text: 'SR-17',
    });
    expect(decodeSdkValue({ name: 'F', type: 20 }, 42)).toEqual({ kind: 'number', value: '42' });
  });

  test('writing to a computed field is refused, as with the OpenAPI', () => {
    expect(() => encodeSdkValue({ name: 'F', type: 20 }, { kind: 'number', value: '1' })).toThrow(
      /field "F": a formula field is computed by Bitable/,
    );
  });
});
