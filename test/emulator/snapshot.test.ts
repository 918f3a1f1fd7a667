import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestEmulator } from '@basesync/test-support';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emu-snapshot-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('bases and records survive a restart with a snapshot file', async () => {
  const snapshotFile = join(dir, 'state.json');
  const first = await startTestEmulator({ snapshotFile });
  const appToken = first.admin.createBase('Kept').appToken;
  const table = first.admin.createTable(appToken, 'orders', [
    { field_name: 'Name', type: 1 },
    { field_name: 'Status', type: 3 },
  ]);
  const record = first.admin.userCreateRecord(appToken, table.tableId, { Name: 'SO-1', Status: 'Open' });
  await first.close();

  const second = await startTestEmulator({ snapshotFile });
  const another = second.admin.createBase('New after restart');
  expect(another.appToken).not.toBe(appToken);
  expect(second.admin.getRecord(appToken, table.tableId, record.record_id)?.fields).toEqual({
    Name: [{ type: 'text', text: 'SO-1' }],
    Status: 'Open',
  });
  second.admin.userCreateRecord(appToken, table.tableId, { Name: 'SO-2' });
  expect(second.admin.listBases().map((b) => b.name)).toEqual(['Kept', 'New after restart']);
  expect(second.admin.listRecords(appToken, table.tableId)).toHaveLength(2);
  await second.close();
});
