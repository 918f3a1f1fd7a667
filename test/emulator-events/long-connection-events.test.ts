import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { startSdkWsClient, waitFor } from './sdk-receivers.js';

let emu: EmulatorHandle;
let sdk: Awaited<ReturnType<typeof startSdkWsClient>>;
let path: { appToken: string; tableId: string };

beforeAll(async () => {
  emu = await startTestEmulator();
  // Reconnect at once, then every 50 ms, instead of Feishu's 0–30 s and 120 s.
  emu.events.configure({
    clientConfig: { ReconnectNonce: 0, ReconnectInterval: 0.05 },
    retryTimeFactor: 0.001,
  });
  const base = emu.admin.createBase('Orders');
  const table = emu.admin.createTable(base.appToken, 'orders', [{ field_name: 'Name', type: 1 }]);
  path = { appToken: base.appToken, tableId: table.tableId };
  const subscribed = await createEmulatorClient(emu).drive.v1.file.subscribe({
    path: { file_token: base.appToken },
    params: { file_type: 'bitable' },
  });
  expect(subscribed.code).toBe(0);
  sdk = await startSdkWsClient(emu);
  await waitFor(() => emu.events.longConnections().clients === 1, 'the SDK client to connect');
});
afterAll(async () => {
  sdk.client.close({ force: true });
  await emu.close();
});

const revisions = () => sdk.received.map((e) => e['revision'] as number);

describe('record changes reach the official SDK WSClient over the long connection', () => {
  test('simulated user edits arrive in order and are acknowledged', async () => {
    for (let n = 1; n <= 5; n++)
      emu.admin.userCreateRecord(path.appToken, path.tableId, { Name: `r${String(n)}` });
    await emu.events.drain(5_000);

    expect(revisions()).toHaveLength(5);
    expect([...revisions()].sort((a, b) => a - b)).toEqual(revisions());
    expect(emu.events.deliveries().counts).toMatchObject({ delivered: 5, pending: 0, failed: 0 });
  });

  test('after a forced disconnect the client reconnects and receives the changes made meanwhile', async () => {
    const before = sdk.received.length;
    const res = await fetch(`${emu.url}/_emulator/events/ws/disconnect`, { method: 'POST' });
    expect(await res.json()).toEqual({ disconnected: 1 });
    for (let n = 1; n <= 3; n++)
      emu.admin.userCreateRecord(path.appToken, path.tableId, { Name: `gap${String(n)}` });

    await waitFor(() => sdk.reconnects() === 1, 'the SDK client to reconnect');
    await emu.events.drain(5_000);
    expect(sdk.received.length - before).toBe(3);
  });
});
