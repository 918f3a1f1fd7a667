// Event delivery throughput: record changes published on the ChangeFeed until a local receiver
// has acknowledged every event, by HTTP callback (plain and encrypted) and over the long connection.
// Drives the feed directly so the figure is delivery alone, not the store in front of it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import * as lark from '@larksuiteoapi/node-sdk';
import { ChangeFeed, type RecordChange } from '../../packages/feishu-emulator/src/change-feed.js';
import { createEventDelivery, type EventDelivery } from '../../packages/feishu-emulator/src/events/index.js';
import { createRandom } from '../../packages/feishu-emulator/src/random.js';

export const EVENTS_GOAL_PER_SECOND = 5_000;

const APP = {
  appId: 'cli_a1b2c3d4e5f60718',
  appSecret: 'bench-secret-0123456789abcdef012',
  tenantKey: '2ca1d211f64f6438',
  verificationToken: 'rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV',
};
const APP_TOKEN = 'bascnBenchBase001';

export type EventDeliveryFigures = {
  eventsPerSecond: number;
  events: number;
  /** Events per second of this process's CPU time: steadier than wall time on a busy machine. */
  eventsPerCpuSecond: number;
};

/** Events/s to a local HTTP receiver (plain JSON, no encryption): the headline figure. */
export async function measureEventDelivery({ quick }: { quick: boolean }): Promise<EventDeliveryFigures> {
  return measureHttp({ events: quick ? 10_000 : 50_000, encryptKey: undefined });
}

/** Events/s to a local HTTP receiver, encrypted and signed. */
export async function measureEncryptedEventDelivery({
  quick,
}: {
  quick: boolean;
}): Promise<EventDeliveryFigures> {
  return measureHttp({ events: quick ? 10_000 : 50_000, encryptKey: 'bench-encrypt-key' });
}

async function measureHttp(options: { events: number; encryptKey: string | undefined }) {
  const receiver = await startReceiverThread();
  const rig = await startRig(options.encryptKey, receiver.url);
  try {
    await publishAndDrain(rig, 500); // warm-up: sockets, JIT
    return await publishAndDrain(rig, options.events);
  } finally {
    await rig.close();
    await receiver.terminate();
  }
}

/** Events/s over the long connection to the official SDK's WSClient, acks included. */
export async function measureLongConnectionDelivery({
  quick,
}: {
  quick: boolean;
}): Promise<EventDeliveryFigures> {
  const rig = await startRig(undefined, undefined);
  const silent = { error: noop, warn: noop, info: noop, debug: noop, trace: noop };
  const dispatcher = new lark.EventDispatcher({ logger: silent }).register({
    'drive.file.bitable_record_changed_v1': () => Promise.resolve(undefined),
  });
  const client = new lark.WSClient({
    appId: APP.appId,
    appSecret: APP.appSecret,
    domain: rig.url,
    logger: silent,
  });
  try {
    await client.start({ eventDispatcher: dispatcher });
    await publishAndDrain(rig, 500); // waits for the client's first ping, then warms up
    return await publishAndDrain(rig, quick ? 10_000 : 50_000);
  } finally {
    client.close({ force: true });
    await rig.close();
  }
}

/** The receiver runs on its own thread (the second core), as a real receiver is another process. */
const RECEIVER_SOURCE = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
const server = createServer((req, res) => { req.resume(); req.on('end', () => res.end()); });
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

async function startReceiverThread(): Promise<{ url: string; terminate(): Promise<number> }> {
  const worker = new Worker(RECEIVER_SOURCE, { eval: true });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  return { url: `http://127.0.0.1:${String(port)}`, terminate: () => worker.terminate() };
}

type Rig = { url: string; feed: ChangeFeed; delivery: EventDelivery; close(): Promise<void> };

async function startRig(encryptKey: string | undefined, callbackUrl: string | undefined): Promise<Rig> {
  const feed = new ChangeFeed();
  let url = '';
  const delivery = createEventDelivery({
    feed,
    random: createRandom(1),
    now: () => Date.now(),
    app: { ...APP, encryptKey },
    callbackUrl,
    isSubscribed: (token) => token === APP_TOKEN,
    publicUrl: () => url,
  });
  const server = createServer((req, res) => {
    void serveFetch(delivery, req, res);
  });
  delivery.attach(server);
  url = await listen(server);
  return {
    url,
    feed,
    delivery,
    close: async () => {
      await delivery.close();
      await close(server);
    },
  };
}

async function publishAndDrain(rig: Rig, events: number): Promise<EventDeliveryFigures> {
  rig.delivery.admin.reset();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let n = 1; n <= events; n++) rig.feed.publish(recordEdit(n));
  const counts = await rig.delivery.admin.drain(120_000);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (counts.delivered !== events)
    throw new Error(`only ${String(counts.delivered)} of ${String(events)} delivered`);
  return {
    eventsPerSecond: Math.round(events / seconds),
    events,
    eventsPerCpuSecond: Math.round(events / cpuSeconds),
  };
}

function recordEdit(n: number): RecordChange {
  return {
    kind: 'record',
    appToken: APP_TOKEN,
    tableId: 'tblBenchTable001',
    revision: n,
    operator: { open_id: 'ou_bench', union_id: 'on_bench', user_id: 'u_bench' },
    actions: [
      {
        record_id: `rec${String(n % 1000)}`,
        action: 'record_edited',
        before_value: [{ field_id: 'fldAmount', field_value: String(n - 1) }],
        after_value: [{ field_id: 'fldAmount', field_value: String(n) }],
      },
    ],
    at: Date.now(),
  };
}

/** Just enough of a node → fetch bridge for the endpoint call (the bench package has no adapter). */
async function serveFetch(delivery: EventDelivery, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
  const response = await delivery.routes.fetch(
    new Request(`http://bench${req.url ?? '/'}`, { method: req.method ?? 'GET', ...(body ? { body } : {}) }),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

function noop(): undefined {
  return undefined;
}
