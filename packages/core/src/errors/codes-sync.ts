import type { CatalogueEntry } from './catalogue-entry.js';

/** Errors of the sync workers (MySQL → Bitable outbox). */
export const syncCodes = {
  SYNC_VALUE_UNENCODABLE: {
    area: 'sync',
    cause: 'A MySQL value could not be converted for its Bitable field.',
    fix: 'Correct the value in the named column (or remap the column to a field type that can hold it); the row is retried on its next change.',
    retry: 'never',
  },
  SYNC_DELETE_BRAKE: {
    area: 'sync',
    cause:
      'One cycle would have deleted more than the allowed share of a mapped table’s records, so the mapping was paused.',
    fix: 'Check that the deletes in MySQL were intended, then resume the mapping (or raise the delete brake share).',
    retry: 'never',
  },
  SYNC_PUSH_FAILED: {
    area: 'sync',
    cause: 'Writing a change to Bitable failed on every attempt, so the change became a dead letter.',
    fix: 'Read the last error in the dead letter, fix its cause, then requeue it.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
