import type { RowDataPacket } from 'mysql2';
import { quoteIdentifier, quoteQualified } from '../db/identifiers.js';
import type { Queryable } from '../db/queryable.js';
import type { Mapping } from './mapping-model.js';
import { rowKeyText, type RowKey } from './row-key.js';

/** The current values of the given rows, by canonical key text; a key missing from the map was deleted. */
export async function readCurrentRows(
  db: Queryable,
  mapping: Mapping,
  keys: readonly RowKey[],
  columns: readonly string[],
): Promise<Map<string, RowDataPacket>> {
  const found = new Map<string, RowDataPacket>();
  if (keys.length === 0) return found;
  const keyCols = mapping.keyColumns;
  const wanted = [...new Set([...keyCols, ...columns])].map((c) => quoteIdentifier(c, 'column'));
  const tuple = `(${keyCols.map((c) => quoteIdentifier(c, 'column')).join(', ')})`;
  const placeholders = keys.map(() => `(${keyCols.map(() => '?').join(', ')})`).join(', ');
  const params = keys.flatMap((k) => keyCols.map((c) => k[c] ?? null));
  const [rows] = await db.query<RowDataPacket[]>(
    `SELECT ${wanted.join(', ')} FROM ${quoteQualified(mapping.mysqlSchema, mapping.mysqlTable)} WHERE ${tuple} IN (${placeholders})`,
    params,
  );
  for (const row of rows) found.set(rowKeyText(keyCols, row), row);
  return found;
}
