import { BasesyncError } from '@basesync/core';

/** MySQL's limit for schema, table, column and trigger names. */
export const MAX_IDENTIFIER_LENGTH = 64;

/** Which kind of name, for messages. */
export type IdentifierKind = 'schema' | 'table' | 'column' | 'trigger';

// MySQL forbids NUL and characters beyond the Basic Multilingual Plane in identifiers, and names
// ending in a space; everything else is legal when quoted.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000\u{10000}-\u{10FFFF}]/u;

function shown(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}

/**
 * Refuses a name MySQL could not hold. This only checks shape: a user-supplied name must also be
 * found in the introspected catalogue (see resolve-names.ts) before it reaches SQL text.
 * @throws BasesyncError MYSQL_IDENTIFIER_INVALID naming the kind and value.
 */
export function assertIdentifier(name: string, kind: IdentifierKind): void {
  // FORBIDDEN goes first: once supplementary characters are excluded, length counts characters.
  const problem =
    name.length === 0
      ? 'is empty'
      : FORBIDDEN.test(name)
        ? 'contains a NUL or a character outside the Basic Multilingual Plane'
        : name.length > MAX_IDENTIFIER_LENGTH
          ? `is longer than ${MAX_IDENTIFIER_LENGTH} characters`
          : name.endsWith(' ')
            ? 'ends with a space'
            : undefined;
  if (problem === undefined) return;
  throw new BasesyncError('MYSQL_IDENTIFIER_INVALID', `${kind} name ${shown(name)} ${problem}`, {
    field: kind,
    value: name.slice(0, 80),
  });
}

/** Quotes one identifier for SQL text: backticks around, backticks inside doubled. */
export function quoteIdentifier(name: string, kind: IdentifierKind): string {
  assertIdentifier(name, kind);
  return `\`${name.replaceAll('`', '``')}\``;
}

/** `schema`.`table`, each part quoted. */
export function quoteQualified(schema: string, table: string): string {
  return `${quoteIdentifier(schema, 'schema')}.${quoteIdentifier(table, 'table')}`;
}
