import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let client: lark.Client;
let appToken: string;
let tableA: string;
let tableB: string;

beforeAll(async () => {
  emu = await startTestEmulator({ seed: 7 });
  client = createEmulatorClient(emu);
  // Fetch the token now, so overlapping writes below start together.
  await outcome(client.bitable.v1.app.get({ path: { app_token: 'appWarmUp' } }));
});
beforeEach(() => {
  emu.admin.reset();
  appToken = emu.admin.createBase('Faults').appToken;
  tableA = emu.admin.createTable(appToken, 'a', [{ field_name: 'Name', type: 1 }]).tableId;
  tableB = emu.admin.createTable(appToken, 'b', [{ field_name: 'Name', type: 1 }]).tableId;
});
afterAll(async () => {
  await emu.close();
});

const create = (table_id: string, name: string) =>
  outcome(
    client.bitable.v1.appTableRecord.batchCreate({
      path: { app_token: appToken, table_id },
      data: { records: [{ fields: { Name: name } }] },
    }),
  );

describe('one write at a time per table', () => {
  test('an overlapping write to the same table gets 1254291 and only the first commits', async () => {
    emu.admin.setFaults({
      endpoints: { 'records.batch_create': { latency: { fixedMs: 400, jitterMs: 0 } } },
    });
    const [first, second] = await Promise.all([create(tableA, 'first'), create(tableA, 'second')]);
    expect(first.code).toBe(0);
    expect(second).toMatchObject({ status: 400, code: 1254291 });
    expect(emu.admin.listRecords(appToken, tableA).map((r) => r.fields['Name'])).toEqual([
      [{ type: 'text', text: 'first' }],
    ]);
    expect(emu.admin.stats().writeConflicts).toBe(1);
  });

  test('overlapping writes to different tables both commit', async () => {
    emu.admin.setFaults({
      endpoints: { 'records.batch_create': { latency: { fixedMs: 400, jitterMs: 0 } } },
    });
    const results = await Promise.all([create(tableA, 'a'), create(tableB, 'b')]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
  });

  test('with writeConflict "queue" overlapping writes wait their turn instead', async () => {
    emu.admin.setLimits({ writeConflict: 'queue' });
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { latency: { fixedMs: 50, jitterMs: 0 } } } });
    const results = await Promise.all([create(tableA, '1'), create(tableA, '2'), create(tableA, '3')]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(emu.admin.listRecords(appToken, tableA)).toHaveLength(3);
  });
});

describe('fault injection', () => {
  test('a lost response still commits the write, and the client sees a dropped connection', async () => {
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { lostResponse: 1 } } });
    await expect(create(tableA, 'ghost')).rejects.toThrow();
    expect(emu.admin.listRecords(appToken, tableA)).toHaveLength(1);
    expect(emu.admin.stats().lostResponses).toBe(1);
  });

  test('an injected 5xx answers HTTP 500 with 1255001 and writes nothing', async () => {
    emu.admin.setFaults({ endpoints: { '*': { rate5xx: 1 } } });
    expect(await create(tableA, 'x')).toMatchObject({ status: 500, code: 1255001 });
    expect(emu.admin.listRecords(appToken, tableA)).toEqual([]);
  });

  test('an injected 429 carries the rate-limit headers', async () => {
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { rate429: 1 } } });
    const res = await create(tableA, 'x');
    expect(res).toMatchObject({ status: 429, code: 99991400 });
    expect(res.headers['x-ogw-ratelimit-reset']).toBe('1');
  });

  test('the same seed gives the same sequence of faults', async () => {
    const run = async () => {
      emu.admin.reset();
      appToken = emu.admin.createBase('Seeded').appToken;
      const table = emu.admin.createTable(appToken, 's', [{ field_name: 'Name', type: 1 }]).tableId;
      emu.admin.setFaults({
        seed: 42,
        endpoints: { 'records.batch_create': { rate429: 0.3, rate5xx: 0.3 } },
      });
      const codes: number[] = [];
      for (let i = 0; i < 20; i++) codes.push((await create(table, `n${i}`)).code);
      return codes;
    };
    const first = await run();
    expect(new Set(first).size).toBe(3);
    expect(await run()).toEqual(first);
  });

  test('stats count calls per endpoint by answered code', async () => {
    emu.admin.setFaults({ endpoints: { 'records.batch_create': { rate5xx: 1 } } });
    await create(tableA, 'x');
    await outcome(
      client.bitable.v1.appTableRecord.search({ path: { app_token: appToken, table_id: tableA }, data: {} }),
    );
    const stats = emu.admin.stats();
    expect(stats.calls['records.batch_create']).toEqual({ total: 1, byCode: { '1255001': 1 } });
    expect(stats.calls['records.search']).toEqual({ total: 1, byCode: { '0': 1 } });
  });
});
