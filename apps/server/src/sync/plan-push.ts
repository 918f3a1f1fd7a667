import { isBasesyncError, type ErrorCode } from '@basesync/core';
import type { RowDataPacket } from 'mysql2';
import type { Link } from './link-queries.js';
import type { EncodedRow, RowEncoder } from './row-encoder.js';

/** The outbox ids behind one coalesced row change. */
export type Change = { readonly keyText: string; readonly ids: readonly number[] };

export type PushPlan = {
  readonly creates: (Change & { readonly row: EncodedRow })[];
  readonly updates: (Change & { readonly row: EncodedRow; readonly recordId: string })[];
  readonly deletes: (Change & { readonly recordId: string })[];
  /** Echoes, no-ops and deletes of rows Bitable never had: nothing to send. */
  readonly skips: Change[];
  /** Rows whose values cannot be encoded: dead letters, they do not block the rest. */
  readonly invalid: (Change & { readonly code: ErrorCode; readonly message: string })[];
};

/**
 * Decides what each coalesced change needs, from the row's current values and its link: pure.
 * An unchanged hash (echo or no-op) is skipped; a missing row with a live link is a delete.
 */
export function planPush(
  changes: readonly Change[],
  rows: ReadonlyMap<string, RowDataPacket>,
  links: ReadonlyMap<string, Link>,
  encoder: RowEncoder,
): PushPlan {
  const plan: PushPlan = { creates: [], updates: [], deletes: [], skips: [], invalid: [] };
  for (const change of changes) {
    const link = links.get(change.keyText);
    const live = link !== undefined && !link.tombstone && link.recordId !== null ? link : undefined;
    const current = rows.get(change.keyText);
    if (current === undefined) {
      if (live?.recordId) plan.deletes.push({ ...change, recordId: live.recordId });
      else plan.skips.push(change);
      continue;
    }
    let row: EncodedRow;
    try {
      row = encoder.encode(current);
    } catch (err) {
      const code: ErrorCode = isBasesyncError(err) ? err.code : 'SYNC_VALUE_UNENCODABLE';
      plan.invalid.push({ ...change, code, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    if (live?.recordId === undefined || live.recordId === null) plan.creates.push({ ...change, row });
    else if (live.baseHash === row.hash) plan.skips.push(change);
    else plan.updates.push({ ...change, row, recordId: live.recordId });
  }
  return plan;
}
