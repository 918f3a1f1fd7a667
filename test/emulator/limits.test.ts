import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let client: lark.Client;
let path: { app_token: string; table_id: string };

beforeAll(async () => {
  // A frozen clock keeps each burst inside one rate-limit window however slow the machine is.
  const frozen = Date.now();
  emu = await startTestEmulator({ now: () => frozen });
  client = createEmulatorClient(emu);
});
beforeEach(() => {
  emu.admin.reset();
  const base = emu.admin.createBase('Limits');
  path = {
    app_token: base.appToken,
    table_id: emu.admin.createTable(base.appToken, 't', [{ field_name: 'Name', type: 1 }]).tableId,
  };
});
afterAll(async () => {
  await emu.close();
});

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ fields: { Name: `r${i}` } }));

describe('batch and page limits', () => {
  test('batch_create takes 1000 records and refuses 1001 with 1254104, creating nothing', async () => {
    expect(
      (await client.bitable.v1.appTableRecord.batchCreate({ path, data: { records: rows(1000) } })).code,
    ).toBe(0);
    const over = await outcome(
      client.bitable.v1.appTableRecord.batchCreate({ path, data: { records: rows(1001) } }),
    );
    expect(over.code).toBe(1254104);
    expect(over.msg).toContain('at most 1000');
    expect(emu.admin.listRecords(path.app_token, path.table_id)).toHaveLength(1000);
  });

  test('batch_update refuses 1001 records and batch_delete 501 ids with 1254104', async () => {
    const created = await client.bitable.v1.appTableRecord.batchCreate({
      path,
      data: { records: rows(501) },
    });
    const ids = (created.data?.records ?? []).map((r) => r.record_id ?? '');
    const updates = Array.from({ length: 1001 }, (_, i) => ({
      record_id: ids[i % ids.length] ?? '',
      fields: { Name: 'x' },
    }));
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchUpdate({ path, data: { records: updates } })),
    ).toMatchObject({ code: 1254104 });
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchDelete({ path, data: { records: ids } })),
    ).toMatchObject({ code: 1254104 });
    expect(emu.admin.listRecords(path.app_token, path.table_id)).toHaveLength(501);
  });

  test('the batch limit is configurable down to the conservative 500', async () => {
    emu.admin.setLimits({ batchCreateMax: 500 });
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchCreate({ path, data: { records: rows(501) } })),
    ).toMatchObject({ code: 1254104 });
  });

  test('search pages hold at most 500 records; page_size 0 is 1254011 and 501 is refused', async () => {
    await client.bitable.v1.appTableRecord.batchCreate({ path, data: { records: rows(600) } });
    const page = await client.bitable.v1.appTableRecord.search({
      path,
      params: { page_size: 500 },
      data: {},
    });
    expect(page.data?.items).toHaveLength(500);
    expect(page.data?.has_more).toBe(true);
    expect(
      await outcome(client.bitable.v1.appTableRecord.search({ path, params: { page_size: 0 }, data: {} })),
    ).toMatchObject({ status: 400, code: 1254011 });
    expect(
      await outcome(client.bitable.v1.appTableRecord.search({ path, params: { page_size: 501 }, data: {} })),
    ).toMatchObject({ status: 400, code: 99992402 });
  });

  test('fields and tables list at most 100 per page', async () => {
    expect(
      await outcome(client.bitable.v1.appTableField.list({ path, params: { page_size: 101 } })),
    ).toMatchObject({ code: 99992402 });
    expect(
      await outcome(
        client.bitable.v1.appTable.list({ path: { app_token: path.app_token }, params: { page_size: 101 } }),
      ),
    ).toMatchObject({ code: 99992402 });
    const fields = await client.bitable.v1.appTableField.list({ path, params: { page_size: 100 } });
    expect(fields.data?.items?.map((f) => f.field_name)).toEqual(['Name']);
  });

  test('batch_get takes 1 to 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `recNotThere${i}`);
    expect(
      await outcome(client.bitable.v1.appTableRecord.batchGet({ path, data: { record_ids: ids } })),
    ).toMatchObject({ status: 400, code: 99992402 });
    const ok = await client.bitable.v1.appTableRecord.batchGet({
      path,
      data: { record_ids: ids.slice(0, 100) },
    });
    expect(ok.data?.absent_record_ids).toHaveLength(100);
  });

  test('a page token that the API did not issue is refused with 1254030', async () => {
    expect(
      await outcome(
        client.bitable.v1.appTableRecord.search({ path, params: { page_token: 'bogus' }, data: {} }),
      ),
    ).toMatchObject({ code: 1254030 });
  });
});

describe('gateway rate limit', () => {
  test('the 21st search in a second gets HTTP 429, code 99991400 and x-ogw-ratelimit headers', async () => {
    const calls = await Promise.all(
      Array.from({ length: 25 }, () => outcome(client.bitable.v1.appTableRecord.search({ path, data: {} }))),
    );
    const limited = calls.filter((c) => c.status === 429);
    expect(calls.filter((c) => c.code === 0)).toHaveLength(20);
    expect(limited).toHaveLength(5);
    expect(limited[0]).toMatchObject({ code: 99991400, msg: 'request trigger frequency limit' });
    expect(limited[0]?.headers['x-ogw-ratelimit-limit']).toBe('20');
    expect(Number(limited[0]?.headers['x-ogw-ratelimit-reset'])).toBeGreaterThanOrEqual(1);
    expect(emu.admin.stats().rateLimited).toBe(5);
  });

  test('record writes are limited at 50 per second and field writes at 10', async () => {
    const fieldCalls = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        outcome(client.bitable.v1.appTableField.create({ path, data: { field_name: `f${i}`, type: 2 } })),
      ),
    );
    expect(fieldCalls.filter((c) => c.code === 99991400)).toHaveLength(2);
    emu.admin.setLimits({ writeConflict: 'queue' });
    const writes = await Promise.all(
      Array.from({ length: 55 }, () =>
        outcome(client.bitable.v1.appTableRecord.create({ path, data: { fields: { Name: 'w' } } })),
      ),
    );
    expect(writes.filter((c) => c.code === 99991400)).toHaveLength(5);
    expect(emu.admin.listRecords(path.app_token, path.table_id)).toHaveLength(50);
  });

  test('the limit can answer HTTP 400 like some older APIs', async () => {
    emu.admin.setLimits({ rateLimitStatus: 400 });
    const calls = await Promise.all(
      Array.from({ length: 21 }, () => outcome(client.bitable.v1.appTableRecord.search({ path, data: {} }))),
    );
    expect(calls.filter((c) => c.status === 400 && c.code === 99991400)).toHaveLength(1);
  });
});
