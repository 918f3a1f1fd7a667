import type { Cell } from '../values/cell.js';
import { cellEquals } from '../values/cell-key.js';

/** The outcome of one field's three-way merge, before any conflict policy applies. */
export type FieldMerge =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'take'; readonly from: 'mysql' | 'bitable' | 'both'; readonly value: Cell }
  | { readonly kind: 'conflict'; readonly mysql: Cell; readonly bitable: Cell };

/**
 * Merges one field: base is the value both sides last agreed on. A change on one side is taken; the
 * same change on both sides is agreed; different changes on both sides are a conflict.
 */
export function mergeField(base: Cell, mysql: Cell, bitable: Cell): FieldMerge {
  const mysqlChanged = !cellEquals(base, mysql);
  const bitableChanged = !cellEquals(base, bitable);
  if (!mysqlChanged && !bitableChanged) return { kind: 'unchanged' };
  if (!bitableChanged) return { kind: 'take', from: 'mysql', value: mysql };
  if (!mysqlChanged) return { kind: 'take', from: 'bitable', value: bitable };
  if (cellEquals(mysql, bitable)) return { kind: 'take', from: 'both', value: mysql };
  return { kind: 'conflict', mysql, bitable };
}
