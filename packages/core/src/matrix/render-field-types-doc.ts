import { FieldKind, READ_ONLY_KINDS, UNSUPPORTED_KINDS } from '../bitable/field-kind.js';
import { ColumnFamily } from '../mysql/column-family.js';
import { compatibilityMatrix, lossyPairs, type CompatibilityEntry } from './compatibility.js';

const FAMILY_TYPES: Record<ColumnFamily, string> = {
  integer: 'TINYINT … BIGINT [UNSIGNED]',
  decimal: 'DECIMAL(p,s)',
  float: 'FLOAT',
  double: 'DOUBLE',
  string: 'CHAR/VARCHAR(n), TINYTEXT … LONGTEXT',
  enum: 'ENUM',
  set: 'SET',
  date: 'DATE',
  datetime: 'DATETIME(fsp)',
  timestamp: 'TIMESTAMP(fsp)',
  time: 'TIME(fsp)',
  year: 'YEAR',
  json: 'JSON',
  bit: 'BIT(1)',
};

const directionCell = (e: CompatibilityEntry): string =>
  e.directions.includes('two-way')
    ? 'two-way'
    : e.directions.length === 1
      ? 'Bitable → MySQL'
      : 'one way (either)';

function row(e: CompatibilityEntry): string {
  return `| ${e.kind} | ${e.family} | ${directionCell(e)} | ${e.lossless ? 'lossless' : '**lossy**'} | ${e.note} |`;
}

/** docs/field-types.md, rendered from the compatibility matrix in code (a test fails when the file is stale). */
export function renderFieldTypesDoc(): string {
  const lines = [
    '# Field types: Bitable ⇄ MySQL',
    '',
    '<!-- Generated from packages/core/src/matrix (pnpm --filter @basesync/core run docs). Do not edit by hand. -->',
    '',
    'Each row is a Bitable field kind paired with a MySQL column family. **lossless**: every value either side',
    'accepts comes back unchanged after a round trip, and any other value is refused with a `CODEC_*` error',
    'naming the field, the value and the fix — never silently changed. **lossy** pairs may sync one way only;',
    'two-way sync on them is refused (`CODEC_PAIR_LOSSY`). Computed kinds sync Bitable → MySQL only.',
    '',
    "Empty text and NULL are the same empty cell (a NOT NULL string column gets `''`). An unticked checkbox and",
    'NULL are the same (written as 0). Lists (multi-select, people, links, chats) compare as sets.',
    '',
    '## Column families',
    '',
    '| family | MySQL types |',
    '|---|---|',
    ...Object.values(ColumnFamily).map((f) => `| ${f} | ${FAMILY_TYPES[f]} |`),
    '',
    'Refused: BINARY/VARBINARY, BLOB types, spatial types, BIT(n>1) (`CODEC_COLUMN_TYPE_UNSUPPORTED`).',
    '',
    '## Matrix',
    '',
    '| field kind | column family | direction | fidelity | note |',
    '|---|---|---|---|---|',
    ...compatibilityMatrix().map(row),
    '',
    '## Lossy pairs',
    '',
    ...lossyPairs().map((e) => `- ${e.kind} × ${e.family}: ${e.note}`),
    '',
    '## Not synced',
    '',
    `Read-only kinds (Bitable → MySQL only): ${[...READ_ONLY_KINDS].join(', ')}.`,
    `Unsupported kinds: ${[...UNSUPPORTED_KINDS].join(', ')}.`,
    `Every kind: ${Object.values(FieldKind).join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}
