import type { CallFailure } from '../calls/failure.js';

/** Thrown by the transport for every non-success exchange; the caller turns it into a FeishuApiError. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  readonly failure: CallFailure;
  /** Set when the failed exchange was the SDK fetching a tenant access token. */
  readonly duringTokenFetch: boolean;

  constructor(failure: CallFailure, duringTokenFetch: boolean) {
    super(failure.msg);
    this.failure = failure;
    this.duringTokenFetch = duringTokenFetch;
  }
}

type HeaderBag = Record<string, unknown> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers?.[name] ?? headers?.[name.toLowerCase()];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Reads Feishu's envelope from a response (any status); `code` undefined when the body has none. */
export function responseFailure(status: number, body: unknown, headers: HeaderBag): CallFailure {
  const envelope = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof envelope['code'] === 'number' ? envelope['code'] : undefined;
  const msg = typeof envelope['msg'] === 'string' ? envelope['msg'] : `HTTP ${status}`;
  const reset = Number(header(headers, 'x-ogw-ratelimit-reset'));
  return {
    kind: 'response',
    status,
    code,
    msg,
    logId: header(headers, 'x-tt-logid'),
    resetSeconds: Number.isFinite(reset) && reset >= 0 ? reset : undefined,
  };
}

type AxiosLike = {
  isAxiosError?: boolean;
  code?: string;
  message?: string;
  response?: { status: number; data: unknown; headers: HeaderBag };
};

/** Normalises whatever the HTTP layer threw (an AxiosError, a socket error) into a CallFailure. */
export function thrownFailure(err: unknown): CallFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as AxiosLike;
  if (e.response) return responseFailure(e.response.status, e.response.data, e.response.headers);
  return { kind: 'network', errorCode: e.code ?? 'UNKNOWN', msg: e.message ?? String(err) };
}
