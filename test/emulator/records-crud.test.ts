import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';

let emu: EmulatorHandle;
let client: lark.Client;
let path: { app_token: string; table_id: string };

beforeAll(async () => {
  emu = await startTestEmulator();
  client = createEmulatorClient(emu);
  const base = emu.admin.createBase('Orders');
  const table = emu.admin.createTable(base.appToken, 'orders', [
    { field_name: 'Name', type: 1 },
    { field_name: 'Amount', type: 2 },
    { field_name: 'Status', type: 3, property: { options: [{ name: 'Open' }] } },
  ]);
  path = { app_token: base.appToken, table_id: table.tableId };
});
afterAll(async () => {
  await emu.close();
});

describe('records through the official SDK', () => {
  test('a created record reads back by batch_get with its values in read shape', async () => {
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      data: { fields: { Name: 'A-1', Amount: 12.5, Status: 'Open' } },
    });
    expect(created.code).toBe(0);
    const id = created.data?.record?.record_id ?? '';
    expect(id).toMatch(/^rec[A-Za-z0-9]+$/);
    const got = await client.bitable.v1.appTableRecord.batchGet({
      path,
      data: { record_ids: [id, 'recMissing00'] },
    });
    expect(got.data?.records?.[0]?.fields).toEqual({
      Name: [{ type: 'text', text: 'A-1' }],
      Amount: 12.5,
      Status: 'Open',
    });
    expect(got.data?.absent_record_ids).toEqual(['recMissing00']);
  });

  test('an update changes only the named fields and null clears a cell', async () => {
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      data: { fields: { Name: 'B', Amount: 1 } },
    });
    const record_id = created.data?.record?.record_id ?? '';
    await client.bitable.v1.appTableRecord.update({
      path: { ...path, record_id },
      data: { fields: { Amount: null as unknown as number, Status: 'Closed' } },
    });
    expect(emu.admin.getRecord(path.app_token, path.table_id, record_id)?.fields).toEqual({
      Name: [{ type: 'text', text: 'B' }],
      Status: 'Closed',
    });
  });

  test('a batch create, update and delete round-trip in request order', async () => {
    const created = await client.bitable.v1.appTableRecord.batchCreate({
      path,
      data: { records: [{ fields: { Name: 'x1' } }, { fields: { Name: 'x2' } }] },
    });
    const ids = (created.data?.records ?? []).map((r) => r.record_id ?? '');
    expect(ids).toHaveLength(2);
    const updated = await client.bitable.v1.appTableRecord.batchUpdate({
      path,
      data: { records: ids.map((record_id, i) => ({ record_id, fields: { Amount: i } })) },
    });
    expect(updated.data?.records?.map((r) => r.fields['Amount'])).toEqual([0, 1]);
    const deleted = await client.bitable.v1.appTableRecord.batchDelete({ path, data: { records: ids } });
    expect(deleted.data?.records).toEqual(ids.map((record_id) => ({ deleted: true, record_id })));
    expect(ids.map((id) => emu.admin.getRecord(path.app_token, path.table_id, id))).toEqual([
      undefined,
      undefined,
    ]);
  });

  test('search pages through matching records with page_token and reports the total', async () => {
    const records = Array.from({ length: 25 }, (_, i) => ({
      fields: { Name: `page-${i}`, Amount: 1000 + i },
    }));
    await client.bitable.v1.appTableRecord.batchCreate({ path, data: { records } });
    const filter = {
      conjunction: 'and' as const,
      conditions: [{ field_name: 'Amount', operator: 'isGreaterEqual' as const, value: ['1000'] }],
    };
    const seen: string[] = [];
    let page_token: string | undefined;
    do {
      const res = await client.bitable.v1.appTableRecord.search({
        path,
        params: { page_size: 10, ...(page_token ? { page_token } : {}) },
        data: { filter, sort: [{ field_name: 'Amount', desc: true }] },
      });
      expect(res.data?.total).toBe(25);
      for (const item of res.data?.items ?? []) seen.push(JSON.stringify(item.fields['Amount']));
      page_token = res.data?.has_more === true ? res.data.page_token : undefined;
    } while (page_token !== undefined);
    expect(seen).toEqual(records.map((r) => String(r.fields.Amount)).reverse());
  });
});
