import { describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import type { Link } from './link-queries.js';
import { planPush } from './plan-push.js';
import { RowEncoder } from './row-encoder.js';

const encoder = new RowEncoder([
  { fieldId: 'fldKey', fieldName: 'Key', fieldType: 1, column: 'sku', columnType: 'varchar(32)' },
  { fieldId: 'fldQty', fieldName: 'Qty', fieldType: 2, column: 'qty', columnType: 'int(11)' },
]);
const row = (sku: string, qty: number | null) => ({ sku, qty }) as unknown as RowDataPacket;
const key = (sku: string) => JSON.stringify({ sku });
const change = (sku: string, ...ids: number[]) => ({ keyText: key(sku), ids });
const link = (sku: string, qty: number | null, extra: Partial<Link> = {}): Link => ({
  rowKey: key(sku),
  recordId: `rec${sku}`,
  baseHash: encoder.encode(row(sku, qty)).hash,
  tombstone: false,
  ...extra,
});

describe('deciding what a coalesced change needs', () => {
  test('a row without a link is created, a changed row updated, a vanished row deleted', () => {
    const plan = planPush(
      [change('new', 1), change('changed', 2, 3), change('gone', 4)],
      new Map([
        [key('new'), row('new', 1)],
        [key('changed'), row('changed', 5)],
      ]),
      new Map([
        [key('changed'), link('changed', 4)],
        [key('gone'), link('gone', 1)],
      ]),
      encoder,
    );
    expect(plan.creates.map((c) => c.keyText)).toEqual([key('new')]);
    expect(plan.updates.map((c) => [c.recordId, c.ids])).toEqual([['recchanged', [2, 3]]]);
    expect(plan.deletes.map((c) => c.recordId)).toEqual(['recgone']);
  });

  test('a row equal to its link base (an echo or a no-op) is skipped', () => {
    const plan = planPush(
      [change('same', 1)],
      new Map([[key('same'), row('same', 2)]]),
      new Map([[key('same'), link('same', 2)]]),
      encoder,
    );
    expect(plan.skips).toHaveLength(1);
    expect(plan.updates).toHaveLength(0);
  });

  test('a row deleted before Bitable ever had it, or already tombstoned, sends nothing', () => {
    const plan = planPush(
      [change('never', 1), change('dead', 2)],
      new Map(),
      new Map([[key('dead'), link('dead', 1, { tombstone: true })]]),
      encoder,
    );
    expect(plan.skips).toHaveLength(2);
    expect(plan.deletes).toHaveLength(0);
  });

  test('a row re-inserted after its tombstone is created again', () => {
    const plan = planPush(
      [change('back', 1)],
      new Map([[key('back'), row('back', 1)]]),
      new Map([[key('back'), link('back', 1, { tombstone: true })]]),
      encoder,
    );
    expect(plan.creates).toHaveLength(1);
  });

  test('a value the codec refuses is set apart, naming the column, the field and the value', () => {
    const plan = planPush(
      [change('bad', 1), change('good', 2)],
      new Map([
        [key('bad'), { sku: 'bad', qty: 'many' } as unknown as RowDataPacket],
        [key('good'), row('good', 1)],
      ]),
      new Map(),
      encoder,
    );
    expect(plan.creates.map((c) => c.keyText)).toEqual([key('good')]);
    expect(plan.invalid[0]?.message).toMatch(/`qty`.*"many".*"Qty"/);
  });
});
