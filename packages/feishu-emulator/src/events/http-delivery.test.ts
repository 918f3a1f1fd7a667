import { createServer } from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, test } from 'vitest';
import {
  closeServer,
  listen,
  recordEdit,
  startDeliveryServer,
  startReceiver,
  TEST_APP,
  type DeliveryServer,
} from './testing/start-delivery-server.js';

const ENCRYPT_KEY = 'encrypt-key-for-tests-0123456789';
const silent = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
};

type Received = Record<string, unknown>;

async function startSdkReceiver(encryptKey: string | undefined, autoChallenge = true) {
  const received: Received[] = [];
  const dispatcher = new lark.EventDispatcher({
    ...(encryptKey === undefined ? {} : { encryptKey }),
    verificationToken: TEST_APP.verificationToken,
    logger: silent,
    loggerLevel: lark.LoggerLevel.error,
  }).register({
    'drive.file.bitable_record_changed_v1': (data: Received) => {
      received.push(data);
      return Promise.resolve('ok');
    },
  });
  const handle = lark.adaptDefault('/feishu/events', dispatcher, { autoChallenge });
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const url = `${await listen(server)}/feishu/events`;
  return { url, received, close: () => closeServer(server) };
}

let emulator: DeliveryServer | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const close of closers.splice(0)) await close();
});

describe('HTTP callback delivery to the official SDK', () => {
  test('the SDK EventDispatcher verifies, decrypts and receives a record-changed event', async () => {
    const sdk = await startSdkReceiver(ENCRYPT_KEY);
    closers.push(sdk.close);
    emulator = await startDeliveryServer({ encryptKey: ENCRYPT_KEY, callbackUrl: sdk.url });

    emulator.feed.publish(recordEdit(41));
    await emulator.delivery.admin.drain(5_000);

    expect(sdk.received).toHaveLength(1);
    const event = sdk.received[0] ?? {};
    expect(event['event_id']).toMatch(/^[0-9a-f]{32}$/);
    expect(event).toMatchObject({
      schema: '2.0',
      event_type: 'drive.file.bitable_record_changed_v1',
      token: TEST_APP.verificationToken,
      app_id: TEST_APP.appId,
      tenant_key: TEST_APP.tenantKey,
      file_type: 'bitable',
      file_token: 'bascnTestBase0001',
      table_id: 'tblTestTable0001',
      revision: 41,
      operator_id: { open_id: 'ou_test', union_id: 'on_test', user_id: 'u_test' },
      subscriber_id_list: [],
    });
    expect(event['create_time']).toMatch(/^\d{13}$/);
    expect(typeof event['update_time']).toBe('number');
    // Only the edited field by default; the unchanged one is left out.
    expect(event['action_list']).toEqual([
      {
        record_id: 'recTest0001',
        action: 'record_edited',
        before_value: [{ field_id: 'fldText', field_value: '"value 40"' }],
        after_value: [{ field_id: 'fldText', field_value: '"value 41"' }],
      },
    ]);
  });

  test('with actionValues "all" an edit lists every field the change carries', async () => {
    const sdk = await startSdkReceiver(undefined);
    closers.push(sdk.close);
    emulator = await startDeliveryServer({ callbackUrl: sdk.url });
    emulator.delivery.admin.configure({ actionValues: 'all' });

    emulator.feed.publish(recordEdit(2));
    await emulator.delivery.admin.drain(5_000);

    const actions = sdk.received[0]?.['action_list'] as { after_value: { field_id: string }[] }[];
    expect(actions[0]?.after_value.map((v) => v.field_id)).toEqual(['fldText', 'fldSame']);
  });

  test('events of bases nobody subscribed to are not delivered', async () => {
    const sdk = await startSdkReceiver(ENCRYPT_KEY);
    closers.push(sdk.close);
    emulator = await startDeliveryServer({ encryptKey: ENCRYPT_KEY, callbackUrl: sdk.url });

    emulator.feed.publish(recordEdit(1, 'bascnNotSubscribed'));
    emulator.feed.publish(recordEdit(2));
    await emulator.delivery.admin.drain(5_000);

    expect(sdk.received.map((e) => e['revision'])).toEqual([2]);
    expect(emulator.delivery.admin.deliveries().deliveries).toHaveLength(1);
  });

  test('url verification succeeds against the SDK with autoChallenge and fails without it', async () => {
    const withChallenge = await startSdkReceiver(ENCRYPT_KEY, true);
    const without = await startSdkReceiver(ENCRYPT_KEY, false);
    closers.push(withChallenge.close, without.close);
    emulator = await startDeliveryServer({ encryptKey: ENCRYPT_KEY });

    await expect(emulator.delivery.admin.verifyUrl(withChallenge.url)).resolves.toMatchObject({ ok: true });
    const failed = await emulator.delivery.admin.verifyUrl(without.url);
    expect(failed).toMatchObject({ ok: false });
    expect(failed.ok ? '' : failed.reason).toContain('did not echo the challenge');
  });

  test('the admin route performs url verification against a given URL', async () => {
    const sdk = await startSdkReceiver(undefined, true);
    closers.push(sdk.close);
    emulator = await startDeliveryServer();

    const res = await fetch(`${emulator.url}/_emulator/events/url-verification`, {
      method: 'POST',
      body: JSON.stringify({ url: sdk.url }),
    });
    expect(await res.json()).toMatchObject({ ok: true, url: sdk.url });
  });

  test('an event with a wrong signature never reaches the SDK handler', async () => {
    const sdk = await startSdkReceiver(ENCRYPT_KEY);
    closers.push(sdk.close);
    emulator = await startDeliveryServer({ encryptKey: ENCRYPT_KEY, callbackUrl: sdk.url });

    emulator.delivery.admin.configure({ faults: { badSignatureRate: 1 } });
    emulator.feed.publish(recordEdit(1));
    emulator.delivery.admin.configure({ faults: { badSignatureRate: 0 } });
    emulator.feed.publish(recordEdit(2));
    await emulator.delivery.admin.drain(5_000);

    // The SDK answers 200 even when it rejects a body, so Feishu (and the emulator) count it delivered.
    expect(sdk.received.map((e) => e['revision'])).toEqual([2]);
    expect(emulator.delivery.admin.deliveries().counts.delivered).toBe(2);
  });

  test('an undecryptable event never reaches the SDK handler', async () => {
    // autoChallenge off: with it on, SDK 1.74 decrypts outside its try/catch and never answers.
    const sdk = await startSdkReceiver(ENCRYPT_KEY, false);
    closers.push(sdk.close);
    emulator = await startDeliveryServer({ encryptKey: ENCRYPT_KEY, callbackUrl: sdk.url });

    emulator.delivery.admin.configure({ faults: { undecryptableRate: 1 } });
    emulator.feed.publish(recordEdit(1));
    emulator.delivery.admin.configure({ faults: { undecryptableRate: 0 } });
    emulator.feed.publish(recordEdit(2));
    await emulator.delivery.admin.drain(5_000);

    expect(sdk.received.map((e) => e['revision'])).toEqual([2]);
    expect(emulator.delivery.admin.deliveries().counts.delivered).toBe(2);
  });
});

describe('HTTP callback retries', () => {
  test('a receiver answering 500 gets the same event again until it answers 200', async () => {
    const answers = [500, 500, 200];
    const seen: string[] = [];
    const receiver = await startReceiver((_req, body, res) => {
      seen.push((JSON.parse(body) as { header: { event_id: string } }).header.event_id);
      res.statusCode = answers.shift() ?? 200;
      res.end();
    });
    closers.push(() => receiver.close());
    emulator = await startDeliveryServer({ callbackUrl: receiver.url });
    emulator.delivery.admin.configure({ retryTimeFactor: 0.001 });

    emulator.feed.publish(recordEdit(1));
    await emulator.delivery.admin.drain(5_000);

    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    expect(emulator.delivery.admin.deliveries('delivered').deliveries[0]).toMatchObject({ attempts: 3 });
  });

  test('a receiver slower than the ack deadline gets the event again', async () => {
    let calls = 0;
    const receiver = await startReceiver((_req, _body, res) => {
      calls += 1;
      if (calls === 1) setTimeout(() => res.end(), 300).unref();
      else res.end();
    });
    closers.push(() => receiver.close());
    emulator = await startDeliveryServer({ callbackUrl: receiver.url });
    emulator.delivery.admin.configure({ retryTimeFactor: 0.001, ackTimeoutMs: 100 });

    emulator.feed.publish(recordEdit(1));
    await emulator.delivery.admin.drain(5_000);

    const [record] = emulator.delivery.admin.deliveries().deliveries;
    expect(record).toMatchObject({ status: 'delivered', attempts: 2, lastError: 'no answer within 100 ms' });
  });

  test('an event still refused after the four retries of the schedule is marked failed', async () => {
    let calls = 0;
    const receiver = await startReceiver((_req, _body, res) => {
      calls += 1;
      res.statusCode = 503;
      res.end();
    });
    closers.push(() => receiver.close());
    emulator = await startDeliveryServer({ callbackUrl: receiver.url });
    emulator.delivery.admin.configure({ retryTimeFactor: 0.00001 });

    emulator.feed.publish(recordEdit(1));
    await emulator.delivery.admin.drain(5_000);

    expect(calls).toBe(5);
    expect(emulator.delivery.admin.deliveries('failed').deliveries[0]).toMatchObject({
      attempts: 5,
      lastError: 'HTTP 503',
    });
  });
});
