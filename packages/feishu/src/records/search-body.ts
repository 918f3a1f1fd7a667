import type { SearchCondition, SearchFilter, SearchQuery } from './record-types.js';

type WireCondition = { field_name: string; operator: string; value: string[] };

function wireConditions(conditions: readonly SearchCondition[]): WireCondition[] {
  return conditions.map((c) => ({ field_name: c.fieldName, operator: c.operator, value: [...c.value] }));
}

function wireFilter(filter: SearchFilter): Record<string, unknown> {
  return {
    conjunction: filter.conjunction,
    conditions: wireConditions(filter.conditions),
    ...(filter.children
      ? {
          children: filter.children.map((c) => ({
            conjunction: c.conjunction,
            conditions: wireConditions(c.conditions),
          })),
        }
      : {}),
  };
}

/** The JSON body of records/search for a query (reference §3.2, §6.1). */
export function searchBody(query: SearchQuery): Record<string, unknown> {
  return {
    ...(query.viewId === undefined ? {} : { view_id: query.viewId }),
    ...(query.fieldNames === undefined ? {} : { field_names: [...query.fieldNames] }),
    ...(query.sort === undefined
      ? {}
      : { sort: query.sort.map((s) => ({ field_name: s.fieldName, desc: s.desc === true })) }),
    ...(query.filter === undefined ? {} : { filter: wireFilter(query.filter) }),
    ...(query.automaticFields === undefined ? {} : { automatic_fields: query.automaticFields }),
  };
}
