import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { startSdkHttpReceiver, type ReceivedEvent } from './sdk-receivers.js';

const ENCRYPT_KEY = 'integration-encrypt-key-0123456789';
const VERIFICATION_TOKEN = 'integrationVerificationToken0001';

let emu: EmulatorHandle;
let client: lark.Client;
let receiver: Awaited<ReturnType<typeof startSdkHttpReceiver>>;
let path: { app_token: string; table_id: string };

beforeAll(async () => {
  receiver = await startSdkHttpReceiver({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN });
  emu = await startTestEmulator({
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    callbackUrl: receiver.url,
  });
  client = createEmulatorClient(emu);
  const base = emu.admin.createBase('Orders');
  const table = emu.admin.createTable(base.appToken, 'orders', [
    { field_name: 'Name', type: 1 },
    { field_name: 'Amount', type: 2 },
  ]);
  path = { app_token: base.appToken, table_id: table.tableId };
  const subscribed = await client.drive.v1.file.subscribe({
    path: { file_token: base.appToken },
    params: { file_type: 'bitable' },
  });
  expect(subscribed.code).toBe(0);
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});
beforeEach(async () => {
  await emu.events.drain(5_000);
  receiver.received.length = 0;
});

const recordEvents = () =>
  receiver.received.filter((e) => e['event_type'] === 'drive.file.bitable_record_changed_v1');

describe('record changes reach the official SDK EventDispatcher by HTTP callback', () => {
  test('saving the callback URL passes url verification with autoChallenge', async () => {
    await expect(emu.events.verifyUrl(receiver.url)).resolves.toMatchObject({ ok: true });
  });

  test('a record created through the OpenAPI arrives decrypted and verified as record_added', async () => {
    const created = await client.bitable.v1.appTableRecord.create({
      path,
      data: { fields: { Name: 'A-1' } },
    });
    const recordId = created.data?.record?.record_id;
    await emu.events.drain(5_000);

    expect(recordEvents()).toHaveLength(1);
    const event = recordEvents()[0] as ReceivedEvent;
    expect(event['event_id']).toMatch(/^[0-9a-f]{32}$/);
    expect(event).toMatchObject({
      schema: '2.0',
      token: VERIFICATION_TOKEN,
      app_id: emu.appId,
      tenant_key: emu.tenantKey,
      file_type: 'bitable',
      file_token: path.app_token,
      table_id: path.table_id,
    });
    const actions = event['action_list'] as { record_id: string; action: string }[];
    expect(actions).toEqual([expect.objectContaining({ record_id: recordId, action: 'record_added' })]);
  });

  test('a simulated user edit arrives as record_edited with a higher table revision', async () => {
    const created = await client.bitable.v1.appTableRecord.create({ path, data: { fields: { Name: 'B' } } });
    const recordId = created.data?.record?.record_id ?? '';
    await emu.events.drain(5_000);
    const before = recordEvents()[0]?.['revision'] as number;

    emu.admin.userUpdateRecord(path.app_token, path.table_id, recordId, { Amount: 7 });
    await emu.events.drain(5_000);

    const edit = recordEvents()[1] as ReceivedEvent;
    expect(edit['revision']).toBeGreaterThan(before);
    const [action] = edit['action_list'] as { action: string; after_value: { field_value: string }[] }[];
    expect(action?.action).toBe('record_edited');
    expect(action?.after_value.map((v) => v.field_value)).toContain('7');
  });

  test('a base nobody subscribed to raises no events', async () => {
    const other = emu.admin.createBase('Unsubscribed');
    const table = emu.admin.createTable(other.appToken, 't', [{ field_name: 'Name', type: 1 }]);
    emu.admin.userCreateRecord(other.appToken, table.tableId, { Name: 'quiet' });
    await emu.events.drain(5_000);

    expect(receiver.received).toEqual([]);
  });

  test('a field added through the OpenAPI arrives as field_added', async () => {
    await client.bitable.v1.appTableField.create({ path, data: { field_name: 'Note', type: 1 } });
    await emu.events.drain(5_000);

    const fieldEvents = receiver.received.filter(
      (e) => e['event_type'] === 'drive.file.bitable_field_changed_v1',
    );
    expect(fieldEvents).toHaveLength(1);
    const [action] = fieldEvents[0]?.['action_list'] as { action: string; after_value?: { name: string } }[];
    expect(action).toMatchObject({ action: 'field_added', after_value: { name: 'Note' } });
  });
});
