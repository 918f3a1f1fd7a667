import { fieldKindOf, type BitableField } from '../bitable/field-kind.js';
import { compatibilityOf } from '../matrix/compatibility.js';
import { columnFamilyOf } from '../mysql/column-family.js';
import { parseColumnType } from '../mysql/column-type.js';
import { nameSimilarity } from './name-similarity.js';

/** A MySQL column as `information_schema.COLUMNS` lists it. */
export type ColumnInfo = { readonly name: string; readonly columnType: string; readonly comment?: string };

export type MappingSuggestion = {
  readonly column: string;
  readonly field: string;
  readonly fieldId?: string;
  /** 0–1: how sure the suggestion is. */
  readonly confidence: number;
  /** Why, in short phrases (`name matches`, `comment "金额" matches`, `types pair two-way`). */
  readonly reasons: readonly string[];
  readonly twoWay: boolean;
};

const NAME_WEIGHT = 0.75;
const TYPE_WEIGHT = 0.25;
const MIN_NAME_SCORE = 0.4;

function typeFit(
  column: ColumnInfo,
  field: BitableField,
): { score: number; twoWay: boolean; reason: string } | undefined {
  const kind = fieldKindOf(field);
  let found;
  try {
    found = columnFamilyOf(parseColumnType(column.columnType));
  } catch {
    return undefined;
  }
  if (kind === undefined || 'refused' in found) return undefined;
  const entry = compatibilityOf(kind, found.family);
  if (!entry) return undefined;
  const twoWay = entry.directions.includes('two-way');
  const reason = twoWay
    ? `${kind} ⇄ ${found.family} syncs two-way`
    : `${kind} → ${found.family} syncs one way only`;
  return { score: twoWay ? 1 : 0.5, twoWay, reason };
}

function suggestPair(column: ColumnInfo, field: BitableField): MappingSuggestion | undefined {
  const fit = typeFit(column, field);
  if (!fit) return undefined;
  const byName = nameSimilarity(column.name, field.name);
  const byComment = column.comment ? nameSimilarity(column.comment, field.name) : 0;
  const nameScore = Math.max(byName, byComment);
  if (nameScore < MIN_NAME_SCORE) return undefined;
  const reasons = [
    byName >= byComment
      ? `name "${column.name}" ~ "${field.name}"`
      : `comment "${column.comment ?? ''}" ~ "${field.name}"`,
    fit.reason,
  ];
  const confidence = Math.round((NAME_WEIGHT * nameScore + TYPE_WEIGHT * fit.score) * 100) / 100;
  return {
    column: column.name,
    field: field.name,
    ...(field.id ? { fieldId: field.id } : {}),
    confidence,
    reasons,
    twoWay: fit.twoWay,
  };
}

/**
 * Ranked column ↔ field pairs, best first: by name (column name or its comment against the field
 * name, Chinese words translated) and by type compatibility. Pairs the matrix forbids are left out.
 */
export function suggestMappings(
  columns: readonly ColumnInfo[],
  fields: readonly BitableField[],
): MappingSuggestion[] {
  const all: MappingSuggestion[] = [];
  for (const column of columns) {
    for (const field of fields) {
      const s = suggestPair(column, field);
      if (s) all.push(s);
    }
  }
  return all.sort((a, b) => b.confidence - a.confidence || a.column.localeCompare(b.column));
}

/** The best one-to-one choice from ranked suggestions: each column and field used once, greedily. */
export function pickBestPairs(ranked: readonly MappingSuggestion[]): MappingSuggestion[] {
  const columns = new Set<string>();
  const fields = new Set<string>();
  return ranked.filter((s) => {
    if (columns.has(s.column) || fields.has(s.field)) return false;
    columns.add(s.column);
    fields.add(s.field);
    return true;
  });
}
