import { isBasesyncError } from '@basesync/core';
import { FeishuApiError } from '../calls/feishu-api-error.js';
import { withTableWrite, type CallSignal, type ClientContext } from '../client/client-context.js';
import { walkPages } from '../client/paging.js';
import type { BitableRecord, RecordUpdate, SearchQuery } from './record-types.js';
import { searchBody } from './search-body.js';
import { splitBatches } from './split-batches.js';

type WireRecord = { record_id?: string | undefined; fields: Record<string, unknown> };

export function toRecord(r: WireRecord): BitableRecord {
  return { recordId: r.record_id ?? '', fields: r.fields };
}

/** Every record matching `query`, paging to the end (a failed page throws; nothing is silently cut). */
export async function* searchRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  query: SearchQuery = {},
  opts: CallSignal = {},
): AsyncGenerator<BitableRecord> {
  const data = searchBody(query) as never;
  const pages = walkPages('records.search', async (page_token) => {
    const params = { page_size: ctx.limits.searchPage, ...(page_token ? { page_token } : {}) };
    const res = await ctx.caller.call(
      'records.search',
      () =>
        ctx.sdk.bitable.v1.appTableRecord.search({
          path: { app_token: appToken, table_id: tableId },
          params,
          data,
        }),
      opts,
    );
    return res.data;
  });
  for await (const r of pages) yield toRecord(r);
}

/** Every record through the legacy list endpoint (Feishu marks it historical; prefer search). */
export async function* listRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  opts: CallSignal = {},
): AsyncGenerator<BitableRecord> {
  const pages = walkPages('records.list', async (page_token) => {
    const params = { page_size: ctx.limits.searchPage, ...(page_token ? { page_token } : {}) };
    const res = await ctx.caller.call(
      'records.list',
      () =>
        ctx.sdk.bitable.v1.appTableRecord.list({ path: { app_token: appToken, table_id: tableId }, params }),
      opts,
    );
    return res.data;
  });
  for await (const r of pages) yield toRecord(r);
}

/** One record by id (legacy get); throws FEISHU_NOT_FOUND when it does not exist. */
export async function getRecord(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  recordId: string,
  opts: CallSignal = {},
): Promise<BitableRecord> {
  const res = await ctx.caller.call(
    'records.get',
    () =>
      ctx.sdk.bitable.v1.appTableRecord.get({
        path: { app_token: appToken, table_id: tableId, record_id: recordId },
      }),
    opts,
  );
  return toRecord(res.data?.record ?? { record_id: recordId, fields: {} });
}

export type BatchGetResult = { readonly records: BitableRecord[]; readonly absentIds: string[] };

/** Reads records by id, 100 per call; ids that do not exist come back in `absentIds`. */
export async function batchGetRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  recordIds: readonly string[],
  opts: CallSignal = {},
): Promise<BatchGetResult> {
  const records: BitableRecord[] = [];
  const absentIds: string[] = [];
  for (const ids of splitBatches(recordIds, {
    maxRecords: ctx.limits.batchGet,
    maxBodyBytes: Number.MAX_SAFE_INTEGER,
  })) {
    const res = await ctx.caller.call(
      'records.batch_get',
      () =>
        ctx.sdk.bitable.v1.appTableRecord.batchGet({
          path: { app_token: appToken, table_id: tableId },
          data: { record_ids: ids },
        }),
      opts,
    );
    records.push(...(res.data?.records ?? []).map(toRecord));
    absentIds.push(...(res.data?.absent_record_ids ?? []));
  }
  return { records, absentIds };
}

/**
 * Updates records in batches within the limits, one write per table at a time. Updates are
 * idempotent (the same values again), so a lost response is simply retried.
 */
export async function updateRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  updates: readonly RecordUpdate[],
  opts: CallSignal = {},
): Promise<BitableRecord[]> {
  const out: BitableRecord[] = [];
  const wire = updates.map((u) => ({ record_id: u.recordId, fields: u.fields as Record<string, never> }));
  for (const batch of splitBatches(wire, ctx.limits.update)) {
    const res = await withTableWrite(ctx, appToken, tableId, opts.signal, () =>
      ctx.caller.call(
        'records.batch_update',
        () =>
          ctx.sdk.bitable.v1.appTableRecord.batchUpdate({
            path: { app_token: appToken, table_id: tableId },
            data: { records: batch },
          }),
        opts,
      ),
    );
    out.push(...(res.data?.records ?? []).map(toRecord));
  }
  return out;
}

/**
 * Deletes records in batches of up to 500. Ids already gone count as deleted: after a lost
 * response or a not-found, the batch is read back and only the ids still present are deleted again.
 */
export async function deleteRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  recordIds: readonly string[],
  opts: CallSignal = {},
): Promise<void> {
  for (const batch of splitBatches(recordIds, ctx.limits.delete)) {
    await withTableWrite(ctx, appToken, tableId, opts.signal, async () => {
      let ids = batch;
      for (let round = 0; ids.length > 0; round++) {
        try {
          await ctx.caller.call(
            'records.batch_delete',
            () =>
              ctx.sdk.bitable.v1.appTableRecord.batchDelete({
                path: { app_token: appToken, table_id: tableId },
                data: { records: ids },
              }),
            { ...opts, stopWhenAmbiguous: true },
          );
          return;
        } catch (err) {
          const readBack =
            err instanceof FeishuApiError && (err.outcomeUnknown || err.failureClass === 'not_found');
          if (!readBack || round >= 3) throw err;
          ctx.log.warn(
            { endpoint: 'records.batch_delete', tableId, ids: ids.length, code: err.feishuCode },
            'delete outcome unclear; reading back',
          );
          const present = await batchGetRecords(ctx, appToken, tableId, ids, opts);
          ids = present.records.map((r) => r.recordId);
        }
      }
    });
  }
}

/** True when `err` says the record or table is gone (FEISHU_NOT_FOUND). */
export function isNotFound(err: unknown): boolean {
  return isBasesyncError(err, 'FEISHU_NOT_FOUND');
}
