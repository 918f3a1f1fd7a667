import { BasesyncError } from '@basesync/core';
import { assertIdentifier } from '../identifiers.js';
import type { ColumnInfo, SchemaCatalog, TableInfo } from './catalog.js';

function didYouMean(name: string, candidates: readonly string[]): string {
  const near = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
}

/**
 * The introspected table a user named: a name reaches SQL text only after this found it.
 * @throws BasesyncError MYSQL_IDENTIFIER_INVALID, MYSQL_TABLE_NOT_FOUND
 */
export function resolveTable(catalog: SchemaCatalog, name: string): TableInfo {
  assertIdentifier(name, 'table');
  const table = catalog.tables.find((t) => t.name === name);
  if (table !== undefined) return table;
  const names = catalog.tables.map((t) => t.name);
  throw new BasesyncError(
    'MYSQL_TABLE_NOT_FOUND',
    `table ${JSON.stringify(name)} is not in database ${JSON.stringify(catalog.schema)}${didYouMean(name, names)}`,
    { field: 'table', value: name.slice(0, 80) },
  );
}

/**
 * The introspected columns a user named, in the order given.
 * @throws BasesyncError MYSQL_IDENTIFIER_INVALID, MYSQL_COLUMN_NOT_FOUND
 */
export function resolveColumns(table: TableInfo, names: readonly string[]): ColumnInfo[] {
  return names.map((name) => {
    assertIdentifier(name, 'column');
    const column = table.columns.find((c) => c.name === name);
    if (column !== undefined) return column;
    const hint = didYouMean(
      name,
      table.columns.map((c) => c.name),
    );
    throw new BasesyncError(
      'MYSQL_COLUMN_NOT_FOUND',
      `column ${JSON.stringify(name)} is not in table ${table.schema}.${table.name}${hint}`,
      { field: 'column', value: name.slice(0, 80) },
    );
  });
}
