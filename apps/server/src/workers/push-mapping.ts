import { BasesyncError, hashText } from '@basesync/core';
import type { BitableClient } from '@basesync/feishu';
import type { Queryable } from '../db/queryable.js';
import { countLiveLinks, findLinks, saveLinks, tombstoneLinks } from '../sync/link-queries.js';
import { pauseMapping, type Mapping } from '../sync/mapping-model.js';
import { planPush, type Change, type PushPlan } from '../sync/plan-push.js';
import { readCurrentRows } from '../sync/read-rows.js';
import { RowEncoder } from '../sync/row-encoder.js';
import type { RowKey } from '../sync/row-key.js';
import { sendIsolating, type Isolated } from './isolate-failures.js';

/** The delete brake: a cycle may delete at most `share` of a mapping's links (below `minRows`, never braked). */
export type DeleteBrake = { readonly share: number; readonly minRows: number };

export type PushDeps = {
  readonly db: Queryable;
  readonly client: BitableClient;
  readonly brake: DeleteBrake;
  readonly signal: AbortSignal;
};

/** What happened to a mapping's changes: failed ones carry their error; paused means keep them all. */
export type PushOutcome =
  { readonly paused: true } | { readonly paused: false; readonly failed: Isolated<Change>[] };

/** Pushes one mapping's coalesced changes to Bitable and updates its links after Feishu confirms. */
export async function pushMapping(
  deps: PushDeps,
  mapping: Mapping,
  changes: readonly Change[],
  keys: ReadonlyMap<string, RowKey>,
): Promise<PushOutcome> {
  const encoder = new RowEncoder(mapping.fieldMap);
  const rows = await readCurrentRows(deps.db, mapping, [...keys.values()], encoder.columns);
  const links = await findLinks(
    deps.db,
    mapping.id,
    changes.map((c) => c.keyText),
  );
  const plan = planPush(changes, rows, links, encoder);
  if (await brakeHit(deps, mapping, plan)) return { paused: true };
  const failed: Isolated<Change>[] = plan.invalid.map((c) => ({
    item: c,
    error: new BasesyncError(c.code, c.message),
  }));
  failed.push(...(await sendCreates(deps, mapping, plan)));
  failed.push(...(await sendUpdates(deps, mapping, plan)));
  failed.push(...(await sendDeletes(deps, mapping, plan)));
  return { paused: false, failed };
}

async function brakeHit(deps: PushDeps, mapping: Mapping, plan: PushPlan): Promise<boolean> {
  const deletes = plan.deletes.length;
  if (deletes < deps.brake.minRows) return false;
  const live = await countLiveLinks(deps.db, mapping.id);
  if (deletes <= live * deps.brake.share) return false;
  const pct = Math.round(deps.brake.share * 100);
  await pauseMapping(deps.db, mapping.id, {
    code: 'SYNC_DELETE_BRAKE',
    message: `one cycle would delete ${deletes} of ${live} records of ${mapping.mysqlTable} (more than ${pct} %)`,
  });
  return true;
}

function matchFieldOf(mapping: Mapping): string {
  const key = mapping.keyColumns[0];
  const binding = mapping.fieldMap.find((b) => b.column === key);
  if (!binding)
    throw new BasesyncError('SYNC_PUSH_FAILED', `key column \`${key ?? ''}\` is not mapped to a field`, {
      field: 'key_columns',
      value: key,
      fix: 'Map the key column to a text or number field so creates can be matched exactly once.',
    });
  return binding.fieldName;
}

function sendCreates(deps: PushDeps, mapping: Mapping, plan: PushPlan) {
  return sendIsolating(plan.creates, async (batch) => {
    // Derived from the outbox ids: a retry of the same rows reuses the same client_token.
    const batchKey = `outbox:${mapping.id}:${hashText(batch.map((c) => c.ids.join(',')).join(';'))}`;
    const created = await deps.client.createRecords(
      mapping.appToken,
      mapping.tableId,
      { batchKey, matchField: matchFieldOf(mapping), records: batch.map((c) => ({ fields: c.row.fields })) },
      { signal: deps.signal },
    );
    const links = batch.map((c, i) => ({
      rowKey: c.keyText,
      recordId: created[i]?.recordId ?? '',
      baseValues: c.row.canonical,
      baseHash: c.row.hash,
    }));
    await saveLinks(deps.db, mapping.id, links);
  });
}

function sendUpdates(deps: PushDeps, mapping: Mapping, plan: PushPlan) {
  return sendIsolating(plan.updates, async (batch) => {
    const updates = batch.map((c) => ({ recordId: c.recordId, fields: c.row.fields }));
    await deps.client.updateRecords(mapping.appToken, mapping.tableId, updates, { signal: deps.signal });
    const links = batch.map((c) => ({
      rowKey: c.keyText,
      recordId: c.recordId,
      baseValues: c.row.canonical,
      baseHash: c.row.hash,
    }));
    await saveLinks(deps.db, mapping.id, links);
  });
}

function sendDeletes(deps: PushDeps, mapping: Mapping, plan: PushPlan) {
  return sendIsolating(plan.deletes, async (batch) => {
    await deps.client.deleteRecords(
      mapping.appToken,
      mapping.tableId,
      batch.map((c) => c.recordId),
      {
        signal: deps.signal,
      },
    );
    await tombstoneLinks(
      deps.db,
      mapping.id,
      batch.map((c) => c.keyText),
    );
  });
}
