/** A row's primary key values by column, as the capture triggers write them. */
export type RowKey = Readonly<Record<string, unknown>>;

/** The canonical text of a key: its columns in the mapping's key order, as JSON. */
export function rowKeyText(keyColumns: readonly string[], key: RowKey): string {
  const ordered: Record<string, unknown> = {};
  for (const column of keyColumns) {
    const value = key[column];
    // Text form, so a key read back from the table matches the trigger's JSON whatever the types.
    ordered[column] =
      value === null || value === undefined
        ? null
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
  }
  return JSON.stringify(ordered);
}

/** Parses the outbox's key JSON into the canonical key text for a mapping. */
export function canonicalKeyText(keyColumns: readonly string[], outboxKey: string): string {
  return rowKeyText(keyColumns, JSON.parse(outboxKey) as RowKey);
}
