import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, test } from 'vitest';
import {
  recordEdit,
  startDeliveryServer,
  TEST_APP,
  waitFor,
  type DeliveryServer,
} from './testing/start-delivery-server.js';

const silent = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
};
/** Fast reconnects for tests: no random first wait, then every 50 ms. */
const FAST_RECONNECT = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 0.05, ReconnectNonce: 0 };

type Received = Record<string, unknown>;

let emulator: DeliveryServer | undefined;
let client: lark.WSClient | undefined;
afterEach(async () => {
  client?.close({ force: true });
  client = undefined;
  await emulator?.close();
  emulator = undefined;
});

async function connectSdkClient(server: DeliveryServer, handler?: (data: Received) => Promise<unknown>) {
  const received: Received[] = [];
  const dispatcher = new lark.EventDispatcher({ logger: silent }).register({
    'drive.file.bitable_record_changed_v1': async (data: Received) => {
      received.push(data);
      return handler ? handler(data) : undefined;
    },
  });
  let reconnected = 0;
  client = new lark.WSClient({
    appId: TEST_APP.appId,
    appSecret: TEST_APP.appSecret,
    domain: server.url,
    logger: silent,
    onReconnected: () => {
      reconnected += 1;
    },
  });
  const ws = client;
  await ws.start({ eventDispatcher: dispatcher });
  await waitFor(() => ws.getConnectionStatus().state === 'connected', 5_000, 'the SDK client to connect');
  return { received, reconnects: () => reconnected };
}

describe('long connection with the SDK WSClient', () => {
  test('the SDK client receives record-changed events and acknowledges them', async () => {
    emulator = await startDeliveryServer();
    const sdk = await connectSdkClient(emulator);

    for (let n = 1; n <= 20; n++) emulator.feed.publish(recordEdit(n));
    await emulator.delivery.admin.drain(5_000);

    expect(sdk.received.map((e) => e['revision'])).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(sdk.received[0]).toMatchObject({
      event_type: 'drive.file.bitable_record_changed_v1',
      token: TEST_APP.verificationToken,
      app_id: TEST_APP.appId,
      table_id: 'tblTestTable0001',
    });
    const { counts } = emulator.delivery.admin.deliveries();
    expect(counts).toMatchObject({ delivered: 20, pending: 0, failed: 0 });
  });

  test('a large event split into fragments arrives whole', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ fragmentBytes: 256 });
    const sdk = await connectSdkClient(emulator);
    const change = recordEdit(1);
    const big = 'x'.repeat(5_000);
    emulator.feed.publish({
      ...change,
      actions: [
        {
          record_id: 'recBig',
          action: 'record_added',
          after_value: [{ field_id: 'fldText', field_value: big }],
        },
      ],
    });
    await emulator.delivery.admin.drain(5_000);

    const actions = sdk.received[0]?.['action_list'] as { after_value: { field_value: string }[] }[];
    expect(actions[0]?.after_value[0]?.field_value).toBe(big);
  });

  test('an event whose handler throws is acked with 500 and delivered again', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ retryTimeFactor: 0.001 });
    let calls = 0;
    const sdk = await connectSdkClient(emulator, () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('handler failed')) : Promise.resolve(undefined);
    });

    emulator.feed.publish(recordEdit(1));
    await emulator.delivery.admin.drain(5_000);

    expect(sdk.received).toHaveLength(2);
    expect(emulator.delivery.admin.deliveries().deliveries[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
      lastError: 'ack code 500',
    });
  });

  test('after a forced disconnect the client reconnects and gets the events published meanwhile', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ clientConfig: FAST_RECONNECT, retryTimeFactor: 0.001 });
    const sdk = await connectSdkClient(emulator);
    emulator.feed.publish(recordEdit(1));
    await emulator.delivery.admin.drain(5_000);

    expect(emulator.delivery.admin.disconnectClients()).toBe(1);
    for (let n = 2; n <= 5; n++) emulator.feed.publish(recordEdit(n));
    await waitFor(() => sdk.reconnects() === 1, 5_000, 'the SDK client to reconnect');
    await emulator.delivery.admin.drain(5_000);

    expect(new Set(sdk.received.map((e) => e['revision']))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(emulator.delivery.admin.longConnections()).toMatchObject({ clients: 1, connects: 2 });
  });

  test('the client answers pings with pongs carrying the ClientConfig', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ clientConfig: { PingInterval: 0.05 } });
    await connectSdkClient(emulator);

    const admin = emulator.delivery.admin;
    await waitFor(() => admin.longConnections().pings >= 3, 5_000, 'three pings');
  });

  test('a wrong AppSecret is refused with code 514 and the client gives up', async () => {
    emulator = await startDeliveryServer();
    const res = await fetch(`${emulator.url}/callback/ws/endpoint`, {
      method: 'POST',
      body: JSON.stringify({ AppID: TEST_APP.appId, AppSecret: 'wrong' }),
    });
    expect(await res.json()).toEqual({ code: 514, msg: 'auth failed', data: {} });

    const errors: Error[] = [];
    client = new lark.WSClient({
      appId: TEST_APP.appId,
      appSecret: 'wrong-secret',
      domain: emulator.url,
      logger: silent,
      onError: (err) => errors.push(err),
    });
    const ws = client;
    await ws.start({ eventDispatcher: new lark.EventDispatcher({ logger: silent }) });
    await waitFor(() => ws.getConnectionStatus().state === 'failed', 5_000, 'the client to fail');
    expect(errors[0]?.message).toContain('code=514');
  });

  test('the endpoint URL keeps device_id and service_id away from the first query position', async () => {
    emulator = await startDeliveryServer();
    const res = await fetch(`${emulator.url}/callback/ws/endpoint`, {
      method: 'POST',
      body: JSON.stringify({ AppID: TEST_APP.appId, AppSecret: TEST_APP.appSecret }),
    });
    const body = (await res.json()) as { code: number; data: { URL: string; ClientConfig: unknown } };
    expect(body.code).toBe(0);
    const url = new URL(body.data.URL);
    expect(url.protocol).toBe('ws:');
    const keys = [...url.searchParams.keys()];
    expect(keys.indexOf('device_id')).toBeGreaterThan(0);
    expect(keys.indexOf('service_id')).toBeGreaterThan(0);
    expect(body.data.ClientConfig).toEqual({
      PingInterval: 120,
      ReconnectCount: -1,
      ReconnectInterval: 120,
      ReconnectNonce: 30,
    });
  });
});
