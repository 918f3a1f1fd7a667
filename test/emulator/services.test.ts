import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let client: lark.Client;

beforeAll(async () => {
  emu = await startTestEmulator({ limits: false });
  client = createEmulatorClient(emu);
});
afterAll(async () => {
  await emu.close();
});

describe('apps and tables', () => {
  test('an app created by the API comes with a default table that can be listed, added to and deleted', async () => {
    const app = await client.bitable.v1.app.create({ data: { name: 'Created', time_zone: 'Asia/Shanghai' } });
    const app_token = app.data?.app?.app_token ?? '';
    expect(app_token).toMatch(/^[A-Za-z0-9]{27}$/);
    const added = await client.bitable.v1.appTable.create({
      path: { app_token },
      data: { table: { name: 'Second', fields: [{ field_name: 'Title', type: 1 }] } },
    });
    const table_id = added.data?.table_id ?? '';
    expect(
      (await client.bitable.v1.appTable.list({ path: { app_token } })).data?.items?.map((t) => t.table_id),
    ).toEqual([app.data?.app?.default_table_id, table_id]);
    expect(
      await outcome(
        client.bitable.v1.appTable.create({ path: { app_token }, data: { table: { name: 'Second' } } }),
      ),
    ).toMatchObject({ code: 1254013 });
    await client.bitable.v1.appTable.delete({ path: { app_token, table_id } });
    expect(
      await outcome(client.bitable.v1.appTableField.list({ path: { app_token, table_id } })),
    ).toMatchObject({ code: 1254041 });
  });

  test('the legacy list filters with a formula string and sorts', async () => {
    const app_token = emu.admin.createBase('Legacy').appToken;
    const table_id = emu.admin.createTable(app_token, 't', [
      { field_name: 'Name', type: 1 },
      { field_name: 'Qty', type: 2 },
    ]).tableId;
    for (const [Name, Qty] of [
      ['a', 5],
      ['b', 150],
      ['c', 120],
    ] as const)
      emu.admin.userCreateRecord(app_token, table_id, { Name, Qty });
    const res = await client.bitable.v1.appTableRecord.list({
      path: { app_token, table_id },
      params: { filter: 'AND(CurrentValue.[Qty]>100,CurrentValue.[Name]!="x")', sort: '["Qty DESC"]' },
    });
    expect(res.data?.items?.map((r) => r.fields['Name'])).toEqual(['b', 'c']);
    expect(
      await outcome(
        client.bitable.v1.appTableRecord.list({
          path: { app_token, table_id },
          params: { filter: 'TODAY()' },
        }),
      ),
    ).toMatchObject({ code: 1254018 });
  });
});

describe('drive, media, contact and wiki', () => {
  test('a bitable file subscription can be made, read and cancelled', async () => {
    const file_token = emu.admin.createBase('Sub').appToken;
    const path = { file_token };
    const params = { file_type: 'bitable' as const };
    expect((await client.drive.v1.file.getSubscribe({ path, params })).data?.is_subscribe).toBe(false);
    await client.drive.v1.file.subscribe({ path, params });
    expect(emu.admin.isSubscribed(file_token)).toBe(true);
    expect((await client.drive.v1.file.getSubscribe({ path, params })).data?.is_subscribe).toBe(true);
    await client.drive.v1.file.deleteSubscribe({ path, params });
    expect(emu.admin.isSubscribed(file_token)).toBe(false);
  });

  test('an uploaded attachment downloads byte for byte', async () => {
    const parent_node = emu.admin.createBase('Media').appToken;
    const bytes = Buffer.from([0, 1, 2, 250, 255, 13, 10]);
    const up = await client.drive.v1.media.uploadAll({
      data: { file_name: 'b.bin', parent_type: 'bitable_file', parent_node, size: bytes.length, file: bytes },
    });
    const download = await client.drive.v1.media.download({ path: { file_token: up?.file_token ?? '' } });
    const chunks: Buffer[] = [];
    for await (const chunk of download.getReadableStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(bytes);
  });

  test('user ids are looked up by email or mobile in the fake directory', async () => {
    const res = await client.contact.v3.user.batchGetId({
      params: { user_id_type: 'open_id' },
      data: { emails: ['lilei@example.com', 'nobody@example.com'], mobiles: ['13800005678'] },
    });
    expect(res.data?.user_list).toEqual([
      { user_id: 'ou_1f2e3d4c5b6a79880716253443526170', email: 'lilei@example.com' },
      { email: 'nobody@example.com' },
      { user_id: 'ou_aa11bb22cc33dd44ee55ff6600778899', mobile: '13800005678' },
    ]);
  });

  test('a wiki node resolves to its base app_token', async () => {
    const app_token = emu.admin.createBase('In wiki').appToken;
    const token = emu.admin.addWikiNode(app_token);
    const res = await client.wiki.v2.space.getNode({ params: { token, obj_type: 'wiki' } });
    expect(res.data?.node).toMatchObject({
      node_token: token,
      obj_token: app_token,
      obj_type: 'bitable',
      title: 'In wiki',
    });
    expect(await outcome(client.wiki.v2.space.getNode({ params: { token: 'wikNope' } }))).toMatchObject({
      code: 131005,
    });
  });
});
