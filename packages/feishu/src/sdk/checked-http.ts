import { defaultHttpInstance, type HttpInstance, type HttpRequestOptions } from '@larksuiteoapi/node-sdk';
import { TransportFailure, responseFailure, thrownFailure } from './transport-failure.js';

const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';

/** Per-request timeout: a write that never answers is an unknown outcome, not a hang. */
export const REQUEST_TIMEOUT_MS = 30_000;

type Envelope = { data: unknown; headers: Record<string, unknown> };

/**
 * The SDK's axios instance, checked: a 2xx whose body carries `code ≠ 0` (the SDK resolves those,
 * including an expired token reported inside a 200) and every non-2xx or socket failure are thrown
 * as TransportFailure with status, code, log id and rate-limit reset.
 */
export function createCheckedHttp(timeoutMs = REQUEST_TIMEOUT_MS): HttpInstance {
  async function request<R>(opts: HttpRequestOptions<unknown>): Promise<R> {
    const duringTokenFetch = (opts.url ?? '').includes(TOKEN_PATH);
    let res: Envelope;
    try {
      res = await defaultHttpInstance.request<unknown, Envelope>({
        timeout: timeoutMs,
        ...opts,
        $return_headers: true,
      } as never);
    } catch (err) {
      throw new TransportFailure(thrownFailure(err), duringTokenFetch);
    }
    const code = (res.data as { code?: unknown } | null)?.code;
    if (typeof code === 'number' && code !== 0) {
      throw new TransportFailure(responseFailure(200, res.data, res.headers), duringTokenFetch);
    }
    return (opts.$return_headers === true ? res : res.data) as R;
  }
  const withBody =
    (method: string) =>
    <R>(url: string, data?: unknown, opts?: HttpRequestOptions<unknown>): Promise<R> =>
      request<R>({ ...opts, url, method, data });
  const withoutBody =
    (method: string) =>
    <R>(url: string, opts?: HttpRequestOptions<unknown>): Promise<R> =>
      request<R>({ ...opts, url, method });
  return {
    request,
    get: withoutBody('GET'),
    delete: withoutBody('DELETE'),
    head: withoutBody('HEAD'),
    options: withoutBody('OPTIONS'),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
  };
}
