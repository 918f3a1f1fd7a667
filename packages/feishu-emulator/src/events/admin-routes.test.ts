import { afterEach, describe, expect, test } from 'vitest';
import {
  recordEdit,
  startDeliveryServer,
  startReceiver,
  type DeliveryServer,
} from './testing/start-delivery-server.js';

let emulator: DeliveryServer | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const close of closers.splice(0)) await close();
});

async function call(path: string, init: { method?: string; body?: unknown } = {}) {
  if (!emulator) throw new Error('no emulator');
  const res = await fetch(`${emulator.url}/_emulator/events${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the /_emulator/events admin API', () => {
  test('fault settings are read back as set and refused with field, value and fix when out of range', async () => {
    emulator = await startDeliveryServer();
    const set = await call('/config', {
      method: 'PATCH',
      body: { faults: { seed: 3, duplicateRate: 0.25 } },
    });
    expect(set.status).toBe(200);
    expect((await call('/config')).body['faults']).toMatchObject({ seed: 3, duplicateRate: 0.25 });

    const refused = await call('/config', { method: 'PATCH', body: { faults: { duplicateRate: 2 } } });
    expect(refused).toEqual({
      status: 400,
      body: {
        code: 'EMULATOR_EVENTS_CONFIG_INVALID',
        message: 'event setting faults.duplicateRate: expected a number from 0 to 1',
        field: 'faults.duplicateRate',
        value: 2,
        fix: 'send faults.duplicateRate as a number from 0 to 1 (see docs/EMULATOR-EVENTS.md)',
      },
    });
    expect((await call('/config')).body['faults']).toMatchObject({ duplicateRate: 0.25 });
  });

  test('a body that is not JSON is refused with 400', async () => {
    emulator = await startDeliveryServer();
    const refused = await call('/config', { method: 'PATCH', body: '{not json' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'EMULATOR_EVENTS_CONFIG_INVALID', field: 'body' });
  });

  test('deliveries are listed by status, and drain answers once the queue is empty', async () => {
    const receiver = await startReceiver((_req, _body, res) => res.end());
    closers.push(() => receiver.close());
    emulator = await startDeliveryServer({ callbackUrl: receiver.url });
    emulator.delivery.admin.configure({ faults: { seed: 1, delay: { fixedMs: 50, jitterMs: 0 } } });
    emulator.feed.publish(recordEdit(1));
    emulator.feed.publish(recordEdit(2));

    expect((await call('/deliveries?status=pending')).body['deliveries']).toHaveLength(2);
    const drained = await call('/drain', { method: 'POST', body: { timeoutMs: 5_000 } });
    expect(drained).toEqual({
      status: 200,
      body: { drained: true, counts: { pending: 0, delivered: 2, failed: 0, dropped: 0 } },
    });
    expect((await call('/deliveries?status=delivered')).body['deliveries']).toHaveLength(2);
    expect((await call('/deliveries?status=lost')).status).toBe(400);
  });

  test('drain gives up with 504 and the pending count when deliveries are still waiting', async () => {
    emulator = await startDeliveryServer();
    emulator.feed.publish(recordEdit(1)); // long connection mode and no client: it waits

    const timedOut = await call('/drain', { method: 'POST', body: { timeoutMs: 50 } });
    expect(timedOut.status).toBe(504);
    expect(timedOut.body).toMatchObject({
      code: 'EMULATOR_EVENTS_DRAIN_TIMEOUT',
      message: '1 event deliveries still pending after 50 ms',
    });
  });

  test('the endpoint can be told to answer a failure code a number of times', async () => {
    emulator = await startDeliveryServer();
    await call('/ws/endpoint-failures', { method: 'POST', body: { code: 1000040343, times: 1 } });
    const endpoint = () =>
      fetch(`${emulator?.url ?? ''}/callback/ws/endpoint`, {
        method: 'POST',
        body: JSON.stringify({
          AppID: 'cli_a1b2c3d4e5f60718',
          AppSecret: 'emulator-secret-0123456789abcdef',
        }),
      }).then((r) => r.json() as Promise<{ code: number }>);

    expect((await endpoint()).code).toBe(1000040343);
    expect((await endpoint()).code).toBe(0);
  });
});
