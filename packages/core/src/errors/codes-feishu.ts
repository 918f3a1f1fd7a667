import type { CatalogueEntry } from './catalogue-entry.js';

/** Errors raised by packages/feishu: calls to the Feishu OpenAPI and decoding of its events. */
export const feishuCodes = {
  FEISHU_RATE_LIMITED: {
    area: 'feishu',
    cause: 'Feishu answered "too many requests" (gateway 429/99991400 or 1254290) on every attempt.',
    fix: 'Lower the configured rate tiers or spread the work; basesync retries on its own.',
    retry: 'transient',
  },
  FEISHU_WRITE_CONFLICT: {
    area: 'feishu',
    cause: 'Another writer kept the table busy (1254291/1254607) on every attempt.',
    fix: 'Make sure only one basesync process writes to this table, or retry later.',
    retry: 'transient',
  },
  FEISHU_UNAVAILABLE: {
    area: 'feishu',
    cause: 'Feishu failed with a server error or the network dropped on every attempt.',
    fix: 'Check connectivity to the Feishu OpenAPI domain; basesync retries with backoff.',
    retry: 'transient',
  },
  FEISHU_TOKEN_INVALID: {
    area: 'feishu',
    cause: 'Feishu kept rejecting the tenant access token even after it was fetched again.',
    fix: 'Check that the app is enabled and installed in the tenant, then restart the sync.',
    retry: 'slow',
  },
  FEISHU_CREDENTIALS_REJECTED: {
    area: 'feishu',
    cause: 'Feishu refused the app id / app secret when asked for a tenant access token.',
    fix: 'Set FEISHU_APP_ID and FEISHU_APP_SECRET to the values shown in the developer console.',
    retry: 'slow',
  },
  FEISHU_PERMISSION_DENIED: {
    area: 'feishu',
    cause: 'The app lacks a scope or access to this base (99991672, 91403, 1254302, 1254304).',
    fix: 'Grant the bitable scopes in the developer console and add the app to the base as a collaborator.',
    retry: 'slow',
  },
  FEISHU_QUOTA_EXHAUSTED: {
    area: 'feishu',
    cause: "The app's monthly API call quota is used up (99991403) or the base hit its plan limits.",
    fix: 'Raise the plan quota in the Feishu admin console or wait for the next month.',
    retry: 'slow',
  },
  FEISHU_REQUEST_INVALID: {
    area: 'feishu',
    cause: 'Feishu rejected the request as invalid (a field value, id or parameter is wrong).',
    fix: 'Read the Feishu code and message; correct the value or the mapping named in the error.',
    retry: 'never',
  },
  FEISHU_NOT_FOUND: {
    area: 'feishu',
    cause: 'The base, table, field or record named in the request does not exist (1254040-1254045).',
    fix: 'Check the app_token and table_id of the mapping; the object may have been deleted.',
    retry: 'never',
  },
  FEISHU_RECORD_TOO_LARGE: {
    area: 'feishu',
    cause: 'One record alone is larger than the request body limit, so no batch can carry it.',
    fix: 'Shorten the long cell values of this record (text cells hold at most 100,000 characters).',
    retry: 'never',
  },
  FEISHU_MATCH_KEY_INVALID: {
    area: 'feishu',
    cause: 'A record passed to an idempotent create has no match key value, or two share one.',
    fix: 'Give every record a unique, non-empty value in the match key field (the mapping key column).',
    retry: 'never',
  },
  FEISHU_OUTCOME_UNKNOWN: {
    area: 'feishu',
    cause: 'A create was sent but its outcome could not be established by reading the table back.',
    fix: 'Nothing was created twice; retry later, the read-back runs again before any new write.',
    retry: 'transient',
  },
  FEISHU_CIRCUIT_OPEN: {
    area: 'feishu',
    cause: 'Calls to Feishu are paused after persistent failures (auth revoked, quota, a streak of 5xx).',
    fix: 'Fix the reason given in the message; calls resume by themselves after a successful probe.',
    retry: 'slow',
  },
  FEISHU_CALL_ABORTED: {
    area: 'feishu',
    cause: 'A Feishu call was cancelled because basesync is stopping.',
    fix: 'Nothing to do: the work is picked up again after restart.',
    retry: 'transient',
  },
  FEISHU_EVENT_SIGNATURE_INVALID: {
    area: 'feishu',
    cause: 'An event callback carried a missing or wrong X-Lark-Signature: it was not sent by Feishu.',
    fix: 'Make sure FEISHU_ENCRYPT_KEY matches the Encrypt Key of the app in the developer console.',
    retry: 'never',
  },
  FEISHU_EVENT_STALE: {
    area: 'feishu',
    cause: 'An event callback was signed more than 5 minutes away from the local clock.',
    fix: 'Check the server clock (NTP); Feishu redelivers events that were not acknowledged.',
    retry: 'never',
  },
  FEISHU_EVENT_REPLAYED: {
    area: 'feishu',
    cause: 'An event callback with a signature already accepted was sent again.',
    fix: 'Nothing to do when it is rare; many replays point at someone re-sending captured requests.',
    retry: 'never',
  },
  FEISHU_EVENT_UNDECRYPTABLE: {
    area: 'feishu',
    cause: 'An encrypted event could not be decrypted with the configured Encrypt Key.',
    fix: 'Make sure FEISHU_ENCRYPT_KEY matches the Encrypt Key of the app in the developer console.',
    retry: 'never',
  },
  FEISHU_EVENT_MALFORMED: {
    area: 'feishu',
    cause: 'An event body is not a schema 2.0 event of the expected shape.',
    fix: 'Check that the app subscribes to drive.file.bitable_* events with schema 2.0.',
    retry: 'never',
  },
  FEISHU_EVENT_TOKEN_MISMATCH: {
    area: 'feishu',
    cause: "An event's verification token differs from the configured one.",
    fix: 'Set FEISHU_VERIFICATION_TOKEN to the Verification Token of the app in the developer console.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
