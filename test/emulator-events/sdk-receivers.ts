import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as lark from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';

export type ReceivedEvent = Record<string, unknown>;

const ignore = (): void => undefined;
export const SILENT = { error: ignore, warn: ignore, info: ignore, debug: ignore, trace: ignore };

const EVENT_TYPES = ['drive.file.bitable_record_changed_v1', 'drive.file.bitable_field_changed_v1'] as const;

function recordingDispatcher(
  received: ReceivedEvent[],
  options: { encryptKey?: string; verificationToken?: string } = {},
): lark.EventDispatcher {
  const dispatcher = new lark.EventDispatcher({ ...options, logger: SILENT });
  for (const type of EVENT_TYPES) {
    dispatcher.register({
      [type]: (data: ReceivedEvent) => {
        received.push(data);
        return Promise.resolve(undefined);
      },
    });
  }
  return dispatcher;
}

/** The official EventDispatcher behind `adaptDefault` on a local node http server. */
export async function startSdkHttpReceiver(options: { encryptKey: string; verificationToken: string }) {
  const received: ReceivedEvent[] = [];
  const handle = lark.adaptDefault('/webhook/event', recordingDispatcher(received, options), {
    autoChallenge: true,
  });
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/webhook/event`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The official WSClient, connected to the emulator's long connection. */
export async function startSdkWsClient(emu: EmulatorHandle) {
  const received: ReceivedEvent[] = [];
  let reconnects = 0;
  const client = new lark.WSClient({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    logger: SILENT,
    onReconnected: () => {
      reconnects += 1;
    },
  });
  await client.start({ eventDispatcher: recordingDispatcher(received) });
  return { client, received, reconnects: () => reconnects };
}

/** Polls `check` until it holds, failing after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
