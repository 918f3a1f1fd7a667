import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import { installCapture } from '../server/server-under-test.js';
import { createRig, textOf, waitFor, type Rig } from './outbox-fixture.js';

let rig: Rig;

beforeAll(async () => {
  rig = await createRig('outbox concurrency');
});
afterAll(async () => {
  await rig.close();
});

describe('several workers and composite keys', () => {
  test('two workers draining one outbox together create every row exactly once', async () => {
    const a = rig.worker();
    const b = rig.worker();
    a.start();
    b.start();
    try {
      for (let batch = 0; batch < 4; batch++) {
        const values = Array.from({ length: 50 }, (_, i) => [`P-${batch}-${i}`, i]);
        await rig.db.pool.query('INSERT INTO products (sku, qty) VALUES ?', [values]);
      }
      await waitFor(async () => (await rig.outbox()).length === 0, 20_000);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const keys = rig.emu.admin.listRecords(rig.appToken, rig.tableId).map((r) => textOf(r.fields['Key']));
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
  });

  test('rows of a composite primary key are created, updated and deleted each on their own record', async () => {
    await rig.db.pool
      .query(`CREATE TABLE order_lines (order_id BIGINT UNSIGNED NOT NULL, line SMALLINT NOT NULL,
      note VARCHAR(50) NULL, PRIMARY KEY (order_id, line))`);
    await installCapture(rig.db.pool, { table: 'order_lines' });
    const table = rig.emu.admin.createTable(rig.appToken, 'Lines', [
      { field_name: 'Line', type: 1 },
      { field_name: 'Order', type: 2 },
      { field_name: 'Note', type: 1 },
    ]);
    const id = (name: string) => table.fields.find((f) => f.name === name)?.fieldId ?? '';
    const fieldMap = [
      { fieldId: id('Line'), fieldName: 'Line', fieldType: 1, column: 'line', columnType: 'smallint(6)' },
      {
        fieldId: id('Order'),
        fieldName: 'Order',
        fieldType: 2,
        column: 'order_id',
        columnType: 'bigint(20) unsigned',
      },
      { fieldId: id('Note'), fieldName: 'Note', fieldType: 1, column: 'note', columnType: 'varchar(50)' },
    ];
    await rig.db.pool.query(
      `INSERT INTO basesync_mappings (name, app_token, table_id, mysql_schema, mysql_table, key_columns, field_map, direction)
       VALUES ('lines', ?, ?, DATABASE(), 'order_lines', '["line","order_id"]', ?, 'mysql_to_bitable')`,
      [rig.appToken, table.tableId, JSON.stringify(fieldMap)],
    );
    await rig.db.pool.query(
      "INSERT INTO order_lines VALUES (7, 1, 'first'), (7, 2, 'second'), (8, 1, 'other')",
    );
    await rig.drain(rig.worker());
    await rig.db.pool.query("UPDATE order_lines SET note = 'changed' WHERE order_id = 7 AND line = 2");
    await rig.db.pool.query('DELETE FROM order_lines WHERE order_id = 8 AND line = 1');
    await rig.drain(rig.worker());
    const lines = rig.emu.admin
      .listRecords(rig.appToken, table.tableId)
      .map((r) => `${String(r.fields['Order'])}/${textOf(r.fields['Line'])}=${textOf(r.fields['Note'])}`)
      .sort();
    expect(lines).toEqual(['7/1=first', '7/2=changed']);
    const [links] = await rig.db.pool.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM basesync_links l JOIN basesync_mappings m ON m.id = l.mapping_id WHERE m.name = 'lines' AND l.tombstone = 0",
    );
    expect(Number(links[0]?.['n'])).toBe(2);
  });
});
