import type { CallSignal, ClientContext } from '../client/client-context.js';
import { matchValueOf } from './match-key.js';
import { searchRecords } from './records-api.js';

/** Search allows at most 50 conditions per filter (reference §3.2). */
const CONDITIONS_PER_SEARCH = 50;

/**
 * Finds which of `keys` exist in the table's `matchField`, by search (`is` conditions joined by
 * `or`, 50 per call). Returns match key → record_id; a key held by several records maps to the first.
 */
export async function findByMatchKeys(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  matchField: string,
  keys: readonly string[],
  opts: CallSignal = {},
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const wanted = new Set(keys);
  for (let i = 0; i < keys.length; i += CONDITIONS_PER_SEARCH) {
    const chunk = keys.slice(i, i + CONDITIONS_PER_SEARCH);
    const conditions = chunk.map((k) => ({ fieldName: matchField, operator: 'is', value: [k] }));
    const query = { fieldNames: [matchField], filter: { conjunction: 'or' as const, conditions } };
    for await (const record of searchRecords(ctx, appToken, tableId, query, opts)) {
      const key = matchValueOf(record.fields[matchField]);
      if (key !== undefined && wanted.has(key) && !found.has(key)) found.set(key, record.recordId);
    }
  }
  return found;
}
