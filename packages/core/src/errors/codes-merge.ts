import type { CatalogueEntry } from './catalogue-entry.js';

/** Errors of the three-way merge in packages/core. */
export const mergeCodes = {
  MERGE_POLICY_INVALID: {
    area: 'merge',
    cause: 'A conflict policy or a per-field owner names something unknown.',
    fix: 'Use manual, bitable-wins, mysql-wins or last-write-wins, and owners only for mapped fields.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
