import { describe, expect, test } from 'vitest';
import type { BitableField } from '../bitable/field-kind.js';
import { pickBestPairs, suggestMappings, type ColumnInfo } from './suggest-mappings.js';

const columns: ColumnInfo[] = [
  { name: 'id', columnType: 'bigint unsigned' },
  { name: 'order_amount', columnType: 'decimal(10,2)', comment: '订单金额' },
  { name: 'status', columnType: "enum('open','done')" },
  { name: 'cust_nm', columnType: 'varchar(64)', comment: '客户姓名' },
  { name: 'created_at', columnType: 'datetime' },
  { name: 'photo', columnType: 'blob' },
];
const fields: BitableField[] = [
  { name: '订单金额', type: 2, id: 'fldAAAAAAA' },
  { name: 'Status', type: 3 },
  { name: '客户姓名', type: 1 },
  { name: '创建时间', type: 1001 },
  { name: 'Photo', type: 17 },
];

describe('suggestMappings', () => {
  const best = pickBestPairs(suggestMappings(columns, fields));
  const pairOf = (column: string) => best.find((s) => s.column === column);

  test('matches a Chinese field name to the column whose comment says the same', () => {
    expect(pairOf('cust_nm')).toMatchObject({ field: '客户姓名', twoWay: true });
    expect(pairOf('cust_nm')?.reasons[0]).toBe('comment "客户姓名" ~ "客户姓名"');
  });

  test('matches an English column name to a Chinese field name through the glossary', () => {
    expect(pairOf('created_at')).toMatchObject({ field: '创建时间', twoWay: false });
  });

  test('ranks an exact name with a two-way type first, with its reasons', () => {
    expect(pairOf('status')).toMatchObject({ field: 'Status', confidence: 1, twoWay: true });
    expect(pairOf('order_amount')).toMatchObject({ field: '订单金额', fieldId: 'fldAAAAAAA' });
  });

  test('leaves out pairs the compatibility matrix forbids, however alike the names', () => {
    expect(pairOf('photo')).toBeUndefined();
    expect(pairOf('id')).toBeUndefined();
  });

  test('uses each column and field at most once in the best pairs', () => {
    expect(new Set(best.map((s) => s.field)).size).toBe(best.length);
  });
});
