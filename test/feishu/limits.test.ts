import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createLocalLeaseProvider } from '@basesync/feishu';
import { clientFor, createTestTable, startTestEmulator } from './feishu-fixture.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.admin.reset();
});

const rows = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ fields: { Key: `${prefix}${i}` } }));

describe('rate limits and write serialisation', () => {
  test('a burst of reads is paced under the 20/s limit: the emulator answers no 429 at all', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const created = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 'r',
      matchField: 'Key',
      records: rows(5, 'k'),
    });
    const ids = created.map((c) => c.recordId);
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 50 }, () => client.batchGetRecords(t.appToken, t.tableId, ids)));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_000);
    expect(emu.admin.stats().rateLimited).toBe(0);
    expect(client.meter.total('records.batch_get', 'ok')).toBe(50);
  });

  test('writes to many tables at once stay under the 50/s write limit: no 429 from the emulator', async () => {
    const tables = Array.from({ length: 6 }, (_, i) => createTestTable(emu, `T${i}`));
    const client = clientFor(emu);
    const t0 = Date.now();
    await Promise.all(
      tables.map(async (t, n) => {
        for (let i = 0; i < 20; i++) {
          await client.createRecords(t.appToken, t.tableId, {
            batchKey: `${n}-${i}`,
            matchField: 'Key',
            records: rows(5, `${n}-${i}-`),
          });
        }
      }),
    );
    expect(client.meter.total('records.batch_create', 'ok')).toBe(120);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2_000);
    expect(emu.admin.stats().rateLimited).toBe(0);
    expect(emu.admin.stats().writeConflicts).toBe(0);
  });

  test('without the client limit the same burst is throttled by Feishu, and retries still finish it', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu, { rateTiers: {} });
    const created = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 'r',
      matchField: 'Key',
      records: rows(5, 'k'),
    });
    const ids = created.map((c) => c.recordId);
    await Promise.all(Array.from({ length: 50 }, () => client.batchGetRecords(t.appToken, t.tableId, ids)));
    expect(emu.admin.stats().rateLimited).toBeGreaterThan(0);
    expect(client.meter.total('records.batch_get', 'ok')).toBe(50);
  });

  test('concurrent creates, updates and deletes on one table through one client never collide', async () => {
    const t = createTestTable(emu);
    const client = clientFor(emu);
    const seed = await client.createRecords(t.appToken, t.tableId, {
      batchKey: 's',
      matchField: 'Key',
      records: rows(40, 's'),
    });
    const ids = seed.map((c) => c.recordId);
    await Promise.all([
      ...[0, 1, 2, 3].map((w) =>
        client.createRecords(t.appToken, t.tableId, {
          batchKey: `w${w}`,
          matchField: 'Key',
          records: rows(30, `w${w}-`),
        }),
      ),
      client.updateRecords(
        t.appToken,
        t.tableId,
        ids.slice(0, 20).map((recordId) => ({ recordId, fields: { Name: 'x' } })),
      ),
      client.deleteRecords(t.appToken, t.tableId, ids.slice(20)),
      client.createField(t.appToken, t.tableId, { name: 'Extra', type: 1 }),
    ]);
    expect(emu.admin.stats().writeConflicts).toBe(0);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(20 + 4 * 30);
  });

  test('two writers sharing a lease provider never collide on one table', async () => {
    const t = createTestTable(emu);
    const leases = createLocalLeaseProvider();
    const [a, b] = [clientFor(emu, { leases }), clientFor(emu, { leases })];
    await Promise.all(
      [a, b].flatMap((c, n) =>
        [0, 1, 2].map((i) =>
          c.createRecords(t.appToken, t.tableId, {
            batchKey: `${n}-${i}`,
            matchField: 'Key',
            records: rows(25, `${n}-${i}-`),
          }),
        ),
      ),
    );
    expect(emu.admin.stats().writeConflicts).toBe(0);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(150);
  });

  test('two writers without a shared lease do collide (1254291), and their retries still land every record once', async () => {
    const t = createTestTable(emu);
    emu.admin.setFaults({ latency: { fixedMs: 20, jitterMs: 0 } });
    const [a, b] = [clientFor(emu), clientFor(emu)];
    await Promise.all(
      [a, b].flatMap((c, n) =>
        [0, 1, 2].map((i) =>
          c.createRecords(t.appToken, t.tableId, {
            batchKey: `${n}-${i}`,
            matchField: 'Key',
            records: rows(25, `${n}-${i}-`),
          }),
        ),
      ),
    );
    expect(emu.admin.stats().writeConflicts).toBeGreaterThan(0);
    expect(emu.admin.listRecords(t.appToken, t.tableId)).toHaveLength(150);
  });
});
