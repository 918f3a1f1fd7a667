import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { startSdkHttpReceiver } from './sdk-receivers.js';

const ENCRYPT_KEY = 'faults-encrypt-key-0123456789abc';
const VERIFICATION_TOKEN = 'faultsVerificationToken000000001';

let emu: EmulatorHandle;
let receiver: Awaited<ReturnType<typeof startSdkHttpReceiver>>;
let path: { appToken: string; tableId: string };

beforeAll(async () => {
  receiver = await startSdkHttpReceiver({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN });
  emu = await startTestEmulator({
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    callbackUrl: receiver.url,
  });
  const base = emu.admin.createBase('Faults');
  const table = emu.admin.createTable(base.appToken, 't', [{ field_name: 'Name', type: 1 }]);
  path = { appToken: base.appToken, tableId: table.tableId };
  await createEmulatorClient(emu).drive.v1.file.subscribe({
    path: { file_token: base.appToken },
    params: { file_type: 'bitable' },
  });
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});

async function patchFaults(faults: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${emu.url}/_emulator/events/config`, {
    method: 'PATCH',
    body: JSON.stringify({ faults }),
  });
  expect(res.status).toBe(200);
}

/** 100 user edits under the given faults; returns, per edit, how many times the receiver saw it. */
async function timesSeenPerEdit(faults: Record<string, unknown>): Promise<number[]> {
  await fetch(`${emu.url}/_emulator/events/reset`, { method: 'POST' });
  receiver.received.length = 0;
  await patchFaults(faults);
  const revisions: number[] = [];
  for (let n = 0; n < 100; n++) {
    emu.admin.userCreateRecord(path.appToken, path.tableId, { Name: `r${String(n)}` });
    revisions.push(emu.admin.getTable(path.appToken, path.tableId).revision);
  }
  const drained = await fetch(`${emu.url}/_emulator/events/drain`, {
    method: 'POST',
    body: '{"timeoutMs":10000}',
  });
  expect(drained.status).toBe(200);
  return revisions.map((revision) => receiver.received.filter((e) => e['revision'] === revision).length);
}

describe('event faults through the admin API, seen by the SDK receiver', () => {
  test('the same seed drops and duplicates the same edits, at about the configured rates', async () => {
    const faults = { seed: 2024, dropRate: 0.2, duplicateRate: 0.2 };
    const first = await timesSeenPerEdit(faults);
    const again = await timesSeenPerEdit(faults);

    expect(again).toEqual(first);
    const dropped = first.filter((times) => times === 0).length;
    const duplicated = first.filter((times) => times === 2).length;
    expect(dropped).toBeGreaterThan(5);
    expect(dropped).toBeLessThan(40);
    expect(duplicated).toBeGreaterThan(5);
    expect(duplicated).toBeLessThan(40);
    const eventIds = receiver.received.map((e) => e['event_id']);
    expect(new Set(eventIds).size).toBe(100 - dropped);
  });
});
