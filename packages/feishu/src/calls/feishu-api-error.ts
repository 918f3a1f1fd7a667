import { BasesyncError, type ErrorCode } from '@basesync/core';
import type { CallFailure, FailureClass } from './failure.js';

const CODE_FOR_CLASS = {
  rate_limited: 'FEISHU_RATE_LIMITED',
  write_conflict: 'FEISHU_WRITE_CONFLICT',
  token_invalid: 'FEISHU_TOKEN_INVALID',
  transient: 'FEISHU_UNAVAILABLE',
  network: 'FEISHU_UNAVAILABLE',
  credentials: 'FEISHU_CREDENTIALS_REJECTED',
  permission: 'FEISHU_PERMISSION_DENIED',
  quota: 'FEISHU_QUOTA_EXHAUSTED',
  not_found: 'FEISHU_NOT_FOUND',
  invalid: 'FEISHU_REQUEST_INVALID',
} as const satisfies Record<FailureClass, ErrorCode>;

/** A failed Feishu call: the basesync code plus Feishu's own code, log id, endpoint and attempts. */
export class FeishuApiError extends BasesyncError {
  readonly endpoint: string;
  readonly failureClass: FailureClass;
  readonly feishuCode: number | undefined;
  readonly httpStatus: number | undefined;
  readonly logId: string | undefined;
  readonly attempts: number;
  /** True when the call was a write whose effect is unknown (response lost, 5xx): read back before retrying. */
  readonly outcomeUnknown: boolean;

  constructor(
    endpoint: string,
    cls: FailureClass,
    failure: CallFailure,
    attempts: number,
    outcomeUnknown = false,
  ) {
    const code = CODE_FOR_CLASS[cls];
    const where =
      failure.kind === 'response' ? describeResponse(failure) : `network error ${failure.errorCode}`;
    super(code, `feishu ${endpoint} failed after ${attempts} attempt(s): ${where}: ${failure.msg}`, {
      field: endpoint,
      value: failure.kind === 'response' ? failure.code : failure.errorCode,
    });
    this.endpoint = endpoint;
    this.failureClass = cls;
    this.feishuCode = failure.kind === 'response' ? failure.code : undefined;
    this.httpStatus = failure.kind === 'response' ? failure.status : undefined;
    this.logId = failure.kind === 'response' ? failure.logId : undefined;
    this.attempts = attempts;
    this.outcomeUnknown = outcomeUnknown;
  }
}

function describeResponse(failure: Extract<CallFailure, { kind: 'response' }>): string {
  const code = failure.code === undefined ? 'no code' : `code ${failure.code}`;
  const logId = failure.logId === undefined ? '' : `, log id ${failure.logId}`;
  return `HTTP ${failure.status}, ${code}${logId}`;
}
