import { BasesyncError, backoffDelayMs, type BackoffPolicy } from '@basesync/core';
import { TransportFailure } from '../sdk/transport-failure.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { ApiMeter, CallResult } from './api-meter.js';
import {
  CLOSED,
  admitCall,
  nextBreakerState,
  type BreakerPolicy,
  type BreakerState,
} from './circuit-breaker.js';
import { FeishuApiError } from './feishu-api-error.js';
import {
  classifyFailure,
  isAppWideRefusal,
  isRetryable,
  mayHaveCommitted,
  type CallFailure,
  type FailureClass,
} from './failure.js';
import type { FeishuLogger } from './log-hooks.js';
import { sleep } from './sleep.js';

export type CallerDeps = {
  readonly limiter: RateLimiter;
  readonly meter: ApiMeter;
  readonly log: FeishuLogger;
  /** Drops the cached tenant token so the SDK fetches a new one on the next call. */
  readonly dropToken: () => void;
  readonly backoff: BackoffPolicy;
  readonly breaker: BreakerPolicy;
  readonly maxAttempts: number;
  readonly random: () => number;
  readonly now: () => number;
};

export type CallOptions = {
  readonly signal?: AbortSignal | undefined;
  /** For non-idempotent writes: when a failure may have been applied, throw instead of retrying. */
  readonly stopWhenAmbiguous?: boolean;
};

/** Pause after a write conflict (1254291): Feishu advises 0.5–1 s. */
const WRITE_CONFLICT_FLOOR_MS = 500;
/** Token rejections in one call before the app is considered refused (auth revoked). */
const MAX_TOKEN_REFRESHES = 2;

const RESULT_OF: Record<FailureClass, CallResult> = {
  rate_limited: 'rate_limited',
  write_conflict: 'write_conflict',
  token_invalid: 'token_invalid',
  transient: 'server_error',
  network: 'network',
  credentials: 'rejected',
  permission: 'rejected',
  quota: 'rejected',
  not_found: 'rejected',
  invalid: 'rejected',
};

/** Runs one logical Feishu call: breaker, rate limit, retries with full-jitter backoff, token refresh, meter. */
export class FeishuCaller {
  readonly #deps: CallerDeps;
  #breaker: BreakerState = CLOSED;

  constructor(deps: CallerDeps) {
    this.#deps = deps;
  }

  get breakerState(): BreakerState {
    return this.#breaker;
  }

  async call<T>(endpoint: string, send: () => Promise<T>, options: CallOptions = {}): Promise<T> {
    const { limiter, meter } = this.#deps;
    let tokenRefreshes = 0;
    for (let attempt = 1; ; attempt++) {
      const probing = this.#admit(endpoint);
      try {
        await limiter.acquire(endpoint, options.signal);
        const result = await send();
        meter.record(endpoint, 'ok');
        this.#breaker = CLOSED;
        return result;
      } catch (err) {
        if (!(err instanceof TransportFailure)) throw err;
        const cls = this.#classify(err);
        if (cls === 'token_invalid' && ++tokenRefreshes > MAX_TOKEN_REFRESHES) {
          this.#noteOutcome('credentials', err.failure);
          throw new FeishuApiError(endpoint, cls, err.failure, attempt);
        }
        this.#noteOutcome(cls, err.failure);
        meter.record(err.duringTokenFetch ? 'auth.tenant_token' : endpoint, RESULT_OF[cls]);
        const delayMs = this.#prepareRetry(endpoint, cls, err.failure, attempt, options);
        if (delayMs === undefined) {
          throw new FeishuApiError(
            endpoint,
            cls,
            err.failure,
            attempt,
            options.stopWhenAmbiguous === true && mayHaveCommitted(err.failure),
          );
        }
        await sleep(delayMs, options.signal);
      } finally {
        if (probing) this.#endProbeWithoutVerdict();
      }
    }
  }

  /** A probe that ended without Feishu's answer (aborted, local error) lets the next call probe again. */
  #endProbeWithoutVerdict(): void {
    const state = this.#breaker;
    if (state.kind !== 'half_open') return;
    this.#breaker = { kind: 'open', reason: state.reason, opens: state.opens, retryAt: this.#deps.now() };
  }

  /** The delay before the next attempt, or undefined when the call must fail now. */
  #prepareRetry(
    endpoint: string,
    cls: FailureClass,
    failure: CallFailure,
    attempt: number,
    options: CallOptions,
  ): number | undefined {
    const deps = this.#deps;
    if (cls === 'token_invalid') deps.dropToken();
    let floorMs = cls === 'write_conflict' ? WRITE_CONFLICT_FLOOR_MS : 0;
    if (cls === 'rate_limited' && failure.kind === 'response' && failure.resetSeconds !== undefined) {
      floorMs = failure.resetSeconds * 1000;
      deps.limiter.pauseUntil(endpoint, deps.now() + floorMs);
    }
    if (options.stopWhenAmbiguous === true && mayHaveCommitted(failure)) return undefined;
    if (!isRetryable(cls) || attempt >= deps.maxAttempts) return undefined;
    const delayMs =
      cls === 'token_invalid' ? 0 : backoffDelayMs(attempt - 1, deps.random(), deps.backoff, floorMs);
    const code = failure.kind === 'response' ? failure.code : failure.errorCode;
    const logId = failure.kind === 'response' ? failure.logId : undefined;
    deps.log.warn({ endpoint, class: cls, code, logId, attempt, delayMs }, 'feishu call failed; will retry');
    return delayMs;
  }

  #classify(err: TransportFailure): FailureClass {
    const f = err.failure;
    // Any refusal from the token endpoint itself means the app id / secret are not accepted.
    if (err.duringTokenFetch && f.kind === 'response' && f.status < 500 && f.status !== 429)
      return 'credentials';
    return classifyFailure(f);
  }

  /** Throws FEISHU_CIRCUIT_OPEN when calls are paused; true when this call is the half-open probe. */
  #admit(endpoint: string): boolean {
    const now = this.#deps.now();
    const verdict = admitCall(this.#breaker, now);
    if (verdict === 'call') return false;
    const state = this.#breaker;
    if (verdict === 'probe' && state.kind === 'open') {
      this.#breaker = { kind: 'half_open', reason: state.reason, opens: state.opens };
      this.#deps.log.info({ endpoint, reason: state.reason }, 'feishu circuit half-open; probing');
      return true;
    }
    const reason = state.kind === 'closed' ? '' : state.reason;
    const retryAt = state.kind === 'open' ? new Date(state.retryAt).toISOString() : 'after the running probe';
    throw new BasesyncError('FEISHU_CIRCUIT_OPEN', `feishu calls paused (${reason}); next probe ${retryAt}`, {
      field: endpoint,
      value: reason,
    });
  }

  #noteOutcome(cls: FailureClass, failure: CallFailure): void {
    const reason =
      failure.kind === 'response' ? `HTTP ${failure.status} code ${failure.code ?? '-'}` : failure.errorCode;
    const event =
      cls === 'transient' || cls === 'network'
        ? ({ kind: 'transient_failure', reason } as const)
        : isAppWideRefusal(cls)
          ? ({ kind: 'refusal', reason: `${cls}: ${reason}` } as const)
          : ({ kind: 'success' } as const);
    const before = this.#breaker.kind;
    const next = nextBreakerState(this.#breaker, event, this.#deps.now(), this.#deps.breaker);
    this.#breaker = next;
    if (before !== 'open' && next.kind === 'open') {
      this.#deps.log.error({ reason: next.reason }, 'feishu circuit opened; calls paused');
    }
  }
}
