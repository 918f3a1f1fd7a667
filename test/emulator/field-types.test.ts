import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import { DEFAULT_USERS, type EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let client: lark.Client;
let path: { app_token: string; table_id: string };
let linkedId: string;
const user = DEFAULT_USERS[0] ?? { open_id: '', user_id: '', name: '' };

beforeAll(async () => {
  emu = await startTestEmulator({ limits: false });
  client = createEmulatorClient(emu);
  const appToken = emu.admin.createBase('Types').appToken;
  const other = emu.admin.createTable(appToken, 'other', [{ field_name: 'Title', type: 1 }]);
  linkedId = emu.admin.userCreateRecord(appToken, other.tableId, { Title: 'linked' }).record_id;
  const table = emu.admin.createTable(appToken, 'all', [
    { field_name: 'Text', type: 1 },
    { field_name: 'Number', type: 2 },
    { field_name: 'Single', type: 3 },
    { field_name: 'Multi', type: 4 },
    { field_name: 'Date', type: 5 },
    { field_name: 'Check', type: 7 },
    { field_name: 'Person', type: 11 },
    { field_name: 'Phone', type: 13 },
    { field_name: 'Link', type: 15 },
    { field_name: 'Files', type: 17 },
    { field_name: 'Ref', type: 18, property: { table_id: other.tableId } },
    { field_name: 'Place', type: 22 },
    { field_name: 'Group', type: 23 },
    { field_name: 'Created', type: 1001 },
    { field_name: 'Modified', type: 1002 },
    { field_name: 'Creator', type: 1003 },
    { field_name: 'Serial', type: 1005 },
  ]);
  path = { app_token: appToken, table_id: table.tableId };
});
afterAll(async () => {
  await emu.close();
});

describe('every field type reads back in its real read shape', () => {
  test('write shapes go in, read shapes come out of search, with user ids in the asked type', async () => {
    const upload = await client.drive.v1.media.uploadAll({
      data: {
        file_name: 'a.txt',
        parent_type: 'bitable_file',
        parent_node: path.app_token,
        size: 5,
        file: Buffer.from('hello'),
      },
    });
    const file_token = upload?.file_token ?? '';
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      params: { user_id_type: 'user_id' },
      data: {
        fields: {
          Text: 'hello',
          Number: 3.5,
          Single: 'New option',
          Multi: ['a', 'b'],
          Date: 1_700_000_000_000,
          Check: true,
          Person: [{ id: user.user_id }],
          Phone: '+8613100006666',
          Link: { link: 'https://example.com', text: 'Example' },
          Files: [{ file_token }],
          Ref: [linkedId],
          Place: '116.397755,39.903179',
          Group: [{ id: 'oc_0123456789abcdef0123456789abcdef' }],
        },
      },
    });
    expect(created.code).toBe(0);
    const res = await client.bitable.v1.appTableRecord.search({
      path,
      params: { user_id_type: 'open_id' },
      data: {},
    });
    const fields = res.data?.items?.[0]?.fields ?? {};
    expect(fields['Text']).toEqual([{ type: 'text', text: 'hello' }]);
    expect(fields['Number']).toBe(3.5);
    expect(fields['Single']).toBe('New option');
    expect(fields['Multi']).toEqual(['a', 'b']);
    expect(fields['Date']).toBe(1_700_000_000_000);
    expect(fields['Check']).toBe(true);
    expect(fields['Person']).toEqual([expect.objectContaining({ id: user.open_id, name: user.name })]);
    expect(fields['Phone']).toBe('+8613100006666');
    expect(fields['Link']).toEqual({ link: 'https://example.com', text: 'Example' });
    expect(fields['Files']).toEqual([expect.objectContaining({ file_token, name: 'a.txt', size: 5 })]);
    expect(fields['Ref']).toEqual({ link_record_ids: [linkedId] });
    expect(fields['Place']).toMatchObject({ location: '116.397755,39.903179' });
    expect(fields['Group']).toEqual([expect.objectContaining({ id: 'oc_0123456789abcdef0123456789abcdef' })]);
    expect(typeof fields['Created']).toBe('number');
    expect(fields['Serial']).toBe('1');
    expect(fields['Creator']).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^ou_/) as unknown }),
    ]);
  });

  test('a new select option written in a record is added to the field with an id', async () => {
    const list = await client.bitable.v1.appTableField.list({ path, params: { page_size: 100 } });
    const single = list.data?.items?.find((f) => f.field_name === 'Single');
    expect(single?.property?.options).toEqual([
      expect.objectContaining({ name: 'New option', id: expect.stringMatching(/^opt/) as unknown }),
    ]);
  });

  test.each([
    ['Text', 12, 1254060],
    ['Single', ['x'], 1254062],
    ['Multi', 'x', 1254063],
    ['Date', '2024-01-01', 1254064],
    ['Check', 'yes', 1254065],
    ['Person', [{ id: 'ou_nobody' }], 1254066],
    ['Ref', ['recNotInOther'], 1254067],
    ['Link', 'https://x', 1254068],
    ['Files', [{ file_token: 'boxNeverUploaded' }], 1254303],
    ['Phone', 'call me', 1254072],
    ['Modified', 1, 1254015],
  ])('a wrong value for %s is refused with its code', async (name, value, code) => {
    const res = await outcome(
      client.bitable.v1.appTableRecord.create({ path, data: { fields: { [name]: value } } }),
    );
    expect(res.code).toBe(code);
    expect(res.msg).toContain(name === 'Files' ? 'boxNeverUploaded' : `"${name}"`);
  });
});
