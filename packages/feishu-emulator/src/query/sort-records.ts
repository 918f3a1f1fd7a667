import type { ReadContext } from '../codec/read-value.js';
import { FeishuCode, feishuError } from '../feishu-error.js';
import type { StoredRecord, Table } from '../store/model.js';
import { filterCell, type FilterCell } from './filter-cell.js';

export const MAX_SORTS = 100;

export type SortSpec = { readonly field_name: string; readonly desc: boolean };

function sortKey(cell: FilterCell): string | number | undefined {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
    case 'date':
      return cell.value;
    case 'bool':
      return cell.value ? 1 : 0;
    case 'set':
      return cell.values.join(',');
    default:
      return undefined;
  }
}

export function parseSorts(raw: unknown): SortSpec[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw))
    throw feishuError(FeishuCode.invalidSort, 'InvalidSort: sort must be a list of {field_name, desc}');
  if (raw.length > MAX_SORTS)
    throw feishuError(FeishuCode.sortTooLong, `SortLengthExceedLimit: at most ${MAX_SORTS} sort keys`);
  return raw.map((s: unknown) => {
    const o = (s ?? {}) as { field_name?: unknown; desc?: unknown };
    if (typeof o.field_name !== 'string')
      throw feishuError(FeishuCode.invalidSort, 'InvalidSort: each sort key needs a field_name');
    return { field_name: o.field_name, desc: o.desc === true };
  });
}

/** Sorts records by the given keys; empty cells go last whatever the direction. */
export function sortRecords(
  table: Table,
  records: StoredRecord[],
  sorts: readonly SortSpec[],
  ctx: ReadContext,
): StoredRecord[] {
  if (sorts.length === 0) return records;
  const keys = sorts.map((s) => {
    const field = table.fields.find((f) => f.name === s.field_name);
    if (field === undefined)
      throw feishuError(
        FeishuCode.fieldNameNotFound,
        `FieldNameNotFound: sort names unknown field "${s.field_name}"`,
      );
    return { field, desc: s.desc };
  });
  const rows = records.map((r) => ({ r, k: keys.map(({ field }) => sortKey(filterCell(field, r, ctx))) }));
  rows.sort((a, b) => {
    for (const [i, { desc }] of keys.entries()) {
      const x = a.k[i];
      const y = b.k[i];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return desc ? -cmp : cmp;
    }
    return 0;
  });
  return rows.map((row) => row.r);
}
