import type { Cell } from '../values/cell.js';
import { winnerOf, type ChangeTimes, type MergePolicy, type Side } from './conflict-policy.js';
import { mergeField } from './merge-field.js';

export type Values = Readonly<Record<string, Cell>>;

/** A field both sides changed differently; `winner` is set when the policy settled it. */
export type FieldConflict = {
  readonly field: string;
  readonly base: Cell;
  readonly mysql: Cell;
  readonly bitable: Cell;
  readonly winner: Side | undefined;
};

/** Both sides exist: the fields to write to each side, the new agreed base, and the conflicts. */
export type UpdateMerge = {
  readonly kind: 'update';
  readonly toMysql: Values;
  readonly toBitable: Values;
  /** The values both sides hold after the writes; unsettled conflict fields keep their old base. */
  readonly base: Values;
  readonly conflicts: readonly FieldConflict[];
};

/** What to do with one row/record pair; see docs/SYNC-SPEC.md for the table of cases. */
export type RecordMerge =
  | { readonly kind: 'noop' }
  | UpdateMerge
  | { readonly kind: 'create'; readonly target: Side; readonly values: Values }
  | { readonly kind: 'delete'; readonly target: Side }
  | { readonly kind: 'forget' }
  | { readonly kind: 'delete-conflict'; readonly deletedOn: Side; readonly values: Values };

export type MergeInput = {
  readonly fields: readonly string[];
  /** Last agreed values, or null when the pair was never synced. */
  readonly base: Values | null;
  /** Current values on each side, or null when the row/record is absent (deleted). */
  readonly mysql: Values | null;
  readonly bitable: Values | null;
  readonly policy: MergePolicy;
  readonly times?: ChangeTimes;
};

const other = (side: Side): Side => (side === 'mysql' ? 'bitable' : 'mysql');
const EMPTY: Values = {};

function mergeFields(input: MergeInput, base: Values, mysql: Values, bitable: Values): UpdateMerge {
  const toMysql: Record<string, Cell> = {};
  const toBitable: Record<string, Cell> = {};
  const merged: Record<string, Cell> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of input.fields) {
    const b = base[field] ?? null;
    const m = mysql[field] ?? null;
    const t = bitable[field] ?? null;
    const result = mergeField(b, m, t);
    merged[field] = result.kind === 'unchanged' ? b : result.kind === 'take' ? result.value : b;
    if (result.kind === 'take' && result.from === 'mysql') toBitable[field] = m;
    if (result.kind === 'take' && result.from === 'bitable') toMysql[field] = t;
    if (result.kind !== 'conflict') continue;
    const winner = winnerOf(field, input.policy, input.times ?? {});
    conflicts.push({ field, base: b, mysql: m, bitable: t, winner });
    if (winner === 'mysql') toBitable[field] = merged[field] = m;
    if (winner === 'bitable') toMysql[field] = merged[field] = t;
  }
  return { kind: 'update', toMysql, toBitable, base: merged, conflicts };
}

function isUpdate(merge: UpdateMerge): boolean {
  return Object.keys(merge.toMysql).length + Object.keys(merge.toBitable).length + merge.conflicts.length > 0;
}

/** One side deleted, the other still has the row: propagate the delete unless the survivor changed. */
function mergeDelete(input: MergeInput, base: Values, deletedOn: Side, survivor: Values): RecordMerge {
  const changed = input.fields.some(
    (f) => mergeField(base[f] ?? null, survivor[f] ?? null, base[f] ?? null).kind !== 'unchanged',
  );
  if (!changed) return { kind: 'delete', target: other(deletedOn) };
  const times = input.times ?? {};
  // A delete is a change of the whole record: field owners do not apply, the mapping's policy does.
  const winner = winnerOf(undefined, input.policy, times);
  if (winner === deletedOn) return { kind: 'delete', target: other(deletedOn) };
  if (winner === other(deletedOn)) return { kind: 'create', target: deletedOn, values: survivor };
  return { kind: 'delete-conflict', deletedOn, values: survivor };
}

/**
 * The three-way merge of one row/record pair. Pure: the caller passes the base from its link table,
 * both sides' current values, the policy and (for last-write-wins) the change times.
 */
export function mergeRecord(input: MergeInput): RecordMerge {
  const { base, mysql, bitable } = input;
  if (mysql === null && bitable === null) return base === null ? { kind: 'noop' } : { kind: 'forget' };
  if (base === null) {
    if (mysql === null) return { kind: 'create', target: 'mysql', values: bitable ?? EMPTY };
    if (bitable === null) return { kind: 'create', target: 'bitable', values: mysql };
    // Created on both sides under the same key: merge against an empty base.
    return mergeFields(input, EMPTY, mysql, bitable);
  }
  if (mysql === null) return mergeDelete(input, base, 'mysql', bitable ?? EMPTY);
  if (bitable === null) return mergeDelete(input, base, 'bitable', mysql);
  const merged = mergeFields(input, base, mysql, bitable);
  return isUpdate(merged) ? merged : { kind: 'noop' };
}
