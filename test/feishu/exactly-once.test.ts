import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { isBasesyncError } from '@basesync/core';
import { clientFor, createTestTable, startTestEmulator, textOf } from './feishu-fixture.js';

let emu: EmulatorHandle;
beforeEach(async () => {
  emu = await startTestEmulator({ seed: 7 });
});
afterEach(async () => {
  await emu.close();
});

const rows = (n: number, prefix = 'k') =>
  Array.from({ length: n }, (_, i) => ({ fields: { Key: `${prefix}${i}`, Name: `name ${i}`, Qty: i } }));

describe('creates arrive exactly once', () => {
  test('a create whose response was lost is resolved by reading back, never by creating twice', async () => {
    const t = createTestTable(emu);
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { lostResponse: 1 } } });
    const client = clientFor(emu);
    const created = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 'lost',
      matchField: 'Key',
      records: rows(120),
    });

    const stored = emu.admin.listRecords(t.appToken, t.tableId);
    expect(stored).toHaveLength(120);
    expect(emu.admin.stats().lostResponses).toBe(1);
    expect(emu.admin.stats().calls['records.batch_create']?.total).toBe(1);
    expect(created.every((c) => c.resolvedBy === 'read_back')).toBe(true);
    expect(new Set(created.map((c) => c.recordId))).toEqual(new Set(stored.map((r) => r.record_id)));
    expect(created[7]?.recordId).toBe(stored.find((r) => textOf(r.fields['Key']) === 'k7')?.record_id);
  });

  test('a create that failed with a server error is read back, then sent again with the same client_token', async () => {
    const t = createTestTable(emu);
    emu.admin.setFaults({ seed: 3, endpoints: { 'records.batch_create': { rate5xx: 0.5 } } });
    const client = clientFor(emu);
    for (let b = 0; b < 6; b++) {
      await client.createRecords(t.appToken, t.tableId, {
        batchKey: `b${b}`,
        matchField: 'Key',
        records: rows(50, `b${b}-`),
      });
    }
    expect(client.meter.total('records.batch_create', 'server_error')).toBeGreaterThan(0);
    expect(client.meter.total('records.search')).toBeGreaterThan(0);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(300);
  });

  test('when Feishu keeps failing, the create gives up with FEISHU_OUTCOME_UNKNOWN and nothing is half-written', async () => {
    const t = createTestTable(emu);
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { rate5xx: 1 } } });
    const client = clientFor(emu);
    const err = await client
      .createRecords(t.appToken, t.tableId, { batchKey: 'down', matchField: 'Key', records: rows(10) })
      .catch((e: unknown) => e);
    expect(isBasesyncError(err, 'FEISHU_OUTCOME_UNKNOWN')).toBe(true);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(0);
  });

  test('when the server rejects a replayed client_token, the create is still resolved by reading back', async () => {
    const t = createTestTable(emu);
    emu.admin.setLimits({ clientTokenReplay: 'reject' });
    const client = clientFor(emu);
    const request = { batchKey: 'again', matchField: 'Key', records: rows(20) };
    const first = await client.createRecords(t.appToken, t.tableId, request);
    const second = await client.createRecords(t.appToken, t.tableId, request);
    expect(second.map((c) => c.recordId)).toEqual(first.map((c) => c.recordId));
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(20);
  });

  test('10,000 records under 20 % 429s, 5 % 5xx and 2 % lost responses arrive exactly once, content intact', async () => {
    const t = createTestTable(emu);
    emu.admin.setFaults({
      seed: 11,
      endpoints: { '*': { rate429: 0.2, rate5xx: 0.05, lostResponse: 0.02 } },
    });
    const client = clientFor(emu);
    const all = rows(10_000);
    for (let b = 0; b < 10; b++) {
      const records = all.slice(b * 1_000, (b + 1) * 1_000);
      const created = await client.createRecords(t.appToken, t.tableId, {
        batchKey: `outbox:${b}`,
        matchField: 'Key',
        records,
      });
      expect(created.every((c) => c.recordId.startsWith('rec'))).toBe(true);
    }
    emu.admin.setFaults({});

    const stored = emu.admin.listRecords(t.appToken, t.tableId);
    expect(stored).toHaveLength(10_000);
    const byKey = new Map(stored.map((r) => [textOf(r.fields['Key']), r]));
    expect(byKey.size).toBe(10_000);
    for (const { fields } of all) {
      const r = byKey.get(fields.Key);
      expect(textOf(r?.fields['Name'])).toBe(fields.Name);
      expect(r?.fields['Qty'] ?? 0).toBe(fields.Qty);
    }
    const stats = emu.admin.stats();
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(
      stats.lostResponses + (stats.calls['records.batch_create']?.byCode['1255001'] ?? 0),
    ).toBeGreaterThan(0);
  }, 90_000);
});
