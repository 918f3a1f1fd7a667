import WebSocket from 'ws';
import { afterEach, describe, expect, test } from 'vitest';
import {
  recordEdit,
  startDeliveryServer,
  TEST_APP,
  waitFor,
  type DeliveryServer,
} from './testing/start-delivery-server.js';
import { decodeFrame, encodeFrame, FrameMethod, headerValue, type Frame } from './ws-frame.js';

let emulator: DeliveryServer | undefined;
let socket: WebSocket | undefined;
afterEach(async () => {
  socket?.terminate();
  await emulator?.close();
  emulator = undefined;
});

/** A bare long-connection client that pings once and records every event frame, never acking. */
async function connectSilentClient(server: DeliveryServer): Promise<Frame[]> {
  const res = await fetch(`${server.url}/callback/ws/endpoint`, {
    method: 'POST',
    body: JSON.stringify({ AppID: TEST_APP.appId, AppSecret: TEST_APP.appSecret }),
  });
  const { data } = (await res.json()) as { data: { URL: string } };
  const frames: Frame[] = [];
  const ws = new WebSocket(data.URL);
  socket = ws;
  ws.on('message', (bytes: Buffer) => frames.push(decodeFrame(bytes)));
  await new Promise((resolve) => ws.once('open', resolve));
  const serviceId = Number(new URL(data.URL).searchParams.get('service_id'));
  ws.send(
    encodeFrame({
      SeqID: 0,
      LogID: 0,
      service: serviceId,
      method: FrameMethod.control,
      headers: [{ key: 'type', value: 'ping' }],
    }),
  );
  await waitFor(() => frames.some((f) => headerValue(f, 'type') === 'pong'), 2_000, 'the pong');
  return frames;
}

describe('long connection acks', () => {
  test('an event the client never acks is sent again after the ack deadline', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ ackTimeoutMs: 50, retryTimeFactor: 0.001 });
    const frames = await connectSilentClient(emulator);

    emulator.feed.publish(recordEdit(1));
    const events = () => frames.filter((f) => headerValue(f, 'type') === 'event');
    await waitFor(() => events().length >= 2, 3_000, 'a redelivery');

    const [first, second] = events();
    expect(first?.method).toBe(FrameMethod.data);
    const body = (f: Frame | undefined) =>
      JSON.parse(new TextDecoder().decode(f?.payload)) as { header: { event_id: string } };
    expect(body(second).header.event_id).toBe(body(first).header.event_id);
    expect(headerValue(second as Frame, 'message_id')).not.toBe(headerValue(first as Frame, 'message_id'));
    expect(emulator.delivery.admin.deliveries().deliveries[0]?.lastError).toBe('no ack within 50 ms');
  });

  test('the pong carries the ClientConfig as JSON', async () => {
    emulator = await startDeliveryServer();
    emulator.delivery.admin.configure({ clientConfig: { PingInterval: 30 } });
    const frames = await connectSilentClient(emulator);

    const pong = frames.find((f) => headerValue(f, 'type') === 'pong');
    expect(pong?.method).toBe(FrameMethod.control);
    expect(JSON.parse(new TextDecoder().decode(pong?.payload))).toEqual({
      PingInterval: 30,
      ReconnectCount: -1,
      ReconnectInterval: 120,
      ReconnectNonce: 30,
    });
  });
});
