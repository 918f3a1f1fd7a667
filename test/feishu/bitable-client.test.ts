import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { isBasesyncError } from '@basesync/core';
import { FeishuApiError, collect } from '@basesync/feishu';
import { clientFor, createTestTable, startTestEmulator, textOf } from './feishu-fixture.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

describe('BitableClient against the emulator', () => {
  test('records created in batches can be searched, read by id, updated and deleted', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const records = Array.from({ length: 1_200 }, (_, i) => ({
      fields: { Key: `k${i}`, Name: `n${i}`, Qty: i },
    }));
    const created = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 'b1',
      matchField: 'Key',
      records,
    });
    expect(created).toHaveLength(1_200);
    expect(new Set(created.map((c) => c.recordId)).size).toBe(1_200);
    expect(created[5]).toMatchObject({ matchKey: 'k5', resolvedBy: 'response' });
    expect(client.meter.total('records.batch_create', 'ok')).toBe(3);

    const all = await collect(client.searchRecords(t.appToken, t.tableId));
    expect(all).toHaveLength(1_200);
    expect(await collect(client.listRecords(t.appToken, t.tableId))).toHaveLength(1_200);
    const one = await client.getRecord(t.appToken, t.tableId, created[5]?.recordId ?? '');
    expect(one.fields['Qty']).toBe(5);

    const ids = created.slice(0, 150).map((c) => c.recordId);
    const got = await client.batchGetRecords(t.appToken, t.tableId, [...ids, 'recMissing1']);
    expect(got.records).toHaveLength(150);
    expect(got.absentIds).toEqual(['recMissing1']);

    await client.updateRecords(
      t.appToken,
      t.tableId,
      ids.map((recordId) => ({ recordId, fields: { Name: 'renamed' } })),
    );
    expect(textOf(emu.admin.getRecord(t.appToken, t.tableId, ids[0] ?? '')?.fields['Name'])).toBe('renamed');

    await client.deleteRecords(t.appToken, t.tableId, ids);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(1_050);
  });

  test('deleting records a user already deleted still deletes the rest', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const created = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 'd1',
      matchField: 'Key',
      records: [1, 2, 3].map((i) => ({ fields: { Key: `k${i}` } })),
    });
    emu.admin.userDeleteRecord(t.appToken, t.tableId, created[0]?.recordId ?? '');
    await client.deleteRecords(
      t.appToken,
      t.tableId,
      created.map((c) => c.recordId),
    );
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(0);
  });

  test('a bad cell value fails at once with Feishu code, log id, endpoint and a fix, and writes nothing', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const err = await client
      .createRecords(t.appToken, t.tableId, {
        batchKey: 'bad',
        matchField: 'Key',
        records: [{ fields: { Key: 'a', Qty: 'not a number' } }],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeishuApiError);
    const e = err as FeishuApiError;
    expect(e.code).toBe('FEISHU_REQUEST_INVALID');
    expect(e.feishuCode).toBeGreaterThan(1254000);
    expect(e.logId).toMatch(/\w+/);
    expect(e.endpoint).toBe('records.batch_create');
    expect(e.attempts).toBe(1);
    expect(e.fix.length).toBeGreaterThan(10);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(0);
  });

  test('records without a unique match key are refused before anything is sent', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const dup = client.createRecords(t.appToken, t.tableId, {
      batchKey: 'x',
      matchField: 'Key',
      records: [{ fields: { Key: 'a' } }, { fields: { Key: 'a' } }],
    });
    await expect(dup).rejects.toSatisfy(
      (e) => isBasesyncError(e, 'FEISHU_MATCH_KEY_INVALID') && e.field === 'records[1].fields.Key',
    );
    const none = client.createRecords(t.appToken, t.tableId, {
      batchKey: 'y',
      matchField: 'Key',
      records: [{ fields: { Name: 'no key' } }],
    });
    await expect(none).rejects.toSatisfy(
      (e) => isBasesyncError(e, 'FEISHU_MATCH_KEY_INVALID') && e.field === 'records[0].fields.Key',
    );
    expect(client.meter.total()).toBe(0);
  });

  test('tables and fields are listed to the end, and fields can be created, changed and deleted', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    expect((await collect(client.listTables(t.appToken))).map((x) => x.name)).toEqual(['Orders']);
    const second = await client.createTable(t.appToken, 'Customers', [{ name: 'Email', type: 1 }]);
    expect(second).toMatch(/^tbl/);
    expect((await collect(client.listTables(t.appToken))).map((x) => x.name)).toEqual([
      'Orders',
      'Customers',
    ]);
    const added = await client.createField(t.appToken, t.tableId, { name: 'Due', type: 5 });
    await client.updateField(t.appToken, t.tableId, added.fieldId, { name: 'Due date', type: 5 });
    const names = (await collect(client.listFields(t.appToken, t.tableId))).map((f) => f.name);
    expect(names).toEqual(['Key', 'Name', 'Qty', 'Due date']);
    await client.deleteField(t.appToken, t.tableId, added.fieldId);
    expect(await collect(client.listFields(t.appToken, t.tableId))).toHaveLength(3);
  });

  test('a token revoked early is dropped and fetched again, inside one call', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    await collect(client.listTables(t.appToken));
    emu.admin.expireTokens();
    expect(await collect(client.listTables(t.appToken))).toHaveLength(1);
    expect(client.meter.total('tables.list', 'token_invalid')).toBe(1);
  });

  test('wrong app credentials open the circuit with the reason, and later calls fail fast', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu, { appSecret: 'wrong-secret-0123456789abcdef012' });
    await expect(collect(client.listTables(t.appToken))).rejects.toSatisfy((e) =>
      isBasesyncError(e, 'FEISHU_CREDENTIALS_REJECTED'),
    );
    expect(client.breakerState).toMatchObject({
      kind: 'open',
      reason: expect.stringContaining('credentials') as unknown,
    });
    await expect(collect(client.listTables(t.appToken))).rejects.toSatisfy((e) =>
      isBasesyncError(e, 'FEISHU_CIRCUIT_OPEN'),
    );
  });

  test('base subscriptions, attachments and user lookup by email work end to end', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    await client.subscribeBase(t.appToken);
    expect(await client.isBaseSubscribed(t.appToken)).toBe(true);
    await client.unsubscribeBase(t.appToken);
    expect(await client.isBaseSubscribed(t.appToken)).toBe(false);

    const bytes = Buffer.from('hello attachment');
    const fileToken = await client.uploadAttachment(t.appToken, { fileName: 'a.txt', bytes });
    expect(await client.downloadAttachment(fileToken)).toEqual(bytes);

    const user = emu.admin.users()[0];
    const found = await client.findUsersByEmail([user?.email ?? '', 'nobody@example.com']);
    expect(found.get(user?.email ?? '')).toBe(user?.open_id);
    expect(found.has('nobody@example.com')).toBe(false);
  });

  test('a streak of server errors pauses calls with the reason, and a successful probe resumes them', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu, { breaker: { failureThreshold: 3, openMs: 100, maxOpenMs: 1_000 } });
    const listCalls = () => emu.admin.stats().calls['tables.list']?.total ?? 0;
    const before = listCalls();
    emu.admin.setFaults({ endpoints: { 'tables.list': { rate5xx: 1 } } });
    await expect(collect(client.listTables(t.appToken))).rejects.toSatisfy(
      (e) => isBasesyncError(e, 'FEISHU_CIRCUIT_OPEN') && e.message.includes('HTTP 500'),
    );
    expect(listCalls() - before).toBe(3);
    await expect(collect(client.listTables(t.appToken))).rejects.toSatisfy((e) =>
      isBasesyncError(e, 'FEISHU_CIRCUIT_OPEN'),
    );
    expect(listCalls() - before).toBe(3);

    emu.admin.setFaults({});
    const deadline = Date.now() + 2_000;
    while (client.breakerState.kind === 'open' && Date.now() < deadline) {
      await collect(client.listTables(t.appToken)).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(client.breakerState.kind).toBe('closed');
    expect(await collect(client.listTables(t.appToken))).toHaveLength(1);
  });
});
