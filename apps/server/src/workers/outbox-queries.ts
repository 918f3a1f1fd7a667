import type { RowDataPacket } from 'mysql2';
import type { ConnectionSource, Queryable } from '../db/queryable.js';

/** One claimed outbox row. */
export type OutboxEntry = {
  readonly id: number;
  readonly sourceSchema: string;
  readonly sourceTable: string;
  readonly rowKey: string;
  readonly attempts: number;
};

/**
 * Claims up to `limit` due rows in a short transaction (`FOR UPDATE SKIP LOCKED`, so concurrent
 * workers take disjoint rows), stamps claimed_by/claimed_at and commits. A claim older than
 * `claimTtlMs` is expired and may be taken again.
 */
export async function claimOutbox(
  pool: ConnectionSource,
  workerId: string,
  limit: number,
  claimTtlMs: number,
): Promise<OutboxEntry[]> {
  const conn = await pool.getConnection();
  try {
    // READ COMMITTED: no gap locks on the due index, so the claim never blocks or deadlocks the
    // capture triggers inserting new outbox rows in users' transactions.
    await conn.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await conn.query('START TRANSACTION');
    const [rows] = await conn.query<RowDataPacket[]>(
      `SELECT id, source_schema, source_table, row_key, attempts FROM basesync_outbox
        WHERE state = 'pending' AND next_attempt_at <= UTC_TIMESTAMP(3)
          AND (claimed_at IS NULL OR claimed_at < UTC_TIMESTAMP(3) - INTERVAL ? MICROSECOND)
        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [claimTtlMs * 1000, limit],
    );
    const entries = rows.map(entryOf);
    if (entries.length > 0)
      await conn.query(
        'UPDATE basesync_outbox SET claimed_by = ?, claimed_at = UTC_TIMESTAMP(3) WHERE id IN (?)',
        [workerId, entries.map((e) => e.id)],
      );
    await conn.query('COMMIT');
    return entries;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    conn.release();
  }
}

function entryOf(r: RowDataPacket): OutboxEntry {
  return {
    id: Number(r['id']),
    sourceSchema: String(r['source_schema']),
    sourceTable: String(r['source_table']),
    rowKey: String(r['row_key']),
    attempts: Number(r['attempts']),
  };
}

/** Removes rows Feishu has confirmed (only while this worker still holds their claim). */
export async function removeDone(db: Queryable, workerId: string, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query('DELETE FROM basesync_outbox WHERE id IN (?) AND claimed_by = ?', [ids, workerId]);
}

/** A failed attempt: retry after `delayMs`, or become a dead letter when `dead`. */
export async function recordFailure(
  db: Queryable,
  ids: readonly number[],
  failure: { code: string; message: string; delayMs: number; dead: boolean },
): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE basesync_outbox SET attempts = attempts + 1, claimed_by = NULL, claimed_at = NULL,
       state = ?, last_error_code = ?, last_error_message = ?,
       next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND
     WHERE id IN (?)`,
    [
      failure.dead ? 'dead' : 'pending',
      failure.code,
      failure.message.slice(0, 2000),
      failure.delayMs * 1000,
      ids,
    ],
  );
}

/** Puts rows back unclaimed, due again after `delayMs` (their mapping is paused). */
export async function deferRows(db: Queryable, ids: readonly number[], delayMs: number): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE basesync_outbox SET claimed_by = NULL, claimed_at = NULL,
       next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND WHERE id IN (?)`,
    [delayMs * 1000, ids],
  );
}
