import type { Cell } from '../values/cell.js';
import { cellKey } from '../values/cell-key.js';
import { hashText } from './hash-text.js';

/** A row or record as canonical cells by mapped field name (or field id). */
export type CanonicalRow = Readonly<Record<string, Cell>>;

function sortedNames(row: CanonicalRow): string[] {
  const names = Object.keys(row);
  for (let i = 1; i < names.length; i++) {
    if ((names[i - 1] ?? '') > (names[i] ?? '')) return names.sort();
  }
  return names; // callers that build rows in sorted order skip the sort
}

/** The exact text that is hashed: fields in sorted order, each `name`, then the cell key, NUL-separated. */
export function rowFingerprint(row: CanonicalRow): string {
  let text = '';
  for (const name of sortedNames(row)) text += `${name}\u0000${cellKey(row[name] ?? null)}\u0001`;
  return text;
}

/**
 * The canonical hash of a row: equal for equal values whatever the key order, number formatting
 * ("1.50" vs 1.5), time zone of the source, rich-text segmentation or display decorations. Used for
 * echo detection and drift checks. Equals `hashText(rowFingerprint(row))`.
 */
export function hashRow(row: CanonicalRow): string {
  // Building the flat fingerprint and hashing it in one tight loop measured ~1.6x faster than
  // feeding the hasher piece by piece (bench/core).
  return hashText(rowFingerprint(row));
}
