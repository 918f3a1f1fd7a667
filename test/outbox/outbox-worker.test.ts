import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { RowDataPacket } from 'mysql2';
import { createMysqlPool, readMapping } from '../server/server-under-test.js';
import { createRig, textOf, waitFor, type Rig } from './outbox-fixture.js';

let rig: Rig;

beforeAll(async () => {
  rig = await createRig('outbox worker');
});
afterAll(async () => {
  await rig.close();
});
beforeEach(async () => {
  rig.emu.admin.setFaults({});
  await rig.db.pool.query('DELETE FROM products');
  await rig.drain(rig.worker());
});

function calls(endpoint: string): number {
  return rig.emu.admin.stats().calls[endpoint]?.total ?? 0;
}

describe('MySQL changes reach Bitable through the outbox worker', () => {
  test('an inserted row appears once in Bitable with every mapped type', async () => {
    await rig.db.pool.query("INSERT INTO products VALUES ('A-1', 'Lamp', 3, 12.50, 1, '2024-05-01')");
    await rig.drain(rig.worker());
    const rec = rig.records()['A-1'];
    expect(textOf(rec?.['Name'])).toBe('Lamp');
    expect(rec?.['Qty']).toBe(3);
    expect(rec?.['Price']).toBe(12.5);
    expect(rec?.['Active']).toBe(true);
    expect(typeof rec?.['Released']).toBe('number');
    expect(await rig.outbox()).toHaveLength(0);
  });

  test('an update changes the existing record instead of creating another', async () => {
    await rig.db.pool.query("INSERT INTO products (sku, name, qty) VALUES ('U-1', 'Chair', 1)");
    await rig.drain(rig.worker());
    await rig.db.pool.query("UPDATE products SET name = 'Armchair', qty = 2 WHERE sku = 'U-1'");
    await rig.drain(rig.worker());
    const all = rig.records();
    expect(Object.keys(all)).toEqual(['U-1']);
    expect(textOf(all['U-1']?.['Name'])).toBe('Armchair');
    expect(all['U-1']?.['Qty']).toBe(2);
  });

  test('setting a column to NULL clears the Bitable cell', async () => {
    await rig.db.pool.query("INSERT INTO products (sku, name, qty) VALUES ('N-1', 'Desk', 5)");
    await rig.drain(rig.worker());
    await rig.db.pool.query("UPDATE products SET qty = NULL WHERE sku = 'N-1'");
    await rig.drain(rig.worker());
    expect(rig.records()['N-1']?.['Qty']).toBeUndefined();
  });

  test('a deleted row deletes its record and leaves a tombstone link', async () => {
    await rig.db.pool.query("INSERT INTO products (sku, name) VALUES ('D-1', 'Sofa')");
    await rig.drain(rig.worker());
    await rig.db.pool.query("DELETE FROM products WHERE sku = 'D-1'");
    await rig.drain(rig.worker());
    expect(rig.records()['D-1']).toBeUndefined();
    const [links] = await rig.db.pool.query<RowDataPacket[]>(
      `SELECT tombstone FROM basesync_links WHERE row_key = '{"sku":"D-1"}'`,
    );
    expect(links[0]?.['tombstone']).toBeTruthy();
  });

  test('many changes of one row are coalesced into one write of its latest values', async () => {
    await rig.db.pool.query("INSERT INTO products (sku, qty) VALUES ('C-1', 0)");
    for (let i = 1; i <= 10; i++)
      await rig.db.pool.query("UPDATE products SET qty = ? WHERE sku = 'C-1'", [i]);
    const before = calls('records.batch_create') + calls('records.batch_update');
    await rig.drain(rig.worker());
    expect(calls('records.batch_create') + calls('records.batch_update') - before).toBe(1);
    expect(rig.records()['C-1']?.['Qty']).toBe(10);
  });

  test('a write made on a basesync-origin connection is not captured, so nothing is echoed', async () => {
    const origin = createMysqlPool(rig.db.url, { basesyncOrigin: true, connectionLimit: 1 });
    try {
      await origin.query("INSERT INTO products (sku, name) VALUES ('E-1', 'From Bitable')");
    } finally {
      await origin.end();
    }
    expect(await rig.outbox()).toHaveLength(0);
    await rig.drain(rig.worker());
    expect(rig.records()['E-1']).toBeUndefined();
  });

  test('a row touched without changing values sends nothing to Bitable', async () => {
    await rig.db.pool.query("INSERT INTO products (sku, name) VALUES ('S-1', 'Same')");
    await rig.drain(rig.worker());
    const before = calls('records.batch_update');
    await rig.db.pool.query("UPDATE products SET name = 'Same', qty = NULL WHERE sku = 'S-1'");
    await rig.db.pool.query(
      "INSERT INTO basesync_outbox (source_schema, source_table, row_key, op) VALUES (DATABASE(), 'products', '{\"sku\": \"S-1\"}', 'update')",
    );
    await rig.drain(rig.worker());
    expect(calls('records.batch_update')).toBe(before);
    expect(await rig.outbox()).toHaveLength(0);
  });

  test('a lost create response creates no duplicate record', async () => {
    rig.emu.admin.setFaults({ endpoints: { 'records.batch_create': { lostResponse: 1 } } });
    await rig.db.pool.query("INSERT INTO products (sku, name) VALUES ('L-1', 'Lost'), ('L-2', 'Lost too')");
    const worker = rig.worker();
    const signal = new AbortController().signal;
    await worker.runOnce(signal);
    rig.emu.admin.setFaults({});
    await rig.drain(worker);
    const keys = rig.emu.admin.listRecords(rig.appToken, rig.tableId).map((r) => textOf(r.fields['Key']));
    expect(keys.filter((k) => k.startsWith('L-')).sort()).toEqual(['L-1', 'L-2']);
    expect(await rig.outbox()).toHaveLength(0);
  });
});

describe('failures', () => {
  test('a value Bitable cannot hold becomes a dead letter naming field and value; other rows flow', async () => {
    const long = 'x'.repeat(200_001);
    await rig.db.pool.query('ALTER TABLE products MODIFY name LONGTEXT NULL');
    try {
      await rig.db.pool.query(
        "INSERT INTO products (sku, name) VALUES ('G-1', 'good'), ('B-1', ?), ('G-2', 'good too')",
        [long],
      );
      await rig.drain(rig.worker());
      const all = rig.records();
      expect(Object.keys(all).sort()).toEqual(['G-1', 'G-2']);
      const dead = (await rig.outbox()).filter((r) => r['state'] === 'dead');
      expect(dead).toHaveLength(1);
      expect(String(dead[0]?.['row_key'])).toContain('B-1');
      expect(String(dead[0]?.['last_error_message'])).toMatch(/`name`.*"xxxx.*"Name"/s);
      expect(dead[0]?.['last_error_code']).toMatch(/^CODEC_|^SYNC_/);
    } finally {
      await rig.db.pool.query("DELETE FROM products WHERE sku = 'B-1'");
      await rig.db.pool.query("DELETE FROM basesync_outbox WHERE state = 'dead'");
      await rig.db.pool.query('ALTER TABLE products MODIFY name VARCHAR(100) NULL');
    }
  });

  test('Feishu being down backs the change off instead of dropping it', async () => {
    rig.emu.admin.setFaults({ endpoints: { 'records.batch_create': { rate5xx: 1 } } });
    await rig.db.pool.query("INSERT INTO products (sku) VALUES ('R-1')");
    const worker = rig.worker({ retryBaseMs: 60_000, retryCapMs: 60_000 });
    await worker.runOnce(new AbortController().signal);
    const [row] = await rig.outbox();
    expect(row?.['state']).toBe('pending');
    expect(row?.['attempts']).toBe(1);
    expect(row?.['last_error_code']).toMatch(/^FEISHU_/);
    rig.emu.admin.setFaults({});
    await rig.db.pool.query('UPDATE basesync_outbox SET next_attempt_at = UTC_TIMESTAMP(3)');
    await rig.drain(worker);
    expect(rig.records()['R-1']).toBeDefined();
  });
});

describe('the delete brake', () => {
  test('deleting more than 20 % of the linked rows in one cycle pauses the mapping and deletes nothing', async () => {
    const values = Array.from({ length: 30 }, (_, i) => [`M-${i}`]);
    await rig.db.pool.query('INSERT INTO products (sku) VALUES ?', [values]);
    await rig.drain(rig.worker());
    await rig.db.pool.query("DELETE FROM products WHERE sku LIKE 'M-%'");
    await rig.worker().runOnce(new AbortController().signal);
    const mapping = await readMapping(rig.db.pool, rig.mappingId);
    expect(mapping?.state).toBe('paused');
    expect(Object.keys(rig.records()).filter((k) => k.startsWith('M-'))).toHaveLength(30);
    expect((await rig.outbox()).length).toBe(30);
    await rig.db.pool.query("UPDATE basesync_mappings SET state = 'enabled', pause_reason = NULL");
    await rig.db.pool.query('UPDATE basesync_outbox SET next_attempt_at = UTC_TIMESTAMP(3)');
    await rig.drain(rig.worker({ brake: { share: 1, minRows: 10 } }));
    expect(Object.keys(rig.records()).filter((k) => k.startsWith('M-'))).toHaveLength(0);
  });
});

describe('a running worker', () => {
  test('picks up a committed change without a fixed poll and stops cleanly', async () => {
    const worker = rig.worker();
    worker.start();
    try {
      await rig.db.pool.query("INSERT INTO products (sku, name) VALUES ('W-1', 'live')");
      await waitFor(() => rig.records()['W-1'] !== undefined);
    } finally {
      await worker.stop();
    }
  });

  test('a worker stopped between claim and confirm leaves the change to the next one, without a duplicate', async () => {
    rig.emu.admin.setFaults({
      endpoints: { 'records.batch_create': { latency: { fixedMs: 300, jitterMs: 0 } } },
    });
    await rig.db.pool.query("INSERT INTO products (sku) VALUES ('X-1')");
    const first = rig.worker({ claimTtlMs: 200 });
    first.start();
    await waitFor(async () => (await rig.outbox())[0]?.['claimed_by'] != null);
    await first.stop();
    rig.emu.admin.setFaults({});
    const second = rig.worker({ claimTtlMs: 200 });
    await waitFor(async () => {
      await rig.drain(second);
      return (await rig.outbox()).length === 0;
    });
    const keys = rig.emu.admin.listRecords(rig.appToken, rig.tableId).map((r) => textOf(r.fields['Key']));
    expect(keys.filter((k) => k === 'X-1')).toHaveLength(1);
  });
});
