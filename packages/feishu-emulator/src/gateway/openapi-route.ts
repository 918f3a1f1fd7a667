import type { Context, Handler } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { FeishuCode, FeishuError, feishuError } from '../feishu-error.js';
import type { Runtime } from '../runtime.js';
import { TABLE_WRITE_KEYS, type EndpointKey } from './endpoint-keys.js';
import type { FaultPlan } from './faults.js';
import { openApiRequest, type OpenApiRequest } from './openapi-request.js';
import { sleep } from './sleep.js';

export type OpenApiHandler = (req: OpenApiRequest, rt: Runtime) => unknown;

export type RouteSpec = {
  readonly key: EndpointKey;
  readonly handler: OpenApiHandler;
  /** false for the token endpoint itself. */
  readonly auth?: boolean;
  /** The auth endpoint answers at top level instead of under `data`. */
  readonly topLevel?: boolean;
  /** Accepts `client_token` idempotency. */
  readonly idempotent?: boolean;
};

export type Env = { Bindings: HttpBindings };

function checkAuth(c: Context, rt: Runtime): void {
  const header = c.req.header('authorization');
  if (header === undefined || !header.startsWith('Bearer ') || header.length <= 7) {
    throw feishuError(
      FeishuCode.needToken,
      'Need a token. Please make a request with token attached, and the token must start with "Bearer ".',
    );
  }
  if (!rt.tokens.isValid(header.slice(7).trim())) {
    throw feishuError(
      FeishuCode.invalidToken,
      'Invalid access token for authorization. Please make a request with token attached.',
    );
  }
}

function rateLimited(rt: Runtime, limit: number, resetSeconds: number): FeishuError {
  const headers = { 'x-ogw-ratelimit-limit': String(limit), 'x-ogw-ratelimit-reset': String(resetSeconds) };
  return new FeishuError(
    FeishuCode.rateLimited,
    'request trigger frequency limit',
    rt.limits.rateLimitStatus,
    headers,
  );
}

function gate(spec: RouteSpec, rt: Runtime, plan: FaultPlan): void {
  if (rt.limits.enabled) {
    const windows = rt.limits.rates[spec.key];
    const decision = windows === undefined ? { allowed: true as const } : rt.limiter.take(spec.key, windows);
    if (!decision.allowed) throw rateLimited(rt, decision.limit, decision.resetSeconds);
  }
  if (plan.fail === '429') throw rateLimited(rt, rt.limits.rates[spec.key]?.[0]?.limit ?? 50, 1);
  if (plan.fail === '5xx') throw new FeishuError(FeishuCode.internalError, 'InternalError', 500);
}

async function lockTable(
  spec: RouteSpec,
  req: OpenApiRequest,
  rt: Runtime,
): Promise<(() => void) | undefined> {
  const tableId = req.params['table_id'];
  if (!rt.limits.enabled || !TABLE_WRITE_KEYS.has(spec.key) || tableId === undefined) return undefined;
  const lockKey = `${req.params['app_token'] ?? ''}/${tableId}`;
  if (rt.limits.writeConflict === 'queue') return rt.writeLock.acquire(lockKey);
  const release = rt.writeLock.tryAcquire(lockKey);
  if (release === undefined) {
    throw feishuError(
      FeishuCode.writeConflict,
      'Write conflict: another write to this table is in progress; serialise writes to one table and retry after 0.5-1 s',
    );
  }
  return release;
}

async function runHandler(
  spec: RouteSpec,
  req: OpenApiRequest,
  rt: Runtime,
  plan: FaultPlan,
): Promise<unknown> {
  const raw = spec.idempotent === true ? req.query('client_token') : undefined;
  const token = raw === '' ? undefined : raw;
  const scope = `${spec.key}|${req.context.req.path}`;
  // Only idempotent calls pay for serialising the body (the bench's hot path does not).
  const request = token === undefined ? '' : JSON.stringify(req.body);
  if (token !== undefined) {
    const seen = rt.clientTokens.check(scope, token, request, rt.limits.clientTokenReplay);
    if (seen.hit) return seen.data;
  }
  const release = await lockTable(spec, req, rt);
  try {
    await sleep(plan.latencyMs);
    const data = await spec.handler(req, rt);
    if (token !== undefined) rt.clientTokens.remember(scope, token, request, data);
    return data;
  } finally {
    release?.();
  }
}

function errorResponse(c: Context, err: unknown): { response: Response; code: number } {
  const e =
    err instanceof FeishuError ? err : new FeishuError(FeishuCode.internalError, 'InternalError', 500);
  for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
  return { response: c.json({ code: e.code, msg: e.message, data: {} }, e.status as 200), code: e.code };
}

function success(c: Context, spec: RouteSpec, data: unknown): Response {
  if (data instanceof Response) return data;
  if (spec.topLevel === true) return c.json({ code: 0, msg: 'ok', ...(data as object) });
  return c.json({ code: 0, msg: 'success', data: data ?? {} });
}

/** Wraps a handler in the gateway: auth, rate limits, faults, write lock, idempotency, stats. */
export function openApiRoute(spec: RouteSpec, rt: Runtime): Handler<Env> {
  return async (c) => {
    const plan = rt.faults.plan(spec.key);
    c.header('X-Tt-Logid', `${rt.now()}${rt.store.deps.ids.hex(8)}`);
    try {
      if (spec.auth !== false) checkAuth(c, rt);
      gate(spec, rt, plan);
      const req = await openApiRequest(c);
      const data = await runHandler(spec, req, rt, plan);
      rt.stats.record(spec.key, 0);
      if (plan.loseResponse) {
        rt.stats.lostResponse();
        c.env.outgoing.socket?.destroy();
      }
      return success(c, spec, data);
    } catch (err) {
      const { response, code } = errorResponse(c, err);
      rt.stats.record(spec.key, code);
      return response;
    }
  };
}
