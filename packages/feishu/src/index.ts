export { DEFAULT_BACKOFF, backoffDelayMs, type BackoffPolicy } from '@basesync/core';
export { ApiMeter, type CallResult, type MeterSnapshot } from './calls/api-meter.js';
export {
  CLOSED,
  DEFAULT_BREAKER,
  admitCall,
  nextBreakerState,
  type BreakerEvent,
  type BreakerPolicy,
  type BreakerState,
} from './calls/circuit-breaker.js';
export { FeishuApiError } from './calls/feishu-api-error.js';
export {
  FailureClass,
  classifyFailure,
  isRetryable,
  mayHaveCommitted,
  type CallFailure,
} from './calls/failure.js';
export { SILENT_LOGGER, redact, redactingLogger, type FeishuLogger } from './calls/log-hooks.js';
export { createLocalLeaseProvider, type Lease, type LeaseProvider } from './limits/lease-provider.js';
export {
  RATE_SLACK_MS,
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
} from './limits/rate-limiter.js';
export { FEISHU_RATE_TIERS, type RateTier, type RateTiers } from './limits/rate-tiers.js';
export { deriveClientToken, isClientToken } from './records/client-token.js';
export { splitBatches, type BatchLimits } from './records/split-batches.js';
export { decryptEventPayload, encryptEventPayload } from './events/decrypt-event.js';
export {
  createEventDecoder,
  type CallbackRequest,
  type EventDecoder,
  type EventDecoderOptions,
} from './events/event-decoder.js';
export {
  FIELD_CHANGED_EVENT,
  RECORD_CHANGED_EVENT,
  type EventCell,
  type EventFieldMeta,
  type EventHeader,
  type FeishuEvent,
  type FieldAction,
  type RecordAction,
} from './events/event-types.js';
export { SIGNATURE_WINDOW_MS, signCallback, verifyCallbackSignature } from './events/verify-signature.js';
export { BitableClient } from './client/bitable-client.js';
export { DEFAULT_RECORD_LIMITS, type BitableClientOptions } from './client/client-options.js';
export type { CallSignal, RecordLimits } from './client/client-context.js';
export { collect } from './client/paging.js';
export type { FieldInfo, FieldSpec, TableInfo } from './client/schema-api.js';
export type { Attachment } from './client/drive-api.js';
export type { UserIdType } from './client/contact-api.js';
export type { CreatedRecord, CreateRequest } from './records/create-records.js';
export type { BatchGetResult } from './records/records-api.js';
export type {
  BitableRecord,
  RecordFields,
  RecordUpdate,
  SearchCondition,
  SearchFilter,
  SearchQuery,
} from './records/record-types.js';
export { FeishuCaller, type CallOptions, type CallerDeps } from './calls/feishu-caller.js';
export {
  LongConnection,
  type ConnectionGap,
  type LongConnectionOptions,
} from './connection/long-connection.js';
