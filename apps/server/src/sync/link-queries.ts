import type { RowDataPacket } from 'mysql2';
import type { Cell } from '@basesync/core';
import type { Queryable } from '../db/queryable.js';

/** A row ⇄ record pair as the worker needs it. */
export type Link = {
  readonly rowKey: string;
  readonly recordId: string | null;
  readonly baseHash: string;
  readonly tombstone: boolean;
};

/** Links of a mapping for the given row keys, by row key. */
export async function findLinks(
  db: Queryable,
  mappingId: number,
  rowKeys: readonly string[],
): Promise<Map<string, Link>> {
  const found = new Map<string, Link>();
  if (rowKeys.length === 0) return found;
  const [rows] = await db.query<RowDataPacket[]>(
    'SELECT row_key, record_id, base_hash, tombstone FROM basesync_links WHERE mapping_id = ? AND row_key IN (?)',
    [mappingId, rowKeys],
  );
  for (const r of rows) {
    const rowKey = String(r['row_key']);
    const recordId = r['record_id'] === null ? null : String(r['record_id']);
    found.set(rowKey, {
      rowKey,
      recordId,
      baseHash: String(r['base_hash']),
      tombstone: Boolean(r['tombstone']),
    });
  }
  return found;
}

/** How many live (not tombstoned) links a mapping has: the base of the delete brake. */
export async function countLiveLinks(db: Queryable, mappingId: number): Promise<number> {
  const [rows] = await db.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS n FROM basesync_links WHERE mapping_id = ? AND tombstone = 0',
    [mappingId],
  );
  return Number(rows[0]?.['n'] ?? 0);
}

/** A pair whose values Bitable has confirmed. */
export type ConfirmedLink = {
  readonly rowKey: string;
  readonly recordId: string;
  readonly baseValues: Record<string, Cell>;
  readonly baseHash: string;
};

/** Records that Bitable now holds these values for these rows (insert or refresh), in one statement. */
export async function saveLinks(
  db: Queryable,
  mappingId: number,
  links: readonly ConfirmedLink[],
): Promise<void> {
  if (links.length === 0) return;
  const values = links.map((l) => [
    mappingId,
    l.rowKey,
    l.recordId,
    JSON.stringify(l.baseValues),
    l.baseHash,
  ]);
  await db.query(
    `INSERT INTO basesync_links (mapping_id, row_key, record_id, base_values, base_hash) VALUES ?
     ON DUPLICATE KEY UPDATE record_id = VALUES(record_id), base_values = VALUES(base_values),
       base_hash = VALUES(base_hash), tombstone = 0, deleted_at = NULL, synced_at = UTC_TIMESTAMP(3)`,
    [values],
  );
}

/** Marks pairs deleted; the tombstones stay so a late event cannot resurrect the records. */
export async function tombstoneLinks(
  db: Queryable,
  mappingId: number,
  rowKeys: readonly string[],
): Promise<void> {
  if (rowKeys.length === 0) return;
  await db.query(
    `UPDATE basesync_links SET tombstone = 1, deleted_at = UTC_TIMESTAMP(3), synced_at = UTC_TIMESTAMP(3)
       WHERE mapping_id = ? AND row_key IN (?)`,
    [mappingId, rowKeys],
  );
}
