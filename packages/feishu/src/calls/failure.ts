/** What went wrong with one HTTP exchange, normalised from the SDK's resolve/reject shapes. */
export type CallFailure =
  | {
      readonly kind: 'response';
      readonly status: number;
      /** Feishu's business code from the body, when the body had one. */
      readonly code: number | undefined;
      readonly msg: string;
      readonly logId: string | undefined;
      /** Seconds from `x-ogw-ratelimit-reset`, when present. */
      readonly resetSeconds: number | undefined;
    }
  /** No response at all: connection refused/reset, timeout. A write may or may not have happened. */
  | { readonly kind: 'network'; readonly errorCode: string; readonly msg: string };

/** How the retry loop treats a failure. */
export const FailureClass = {
  rateLimited: 'rate_limited',
  writeConflict: 'write_conflict',
  tokenInvalid: 'token_invalid',
  transient: 'transient',
  network: 'network',
  credentials: 'credentials',
  permission: 'permission',
  quota: 'quota',
  notFound: 'not_found',
  invalid: 'invalid',
} as const;
export type FailureClass = (typeof FailureClass)[keyof typeof FailureClass];

const CODE_CLASSES: ReadonlyMap<number, FailureClass> = new Map<number, FailureClass>([
  [99991400, 'rate_limited'],
  [1254290, 'rate_limited'],
  [1000004, 'rate_limited'],
  [1000005, 'rate_limited'],
  [1254291, 'write_conflict'],
  [1254607, 'write_conflict'],
  [99991661, 'token_invalid'],
  [99991663, 'token_invalid'],
  [99991664, 'token_invalid'],
  [99991665, 'token_invalid'],
  [99991671, 'token_invalid'],
  [1254002, 'transient'],
  [1254036, 'transient'],
  [1255001, 'transient'],
  [1255002, 'transient'],
  [1255003, 'transient'],
  [1255005, 'transient'],
  [1255040, 'transient'],
  [1500, 'transient'],
  [5000, 'transient'],
  [2200, 'transient'],
  [99991543, 'credentials'],
  [99991662, 'credentials'],
  [99991673, 'credentials'],
  [10013, 'credentials'],
  [10014, 'credentials'],
  [10015, 'credentials'],
  [99991672, 'permission'],
  [99991401, 'permission'],
  [91403, 'permission'],
  [1254302, 'permission'],
  [1254304, 'permission'],
  [1254027, 'permission'],
  [99991403, 'quota'],
  [1254306, 'quota'],
  [99991201, 'not_found'],
]);

/** Classifies by HTTP status and Feishu code only, never by message text. */
export function classifyFailure(failure: CallFailure): FailureClass {
  if (failure.kind === 'network') return 'network';
  const byCode = failure.code === undefined ? undefined : CODE_CLASSES.get(failure.code);
  if (byCode) return byCode;
  if (failure.code !== undefined && failure.code >= 1254040 && failure.code <= 1254045) return 'not_found';
  if (failure.status === 429) return 'rate_limited';
  if (failure.status >= 500) return 'transient';
  if (failure.status === 401) return 'token_invalid';
  if (failure.status === 403) return 'permission';
  if (failure.status === 404) return 'not_found';
  return 'invalid';
}

/** Classes worth another attempt after a backoff (token_invalid after a token refresh). */
export function isRetryable(cls: FailureClass): boolean {
  return (
    cls === 'rate_limited' ||
    cls === 'write_conflict' ||
    cls === 'token_invalid' ||
    cls === 'transient' ||
    cls === 'network'
  );
}

/** Classes that say "Feishu refuses this app", not "this request": they open the circuit at once. */
export function isAppWideRefusal(cls: FailureClass): boolean {
  return cls === 'credentials' || cls === 'quota';
}

/** True when a write may have been applied although no success came back. */
export function mayHaveCommitted(failure: CallFailure): boolean {
  if (failure.kind === 'network') return true;
  // A gateway or server error can arrive after the write was applied (1255040 is a timeout).
  const cls = classifyFailure(failure);
  return cls === 'transient';
}
