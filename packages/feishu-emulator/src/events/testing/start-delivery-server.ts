import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { ChangeFeed, type RecordChange } from '../../change-feed.js';
import { createRandom } from '../../random.js';
import { createEventDelivery, type EventDelivery } from '../index.js';

export const TEST_APP = {
  appId: 'cli_a1b2c3d4e5f60718',
  appSecret: 'emulator-secret-0123456789abcdef',
  tenantKey: '2ca1d211f64f6438',
  verificationToken: 'rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV',
} as const;

export type DeliveryServer = {
  url: string;
  feed: ChangeFeed;
  delivery: EventDelivery;
  subscribed: Set<string>;
  close(): Promise<void>;
};

/** Event delivery alone on a real HTTP server, fed by publishing on its ChangeFeed. */
export async function startDeliveryServer(
  options: { encryptKey?: string; callbackUrl?: string } = {},
): Promise<DeliveryServer> {
  const feed = new ChangeFeed();
  const subscribed = new Set(['bascnTestBase0001']);
  let url = '';
  const delivery = createEventDelivery({
    feed,
    random: createRandom(7),
    now: () => Date.now(),
    app: { ...TEST_APP, encryptKey: options.encryptKey },
    callbackUrl: options.callbackUrl,
    isSubscribed: (token) => subscribed.has(token),
    publicUrl: () => url,
  });
  const listener = getRequestListener((request) => delivery.routes.fetch(request));
  const server = createServer((req, res) => {
    void listener(req, res);
  });
  delivery.attach(server);
  url = await listen(server);
  return {
    url,
    feed,
    delivery,
    subscribed,
    close: async () => {
      await delivery.close();
      await closeServer(server);
    },
  };
}

/** A plain receiver: `handle` decides each answer; bodies and headers are recorded. */
export async function startReceiver(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks).toString('utf8'), res);
    });
  });
  const url = await listen(server);
  return { url, close: () => closeServer(server) };
}

export async function listen(server: ReturnType<typeof createServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

export function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

/** The n-th edit of one record in the test base: revision n, text field value `value n`. */
export function recordEdit(n: number, appToken = 'bascnTestBase0001'): RecordChange {
  return {
    kind: 'record',
    appToken,
    tableId: 'tblTestTable0001',
    revision: n,
    operator: { open_id: 'ou_test', union_id: 'on_test', user_id: 'u_test' },
    actions: [
      {
        record_id: 'recTest0001',
        action: 'record_edited',
        before_value: [
          { field_id: 'fldText', field_value: JSON.stringify(`value ${String(n - 1)}`) },
          { field_id: 'fldSame', field_value: '"unchanged"' },
        ],
        after_value: [
          { field_id: 'fldText', field_value: JSON.stringify(`value ${String(n)}`) },
          { field_id: 'fldSame', field_value: '"unchanged"' },
        ],
      },
    ],
    at: Date.now(),
  };
}

/** Polls `check` until it returns true, failing after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
