import { BasesyncError } from '@basesync/core';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DeliveryStatus } from './delivery-log.js';
import { DEFAULT_DRAIN_TIMEOUT_MS, type EventAdmin } from './event-admin.js';

const STATUSES = Object.values(DeliveryStatus) as string[];

/** `/_emulator/events/*`: the JSON face of {@link EventAdmin}. */
export function eventAdminRoutes(admin: EventAdmin): Hono {
  const app = new Hono();
  app
    .get('/config', (c) => c.json(admin.settings()))
    .patch('/config', async (c) => c.json(admin.configure(await readJson(c.req.raw))))
    .get('/deliveries', (c) => {
      const status = c.req.query('status');
      if (status === undefined) return c.json(admin.deliveries());
      if (!STATUSES.includes(status)) throw invalid('status', status, `one of ${STATUSES.join(', ')}`);
      return c.json(admin.deliveries(status as DeliveryStatus));
    })
    .post('/drain', async (c) => {
      const body = (await readJson(c.req.raw, {})) as { timeoutMs?: unknown };
      const timeoutMs = body.timeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
      if (typeof timeoutMs !== 'number' || !(timeoutMs > 0))
        throw invalid('timeoutMs', timeoutMs, 'a positive number');
      return c.json({ drained: true, counts: await admin.drain(timeoutMs) });
    })
    .post('/url-verification', async (c) => {
      const body = (await readJson(c.req.raw, {})) as { url?: unknown };
      if (body.url !== undefined && typeof body.url !== 'string')
        throw invalid('url', body.url, 'an http(s) URL');
      return c.json(await admin.verifyUrl(body.url));
    })
    .get('/ws', (c) => c.json(admin.longConnections()))
    .post('/ws/disconnect', (c) => c.json({ disconnected: admin.disconnectClients() }))
    .post('/ws/endpoint-failures', async (c) => {
      const body = (await readJson(c.req.raw)) as { code?: unknown; times?: unknown };
      if (typeof body.code !== 'number' || !Number.isInteger(body.code))
        throw invalid('code', body.code, 'an integer');
      const times = body.times ?? 1;
      if (typeof times !== 'number' || !Number.isInteger(times) || times < 0) {
        throw invalid('times', times, 'a non-negative integer');
      }
      admin.failEndpoint(body.code, times);
      return c.json({ code: body.code, times });
    })
    .post('/reset', (c) => {
      admin.reset();
      return c.json({ reset: true });
    });
  app.onError((err) => {
    if (!(err instanceof BasesyncError)) throw err;
    const status: ContentfulStatusCode = err.code === 'EMULATOR_EVENTS_DRAIN_TIMEOUT' ? 504 : 400;
    return Response.json({ ...err.toJSON(), value: err.value }, { status });
  });
  return app;
}

async function readJson(request: Request, empty?: unknown): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '' && empty !== undefined) return empty;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('body', text.slice(0, 100), 'a JSON object');
  }
}

function invalid(field: string, value: unknown, expected: string): BasesyncError {
  return new BasesyncError('EMULATOR_EVENTS_CONFIG_INVALID', `${field}: expected ${expected}`, {
    field,
    value,
    fix: `send ${field} as ${expected}`,
  });
}
