import { BasesyncError } from '@basesync/core';
import type { RecordFields } from './record-types.js';

/**
 * The match key of a record as text: a text/number cell in its write shape (`"A-1"`, `17`) or in
 * its read shape (`[{type:'text', text:'A-1'}]`). Undefined when the cell holds nothing usable.
 */
export function matchValueOf(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cell === '' ? undefined : cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : undefined;
  if (Array.isArray(cell)) {
    const text = cell
      .map((seg: unknown) =>
        typeof seg === 'object' && seg !== null && 'text' in seg ? String(seg.text) : '',
      )
      .join('');
    return text === '' ? undefined : text;
  }
  return undefined;
}

/** Checks every record has a non-empty, unique match key; returns the keys in order. Throws FEISHU_MATCH_KEY_INVALID. */
export function matchKeysOf(records: readonly { fields: RecordFields }[], matchField: string): string[] {
  const seen = new Map<string, number>();
  return records.map((r, i) => {
    const key = matchValueOf(r.fields[matchField]);
    const field = `records[${i}].fields.${matchField}`;
    if (key === undefined) {
      throw new BasesyncError(
        'FEISHU_MATCH_KEY_INVALID',
        `record #${i} has no value in match field "${matchField}"`,
        {
          field,
          value: r.fields[matchField] ?? null,
        },
      );
    }
    const first = seen.get(key);
    if (first !== undefined) {
      throw new BasesyncError(
        'FEISHU_MATCH_KEY_INVALID',
        `records #${first} and #${i} share match key "${key}"`,
        {
          field,
          value: key,
        },
      );
    }
    seen.set(key, i);
    return key;
  });
}
