import type { ReadContext } from '../codec/read-value.js';
import { FeishuCode, feishuError } from '../feishu-error.js';
import { FieldType } from '../store/field-types.js';
import type { Field, StoredRecord, Table } from '../store/model.js';
import { dateFilterRange } from './day-range.js';
import { filterCell, type FilterCell } from './filter-cell.js';

export const MAX_CONDITIONS = 50;
export const MAX_CONDITION_VALUES = 10;

const OPERATORS = [
  'is',
  'isNot',
  'contains',
  'doesNotContain',
  'isEmpty',
  'isNotEmpty',
  'isGreater',
  'isGreaterEqual',
  'isLess',
  'isLessEqual',
] as const;
type Operator = (typeof OPERATORS)[number];

export type RecordPredicate = (record: StoredRecord) => boolean;
type Condition = { field: Field; operator: Operator; value: readonly string[] };
export type FilterEnv = { readonly ctx: ReadContext; readonly now: number; readonly timeZone: string };

function invalid(message: string): never {
  throw feishuError(FeishuCode.invalidFilter, `InvalidFilter: ${message}`);
}

function parseCondition(table: Table, raw: unknown): Condition {
  const c = (raw ?? {}) as { field_name?: unknown; operator?: unknown; value?: unknown };
  const field = table.fields.find((f) => f.name === c.field_name);
  if (field === undefined)
    throw feishuError(
      FeishuCode.fieldNameNotFound,
      `FieldNameNotFound: filter names unknown field ${JSON.stringify(c.field_name ?? null)}`,
    );
  if (!OPERATORS.includes(c.operator as Operator))
    invalid(`operator ${JSON.stringify(c.operator ?? null)} is not one of ${OPERATORS.join(', ')}`);
  if (!Array.isArray(c.value))
    invalid(`condition on "${field.name}" needs "value": a string array ([] for isEmpty/isNotEmpty)`);
  if (c.value.length > MAX_CONDITION_VALUES)
    invalid(`condition on "${field.name}" has more than ${MAX_CONDITION_VALUES} values`);
  if (field.type === FieldType.formula || field.type === FieldType.lookup)
    invalid(`formula and lookup fields cannot be filtered ("${field.name}")`);
  return { field, operator: c.operator as Operator, value: c.value.map(String) };
}

function compareOrdered(cell: number, operator: Operator, target: number): boolean {
  switch (operator) {
    case 'is':
      return cell === target;
    case 'isNot':
      return cell !== target;
    case 'isGreater':
      return cell > target;
    case 'isGreaterEqual':
      return cell >= target;
    case 'isLess':
      return cell < target;
    case 'isLessEqual':
      return cell <= target;
    default:
      return false;
  }
}

function matchDate(cell: number, c: Condition, env: FilterEnv): boolean {
  const range = dateFilterRange(c.value, env.now, env.timeZone);
  if (range === undefined)
    invalid(`date condition on "${c.field.name}" needs ["ExactDate","<ms>"], ["Today"], ...`);
  if (c.operator === 'is') return cell >= range.from && cell < range.to;
  if (c.operator === 'isGreater') return cell >= range.to;
  if (c.operator === 'isLess') return cell < range.from;
  return invalid(`operator ${c.operator} is not supported on date field "${c.field.name}"`);
}

function matchText(cell: string, c: Condition): boolean {
  const target = c.value[0] ?? '';
  const lower = cell.toLowerCase();
  switch (c.operator) {
    case 'is':
      return cell === target;
    case 'isNot':
      return cell !== target;
    case 'contains':
      return c.value.some((v) => lower.includes(v.toLowerCase()));
    case 'doesNotContain':
      return c.value.every((v) => !lower.includes(v.toLowerCase()));
    default:
      return compareOrdered(cell.localeCompare(target), c.operator, 0);
  }
}

function matchSet(values: readonly string[], c: Condition): boolean {
  const has = (v: string) => values.includes(v);
  switch (c.operator) {
    case 'is':
      return values.length === c.value.length && c.value.every(has);
    case 'isNot':
      return !(values.length === c.value.length && c.value.every(has));
    case 'contains':
      return c.value.some(has);
    case 'doesNotContain':
      return !c.value.some(has);
    default:
      return invalid(`operator ${c.operator} is not supported on field "${c.field.name}"`);
  }
}

function matchCell(cell: FilterCell, c: Condition, env: FilterEnv): boolean {
  if (c.operator === 'isEmpty')
    return cell.kind === 'empty' || (cell.kind === 'set' && cell.values.length === 0);
  if (c.operator === 'isNotEmpty')
    return !(cell.kind === 'empty' || (cell.kind === 'set' && cell.values.length === 0));
  if (c.field.type === FieldType.checkbox)
    return (cell.kind === 'bool' && cell.value) === (c.value[0] === 'true');
  if (cell.kind === 'empty') return c.operator === 'isNot' || c.operator === 'doesNotContain';
  switch (cell.kind) {
    case 'text':
      return matchText(cell.value, c);
    case 'number':
      return compareOrdered(cell.value, c.operator, Number(c.value[0]));
    case 'date':
      return matchDate(cell.value, c, env);
    case 'set':
      return matchSet(cell.values, c);
    default:
      return invalid(`field "${c.field.name}" only supports isEmpty/isNotEmpty`);
  }
}

/** Compiles a search `filter` (one level of `children`) into a record predicate. */
export function compileFilter(table: Table, raw: unknown, env: FilterEnv, depth = 0): RecordPredicate {
  if (raw === undefined || raw === null) return () => true;
  const f = raw as { conjunction?: unknown; conditions?: unknown; children?: unknown };
  const conjunction = f.conjunction ?? 'and';
  if (conjunction !== 'and' && conjunction !== 'or')
    invalid(`conjunction must be "and" or "or", got ${JSON.stringify(conjunction)}`);
  const rawConditions = Array.isArray(f.conditions) ? f.conditions : [];
  if (rawConditions.length > MAX_CONDITIONS)
    throw feishuError(
      FeishuCode.filterTooLong,
      `FilterLengthExceedLimit: at most ${MAX_CONDITIONS} conditions`,
    );
  const children = Array.isArray(f.children) ? f.children : [];
  if (depth > 0 && children.length > 0) invalid('children may only be nested one level');
  const parts: RecordPredicate[] = rawConditions.map((rc) => {
    const c = parseCondition(table, rc);
    return (r) => matchCell(filterCell(c.field, r, env.ctx), c, env);
  });
  for (const child of children) parts.push(compileFilter(table, child, env, depth + 1));
  if (parts.length === 0) return () => true;
  return conjunction === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
}
