import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let client: lark.Client;
let path: { app_token: string; table_id: string };
let primaryFieldId: string;

beforeAll(async () => {
  emu = await startTestEmulator({ limits: false });
  client = createEmulatorClient(emu);
});
beforeEach(() => {
  emu.admin.reset();
  const base = emu.admin.createBase('Errors');
  const table = emu.admin.createTable(base.appToken, 't', [
    { field_name: 'Name', type: 1 },
    { field_name: 'Amount', type: 2 },
    { field_name: 'Created', type: 1001 },
  ]);
  path = { app_token: base.appToken, table_id: table.tableId };
  primaryFieldId = table.fields[0]?.fieldId ?? '';
});
afterAll(async () => {
  await emu.close();
});

const records = () => emu.admin.listRecords(path.app_token, path.table_id);

describe('unknown ids get Feishu codes, never a 500', () => {
  test('unknown base, table, record, field id and field name', async () => {
    const api = client.bitable.v1;
    expect(await outcome(api.app.get({ path: { app_token: 'appNope' } }))).toMatchObject({ code: 1254040 });
    expect(
      await outcome(api.appTableRecord.search({ path: { ...path, table_id: 'tblNope' }, data: {} })),
    ).toMatchObject({ code: 1254041 });
    expect(
      await outcome(
        api.appTableRecord.update({
          path: { ...path, record_id: 'recNope' },
          data: { fields: { Name: 'x' } },
        }),
      ),
    ).toMatchObject({ code: 1254043 });
    expect(await outcome(api.appTableField.delete({ path: { ...path, field_id: 'fldNope' } }))).toMatchObject(
      { code: 1254044 },
    );
    const unknownName = await outcome(api.appTableRecord.create({ path, data: { fields: { Nope: 'x' } } }));
    expect(unknownName.code).toBe(1254045);
    expect(unknownName.msg).toContain('"Nope"');
  });
});

describe('bad input changes nothing', () => {
  test('a batch_create with one badly shaped value creates no record', async () => {
    const bad = await outcome(
      client.bitable.v1.appTableRecord.batchCreate({
        path,
        data: { records: [{ fields: { Name: 'ok' } }, { fields: { Amount: 'twelve' } }] },
      }),
    );
    expect(bad).toMatchObject({ code: 1254061 });
    expect(bad.msg).toContain('field "Amount" expects a number, got "twelve"');
    expect(records()).toEqual([]);
  });

  test('writing a read-only field is 1254015 and the record keeps its values', async () => {
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      data: { fields: { Name: 'keep' } },
    });
    const record_id = created.data?.record?.record_id ?? '';
    const res = await outcome(
      client.bitable.v1.appTableRecord.update({
        path: { ...path, record_id },
        data: { fields: { Name: 'changed', Created: 1 } },
      }),
    );
    expect(res).toMatchObject({ status: 400, code: 1254015 });
    expect(emu.admin.getRecord(path.app_token, path.table_id, record_id)?.fields['Name']).toEqual([
      { type: 'text', text: 'keep' },
    ]);
  });

  test('a batch_delete naming one unknown record deletes none', async () => {
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      data: { fields: { Name: 'stay' } },
    });
    const res = await outcome(
      client.bitable.v1.appTableRecord.batchDelete({
        path,
        data: { records: [created.data?.record?.record_id ?? '', 'recGone'] },
      }),
    );
    expect(res.code).toBe(1254043);
    expect(records()).toHaveLength(1);
  });

  test('a batch entry that is not an object is 1254001 and nothing is written', async () => {
    const entries = [{ fields: { Name: 'ok' } }, null] as unknown as { fields: Record<string, string> }[];
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchCreate({ path, data: { records: entries } })),
    ).toMatchObject({ code: 1254001 });
    const updates = ['recSomething'] as unknown as { record_id: string; fields: Record<string, string> }[];
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchUpdate({ path, data: { records: updates } })),
    ).toMatchObject({ code: 1254001 });
    expect(records()).toEqual([]);
  });

  test('a body that is not JSON is 1254000', async () => {
    const token = (await (
      await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ app_id: emu.appId, app_secret: emu.appSecret }),
      })
    ).json()) as { tenant_access_token: string };
    const res = await fetch(
      `${emu.url}/open-apis/bitable/v1/apps/${path.app_token}/tables/${path.table_id}/records/batch_create`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.tenant_access_token}` },
        body: '{"records": [',
      },
    );
    expect(await res.json()).toMatchObject({ code: 1254000 });
  });
});

describe('fields', () => {
  test('the primary field cannot be deleted (1254046)', async () => {
    expect(
      await outcome(client.bitable.v1.appTableField.delete({ path: { ...path, field_id: primaryFieldId } })),
    ).toMatchObject({ code: 1254046 });
  });

  test('a field update that changes nothing is 1254606', async () => {
    const res = await outcome(
      client.bitable.v1.appTableField.update({
        path: { ...path, field_id: primaryFieldId },
        data: { field_name: 'Name', type: 1 },
      }),
    );
    expect(res).toMatchObject({ code: 1254606 });
  });

  test('a duplicate field name is 1254014 and a blank one 1254028', async () => {
    expect(
      await outcome(
        client.bitable.v1.appTableField.create({ path, data: { field_name: 'Amount', type: 2 } }),
      ),
    ).toMatchObject({ code: 1254014 });
    expect(
      await outcome(client.bitable.v1.appTableField.create({ path, data: { field_name: '  ', type: 2 } })),
    ).toMatchObject({ code: 1254028 });
  });

  test('select options get server-assigned ids and keep them across a rename', async () => {
    const created = await client.bitable.v1.appTableField.create({
      path,
      data: { field_name: 'Status', type: 3, property: { options: [{ name: 'Open' }, { name: 'Done' }] } },
    });
    const field = created.data?.field;
    const [open, done] = field?.property?.options ?? [];
    expect(open?.id).toMatch(/^opt/);
    const renamed = await client.bitable.v1.appTableField.update({
      path: { ...path, field_id: field?.field_id ?? '' },
      data: {
        field_name: 'Status',
        type: 3,
        property: { options: [{ id: open?.id ?? '', name: 'Opened' }] },
      },
    });
    expect(renamed.data?.field?.property?.options).toEqual([
      { id: open?.id, name: 'Opened', color: open?.color },
    ]);
    expect(done).toBeDefined();
  });
});

describe('client_token idempotency', () => {
  test('a replayed batch_create returns the first result and creates the records once', async () => {
    const client_token = randomUUID();
    const data = { records: [{ fields: { Name: 'once' } }] };
    const first = await client.bitable.v1.appTableRecord.batchCreate({
      path,
      params: { client_token },
      data,
    });
    const replay = await client.bitable.v1.appTableRecord.batchCreate({
      path,
      params: { client_token },
      data,
    });
    expect(replay.data).toEqual(first.data);
    expect(records()).toHaveLength(1);
  });

  test('a client_token that is not a UUIDv4 is 1254037; reused for another body it is 1255006', async () => {
    expect(
      await outcome(
        client.bitable.v1.appTableRecord.create({
          path,
          params: { client_token: 'abc' },
          data: { fields: { Name: 'x' } },
        }),
      ),
    ).toMatchObject({ status: 400, code: 1254037 });
    const client_token = randomUUID();
    await client.bitable.v1.appTableRecord.create({
      path,
      params: { client_token },
      data: { fields: { Name: 'a' } },
    });
    expect(
      await outcome(
        client.bitable.v1.appTableRecord.create({
          path,
          params: { client_token },
          data: { fields: { Name: 'b' } },
        }),
      ),
    ).toMatchObject({ code: 1255006 });
    expect(records()).toHaveLength(1);
  });

  test('replays can be switched to answer 1254608', async () => {
    emu.admin.setLimits({ clientTokenReplay: 'reject' });
    const client_token = randomUUID();
    const data = { fields: { Name: 'r' } };
    await client.bitable.v1.appTableRecord.create({ path, params: { client_token }, data });
    expect(
      await outcome(client.bitable.v1.appTableRecord.create({ path, params: { client_token }, data })),
    ).toMatchObject({ status: 403, code: 1254608 });
  });
});
