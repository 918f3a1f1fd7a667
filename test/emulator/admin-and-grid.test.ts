import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';

let emu: EmulatorHandle;
let client: lark.Client;
let appToken: string;
let tableId: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  client = createEmulatorClient(emu);
});
afterAll(async () => {
  await emu.close();
});

async function admin(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: AdminJson }> {
  const res = await fetch(`${emu.url}/_emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as AdminJson };
}

/** The fields these tests read from admin answers. */
type AdminJson = {
  appToken: string;
  tableId: string;
  record_id: string;
  code: number;
  batchCreateMax: number;
  calls: Record<string, { byCode: Record<string, number> } | undefined>;
};

describe('the admin HTTP API drives simulated users', () => {
  test('a base and table made over HTTP are visible to the SDK', async () => {
    appToken = (await admin('POST', '/bases', { name: 'Shop' })).json.appToken;
    const table = await admin('POST', `/bases/${appToken}/tables`, {
      name: 'Orders',
      fields: [
        { field_name: 'Order', type: 1 },
        { field_name: 'Qty', type: 2 },
      ],
    });
    tableId = table.json.tableId;
    const tables = await client.bitable.v1.appTable.list({ path: { app_token: appToken } });
    expect(tables.data?.items).toEqual([{ table_id: tableId, name: 'Orders', revision: 1 }]);
  });

  test('a user adds, edits and deletes a row, and the SDK sees each step', async () => {
    const path = { app_token: appToken, table_id: tableId };
    const created = await admin('POST', `/bases/${appToken}/tables/${tableId}/records`, {
      fields: { Order: 'SO-1', Qty: 2 },
    });
    const record_id = created.json.record_id;
    await admin('PATCH', `/bases/${appToken}/tables/${tableId}/records/${record_id}`, { fields: { Qty: 3 } });
    const got = await client.bitable.v1.appTableRecord.batchGet({
      path,
      data: { record_ids: [record_id], automatic_fields: true },
    });
    expect(got.data?.records?.[0]?.fields).toEqual({ Order: [{ type: 'text', text: 'SO-1' }], Qty: 3 });
    expect(got.data?.records?.[0]?.last_modified_by?.name).toBe('张敏');
    await admin('DELETE', `/bases/${appToken}/tables/${tableId}/records/${record_id}`);
    const after = await client.bitable.v1.appTableRecord.batchGet({
      path,
      data: { record_ids: [record_id] },
    });
    expect(after.data?.absent_record_ids).toEqual([record_id]);
  });

  test('a bad simulated edit answers 400 with the Feishu code and changes nothing', async () => {
    const created = await admin('POST', `/bases/${appToken}/tables/${tableId}/records`, {
      fields: { Qty: 1 },
    });
    const bad = await admin(
      'PATCH',
      `/bases/${appToken}/tables/${tableId}/records/${created.json.record_id}`,
      { fields: { Qty: 'many' } },
    );
    expect(bad).toMatchObject({ status: 400, json: { code: 1254061 } });
    expect(emu.admin.getRecord(appToken, tableId, created.json.record_id)?.fields).toEqual({ Qty: 1 });
  });

  test('faults, limits, stats and token expiry are reachable over HTTP', async () => {
    await admin('PUT', '/faults', { endpoints: { 'apps.get': { rate5xx: 1 } } });
    await expect(client.bitable.v1.app.get({ path: { app_token: appToken } })).rejects.toThrow(/500/);
    await admin('PUT', '/faults', {});
    expect((await admin('PUT', '/limits', { batchCreateMax: 500 })).json.batchCreateMax).toBe(500);
    const stats = await admin('GET', '/stats');
    expect(stats.json.calls['apps.get']?.byCode['1255001']).toBe(1);
  });
});

describe('the grid page', () => {
  test('serves the table as a page with an empty sidebar slot', async () => {
    const res = await fetch(`${emu.url}/base/${appToken}?table=${tableId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<aside id="sidebar"></aside>');
    expect(html).toContain(`data-table-id="${tableId}"`);
    expect(html).toContain('>Orders</a>');
  });

  test('an unknown base or table is a 404 page, not a crash', async () => {
    expect((await fetch(`${emu.url}/base/appNope?table=tblNope`)).status).toBe(404);
    expect((await fetch(`${emu.url}/base/${appToken}?table=tblNope`)).status).toBe(404);
  });
});
