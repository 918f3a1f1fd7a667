import type { Cell } from '../values/cell.js';
import { cellKey } from '../values/cell-key.js';
import { hashText } from './hash-text.js';

/** A row or record as canonical cells by mapped field name (or field id). */
export type CanonicalRow = Readonly<Record<string, Cell>>;

/** The exact text that is hashed: fields in sorted order, each `name`, then the cell key, NUL-separated. */
export function rowFingerprint(row: CanonicalRow): string {
  const names = Object.keys(row).sort();
  let text = '';
  for (const name of names) text += `${name}\u0000${cellKey(row[name] ?? null)}\u0001`;
  return text;
}

/**
 * The canonical hash of a row: equal for equal values whatever the key order, number formatting
 * ("1.50" vs 1.5), time zone of the source, rich-text segmentation or display decorations. Used for
 * echo detection and drift checks.
 */
export function hashRow(row: CanonicalRow): string {
  return hashText(rowFingerprint(row));
}
