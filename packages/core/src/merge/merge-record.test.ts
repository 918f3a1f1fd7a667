import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BasesyncError } from '../errors/basesync-error.js';
import type { Cell } from '../values/cell.js';
import { cellEquals } from '../values/cell-key.js';
import { assertMergePolicy, type ConflictPolicy } from './conflict-policy.js';
import {
  mergeRecord,
  type MergeInput,
  type RecordMerge,
  type UpdateMerge,
  type Values,
} from './merge-record.js';

const FIELDS = ['a', 'b', 'c'];
const t = (text: string): Cell => ({ kind: 'text', text });
const cell = fc.constantFrom<Cell>(null, t('x'), t('y'), t('z'));
const values = fc.record({ a: cell, b: cell, c: cell });
const policies: ConflictPolicy[] = ['manual', 'bitable-wins', 'mysql-wins', 'last-write-wins'];
const policy = fc.constantFrom(...policies);
const times = fc.record({ mysqlMs: fc.nat(5), bitableMs: fc.nat(5) });

type Writes = Pick<UpdateMerge, 'toMysql' | 'toBitable' | 'conflicts'> & { base?: Values };

function update(merge: RecordMerge): Writes {
  if (merge.kind === 'noop') return { toMysql: {}, toBitable: {}, conflicts: [] };
  if (merge.kind !== 'update') throw new Error(`expected an update, got ${merge.kind}`);
  return merge;
}

const apply = (side: Values, writes: Values): Values => ({ ...side, ...writes });

describe('mergeRecord on a row present on both sides', () => {
  test('never loses a change made on one side only', () => {
    fc.assert(
      fc.property(values, values, values, policy, times, (base, mysql, bitable, p, tm) => {
        const merge = update(
          mergeRecord({ fields: FIELDS, base, mysql, bitable, policy: { policy: p }, times: tm }),
        );
        for (const f of FIELDS) {
          const [b, m, r] = [base[f as 'a'], mysql[f as 'a'], bitable[f as 'a']];
          if (!cellEquals(b, m) && cellEquals(b, r)) expect(merge.toBitable[f]).toEqual(m);
          if (!cellEquals(b, r) && cellEquals(b, m)) expect(merge.toMysql[f]).toEqual(r);
        }
      }),
      { seed: 1 },
    );
  });

  test('reports every field changed differently on both sides as a conflict, and only those', () => {
    fc.assert(
      fc.property(values, values, values, policy, times, (base, mysql, bitable, p, tm) => {
        const merge = update(
          mergeRecord({ fields: FIELDS, base, mysql, bitable, policy: { policy: p }, times: tm }),
        );
        const expected = FIELDS.filter((f) => {
          const [b, m, r] = [base[f as 'a'], mysql[f as 'a'], bitable[f as 'a']];
          return !cellEquals(b, m) && !cellEquals(b, r) && !cellEquals(m, r);
        });
        expect(merge.conflicts.map((c) => c.field)).toEqual(expected);
      }),
      { seed: 2 },
    );
  });

  test('reports no conflict when only one side changed', () => {
    fc.assert(
      fc.property(values, values, policy, fc.boolean(), (base, changed, p, mysqlSide) => {
        const input: MergeInput = mysqlSide
          ? { fields: FIELDS, base, mysql: changed, bitable: base, policy: { policy: p } }
          : { fields: FIELDS, base, mysql: base, bitable: changed, policy: { policy: p } };
        expect(update(mergeRecord(input)).conflicts).toEqual([]);
      }),
      { seed: 3 },
    );
  });

  test('is idempotent: merging again after applying the writes changes nothing', () => {
    fc.assert(
      fc.property(values, values, values, policy, times, (base, mysql, bitable, p, tm) => {
        const first = update(
          mergeRecord({ fields: FIELDS, base, mysql, bitable, policy: { policy: p }, times: tm }),
        );
        const settled = first.conflicts.every((c) => c.winner !== undefined);
        fc.pre(settled);
        const next = mergeRecord({
          fields: FIELDS,
          base: first.base ?? base,
          mysql: apply(mysql, first.toMysql),
          bitable: apply(bitable, first.toBitable),
          policy: { policy: p },
          times: tm,
        });
        expect(next).toEqual({ kind: 'noop' });
      }),
      { seed: 4 },
    );
  });

  test('applies the policy to a conflict and keeps the conflict on record', () => {
    const input = { fields: ['a'], base: { a: t('x') }, mysql: { a: t('m') }, bitable: { a: t('b') } };
    const winnerFor = (p: ConflictPolicy, tm = {}) =>
      update(mergeRecord({ ...input, policy: { policy: p }, times: tm })).conflicts[0]?.winner;
    expect(winnerFor('manual')).toBeUndefined();
    expect(winnerFor('mysql-wins')).toBe('mysql');
    expect(winnerFor('bitable-wins')).toBe('bitable');
    expect(winnerFor('last-write-wins', { mysqlMs: 2, bitableMs: 1 })).toBe('mysql');
    expect(winnerFor('last-write-wins', { mysqlMs: 1, bitableMs: 2 })).toBe('bitable');
    expect(winnerFor('last-write-wins', { mysqlMs: 1, bitableMs: 1 })).toBeUndefined();
    expect(winnerFor('last-write-wins')).toBeUndefined();
    const owned = mergeRecord({ ...input, policy: { policy: 'mysql-wins', owners: { a: 'bitable' } } });
    expect(update(owned).toMysql).toEqual({ a: t('b') });
  });

  test('a manual conflict writes nothing for that field and keeps its old base', () => {
    const merge = update(
      mergeRecord({
        fields: ['a', 'b'],
        base: { a: t('x'), b: t('x') },
        mysql: { a: t('m'), b: t('y') },
        bitable: { a: t('b'), b: t('x') },
        policy: { policy: 'manual' },
      }),
    );
    expect(merge).toMatchObject({ toMysql: {}, toBitable: { b: t('y') }, base: { a: t('x'), b: t('y') } });
  });
});

describe('mergeRecord when a side is missing', () => {
  const base = { a: t('x') };
  const cases: [string, MergeInput, RecordMerge][] = [
    [
      'a new MySQL row is created in Bitable',
      { fields: ['a'], base: null, mysql: base, bitable: null, policy: { policy: 'manual' } },
      { kind: 'create', target: 'bitable', values: base },
    ],
    [
      'a new record is created in MySQL',
      { fields: ['a'], base: null, mysql: null, bitable: base, policy: { policy: 'manual' } },
      { kind: 'create', target: 'mysql', values: base },
    ],
    [
      'a row deleted in MySQL is deleted in Bitable',
      { fields: ['a'], base, mysql: null, bitable: base, policy: { policy: 'manual' } },
      { kind: 'delete', target: 'bitable' },
    ],
    [
      'a record deleted in Bitable is deleted in MySQL',
      { fields: ['a'], base, mysql: base, bitable: null, policy: { policy: 'manual' } },
      { kind: 'delete', target: 'mysql' },
    ],
    [
      'a pair deleted on both sides is forgotten',
      { fields: ['a'], base, mysql: null, bitable: null, policy: { policy: 'manual' } },
      { kind: 'forget' },
    ],
    [
      'delete in MySQL vs update in Bitable is a conflict under manual',
      { fields: ['a'], base, mysql: null, bitable: { a: t('y') }, policy: { policy: 'manual' } },
      { kind: 'delete-conflict', deletedOn: 'mysql', values: { a: t('y') } },
    ],
    [
      'delete in MySQL vs update in Bitable restores the row under bitable-wins',
      { fields: ['a'], base, mysql: null, bitable: { a: t('y') }, policy: { policy: 'bitable-wins' } },
      { kind: 'create', target: 'mysql', values: { a: t('y') } },
    ],
    [
      'delete in MySQL vs update in Bitable deletes the record under mysql-wins',
      { fields: ['a'], base, mysql: null, bitable: { a: t('y') }, policy: { policy: 'mysql-wins' } },
      { kind: 'delete', target: 'bitable' },
    ],
    [
      'a later delete wins under last-write-wins',
      {
        fields: ['a'],
        base,
        mysql: { a: t('y') },
        bitable: null,
        policy: { policy: 'last-write-wins' },
        times: { mysqlMs: 1, bitableMs: 2 },
      },
      { kind: 'delete', target: 'mysql' },
    ],
    [
      'a later update wins over a delete under last-write-wins',
      {
        fields: ['a'],
        base,
        mysql: { a: t('y') },
        bitable: null,
        policy: { policy: 'last-write-wins' },
        times: { mysqlMs: 3, bitableMs: 2 },
      },
      { kind: 'create', target: 'bitable', values: { a: t('y') } },
    ],
    [
      'rows created on both sides with the same key agree where equal',
      { fields: ['a'], base: null, mysql: base, bitable: base, policy: { policy: 'manual' } },
      { kind: 'update', toMysql: {}, toBitable: {}, base, conflicts: [] },
    ],
  ];
  test.each(cases)('%s', (_label, input, expected) => {
    expect(mergeRecord(input)).toEqual(expected);
  });

  test('rows created on both sides with different values conflict field by field', () => {
    const merge = update(
      mergeRecord({
        fields: ['a', 'b'],
        base: null,
        mysql: { a: t('m'), b: t('s') },
        bitable: { a: t('r'), b: null },
        policy: { policy: 'manual' },
      }),
    );
    expect(merge.conflicts.map((c) => c.field)).toEqual(['a']);
    expect(merge.toBitable).toEqual({ b: t('s') });
  });
});

describe('assertMergePolicy', () => {
  test.each([
    [{ policy: 'newest' }, /conflict policy "newest" is not known/],
    [
      { policy: 'manual' as const, owners: { zz: 'mysql' as const } },
      /owner given for "zz", which is not a mapped field/,
    ],
  ])('refuses %o', (p, message) => {
    expect(() => {
      assertMergePolicy(p, ['a']);
    }).toThrow(message);
    expect(() => {
      assertMergePolicy(p, ['a']);
    }).toThrow(BasesyncError);
  });
});
