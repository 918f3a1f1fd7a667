import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { LongConnection, type ConnectionGap, type FeishuEvent } from '@basesync/feishu';
import { clientFor, createTestTable, startTestEmulator, type TestTable } from './feishu-fixture.js';

/** Fast reconnects for tests: no random first wait, then every 50 ms. */
const FAST_RECONNECT = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 0.05, ReconnectNonce: 0 };

let emu: EmulatorHandle;
let conn: LongConnection | undefined;
let table: TestTable;
beforeEach(async () => {
  emu = await startTestEmulator();
  emu.events.configure({ clientConfig: FAST_RECONNECT });
  table = createTestTable(emu);
  await clientFor(emu).subscribeBase(table.appToken);
});
afterEach(async () => {
  conn?.close();
  conn = undefined;
  await emu.close();
});

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function connect(onGap?: (gap: ConnectionGap) => void): { events: FeishuEvent[] } {
  const events: FeishuEvent[] = [];
  conn = new LongConnection({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    verificationToken: emu.verificationToken,
    onEvent: (e) => {
      events.push(e);
      return Promise.resolve();
    },
    ...(onGap ? { onGap } : {}),
    watchdogIntervalMs: 50,
  });
  return { events };
}

describe('long connection', () => {
  test('a user edit in Bitable arrives as a typed record change over the long connection', async () => {
    const { events } = connect();
    await conn?.start();
    await waitFor(() => conn?.state === 'connected', 'the connection');
    const rec = emu.admin.userCreateRecord(table.appToken, table.tableId, { Key: 'k1' });
    emu.admin.userUpdateRecord(table.appToken, table.tableId, rec.record_id, { Name: 'edited' });
    await waitFor(() => events.length >= 2, 'two events');
    expect(events.map((e) => e.kind)).toEqual(['record_changed', 'record_changed']);
    expect(events[1]).toMatchObject({
      kind: 'record_changed',
      appToken: table.appToken,
      tableId: table.tableId,
      actions: [{ recordId: rec.record_id, action: 'record_edited' }],
    });
  });

  test('after a disconnect the connection comes back, reports the gap, and later events still arrive', async () => {
    const gaps: ConnectionGap[] = [];
    const { events } = connect((g) => gaps.push(g));
    await conn?.start();
    await waitFor(() => conn?.state === 'connected', 'the connection');

    expect(emu.events.disconnectClients()).toBe(1);
    await waitFor(() => gaps.length === 1, 'the gap callback');
    expect(gaps[0]?.reason).toBe('disconnect');
    expect(gaps[0]?.to ?? 0).toBeGreaterThanOrEqual(gaps[0]?.from ?? Infinity);

    await waitFor(() => conn?.state === 'connected', 'the reconnection');
    emu.admin.userCreateRecord(table.appToken, table.tableId, { Key: 'after' });
    await waitFor(() => events.length >= 1, 'the event after reconnecting');
    expect(events[0]?.kind).toBe('record_changed');
  });

  test('when the SDK gives up reconnecting, the watchdog starts a fresh client and reports the gap', async () => {
    const gaps: ConnectionGap[] = [];
    const { events } = connect((g) => gaps.push(g));
    await conn?.start();
    await waitFor(() => conn?.state === 'connected', 'the connection');

    emu.events.failEndpoint(403, 1);
    emu.events.disconnectClients();
    await waitFor(() => (conn?.restarts ?? 0) === 1, 'the watchdog restart');
    await waitFor(() => gaps.length === 1, 'the gap callback');
    expect(gaps[0]?.reason).toBe('stalled');

    await waitFor(() => conn?.state === 'connected', 'the new connection');
    emu.admin.userCreateRecord(table.appToken, table.tableId, { Key: 'after' });
    await waitFor(() => events.length >= 1, 'the event after the restart');
  });
});
