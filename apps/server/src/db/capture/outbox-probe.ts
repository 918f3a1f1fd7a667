import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';

/**
 * Is any outbox row due? Answered from the (state, next_attempt_at) index alone, so the worker
 * can ask every few milliseconds without reading rows.
 */
export const DUE_OUTBOX_PROBE_SQL =
  "SELECT 1 AS due FROM basesync_outbox WHERE state = 'pending' AND next_attempt_at <= UTC_TIMESTAMP(3) LIMIT 1";

/** True when at least one pending outbox row is due now. */
export async function hasDueOutboxRows(db: Queryable): Promise<boolean> {
  const [rows] = await db.query<RowDataPacket[]>(DUE_OUTBOX_PROBE_SQL);
  return rows.length > 0;
}
