import { BasesyncError } from '@basesync/core';
import { FeishuApiError } from '../calls/feishu-api-error.js';
import { withTableWrite, type CallSignal, type ClientContext } from '../client/client-context.js';
import { deriveClientToken } from './client-token.js';
import { matchKeysOf } from './match-key.js';
import { findByMatchKeys } from './read-back.js';
import type { RecordFields } from './record-types.js';
import { splitBatches } from './split-batches.js';

export type CreateRequest = {
  /** Names this logical batch across retries and restarts (e.g. its outbox ids): the client_token derives from it. */
  readonly batchKey: string;
  /** The field whose value identifies each record when the outcome must be read back (the mapping key). */
  readonly matchField: string;
  readonly records: readonly { readonly fields: RecordFields }[];
};

export type CreatedRecord = {
  readonly recordId: string;
  readonly matchKey: string;
  /** 'response' = Feishu's answer; 'read_back' = the response was lost and the record was found by its key. */
  readonly resolvedBy: 'response' | 'read_back';
};

/** Rounds of "send, read back" per sub-batch before giving up with FEISHU_OUTCOME_UNKNOWN. */
const MAX_ROUNDS = 6;
/** Feishu's answers to a client_token it has seen (1254608 same request again, 1255006 conflict). */
const TOKEN_SEEN_CODES = new Set([1254608, 1255006]);

type Pending = { readonly index: number; readonly key: string; readonly fields: RecordFields };

/**
 * Creates records exactly once. Each sub-batch carries a client_token derived from `batchKey`,
 * reused on every retry. When a create's outcome is unknown (response lost, 5xx), the table is
 * read back by match key while this call still holds the table's write lease, and only records
 * not found are sent again. Results are in input order.
 * Throws FEISHU_MATCH_KEY_INVALID, FEISHU_RECORD_TOO_LARGE, FEISHU_OUTCOME_UNKNOWN or a FeishuApiError.
 */
export async function createRecords(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  req: CreateRequest,
  opts: CallSignal = {},
): Promise<CreatedRecord[]> {
  const keys = matchKeysOf(req.records, req.matchField);
  const pending = req.records.map((r, index): Pending => ({
    index,
    key: keys[index] ?? '',
    fields: r.fields,
  }));
  const out: CreatedRecord[] = new Array<CreatedRecord>(pending.length);
  const batches = splitBatches(
    pending,
    ctx.limits.create,
    (p: Pending) => Buffer.byteLength(JSON.stringify({ fields: p.fields }), 'utf8') + 1,
  );
  for (const [n, batch] of batches.entries()) {
    const token = deriveClientToken(`${req.batchKey}#${n}/${batches.length}`);
    const created = await withTableWrite(ctx, appToken, tableId, opts.signal, () =>
      createExactlyOnce(ctx, appToken, tableId, req.matchField, batch, token, opts),
    );
    for (const c of created) out[c.index] = c.record;
  }
  return out;
}

async function createExactlyOnce(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  matchField: string,
  batch: readonly Pending[],
  firstToken: string,
  opts: CallSignal,
): Promise<{ index: number; record: CreatedRecord }[]> {
  const done: { index: number; record: CreatedRecord }[] = [];
  let todo = batch;
  let token = firstToken;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    try {
      const res = await ctx.caller.call(
        'records.batch_create',
        () =>
          ctx.sdk.bitable.v1.appTableRecord.batchCreate({
            path: { app_token: appToken, table_id: tableId },
            params: { client_token: token },
            data: { records: todo.map((p) => ({ fields: p.fields as Record<string, never> })) },
          }),
        { ...opts, stopWhenAmbiguous: true },
      );
      const records = res.data?.records ?? [];
      todo.forEach((p, i) =>
        done.push({
          index: p.index,
          record: { recordId: records[i]?.record_id ?? '', matchKey: p.key, resolvedBy: 'response' },
        }),
      );
      return done;
    } catch (err) {
      if (
        !(err instanceof FeishuApiError) ||
        !(err.outcomeUnknown || TOKEN_SEEN_CODES.has(err.feishuCode ?? 0))
      )
        throw err;
      ctx.log.warn(
        { endpoint: 'records.batch_create', tableId, records: todo.length, code: err.feishuCode, round },
        'create outcome unknown; reading back',
      );
      const found = await findByMatchKeys(
        ctx,
        appToken,
        tableId,
        matchField,
        todo.map((p) => p.key),
        opts,
      );
      const rest = todo.filter((p) => !found.has(p.key));
      for (const p of todo) {
        const recordId = found.get(p.key);
        if (recordId !== undefined)
          done.push({ index: p.index, record: { recordId, matchKey: p.key, resolvedBy: 'read_back' } });
      }
      if (rest.length === 0) return done;
      // Nothing landed: resend the same request with the same token. Part landed: a new request, a new token.
      if (rest.length !== todo.length) token = deriveClientToken(`${token}/rest/${round}`);
      todo = rest;
    }
  }
  throw new BasesyncError(
    'FEISHU_OUTCOME_UNKNOWN',
    `create of ${todo.length} record(s) in ${tableId} still unresolved after ${MAX_ROUNDS} rounds`,
    {
      field: 'records.batch_create',
      value: todo.length,
    },
  );
}
