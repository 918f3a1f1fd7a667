import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { adminRoutes } from './admin/admin-routes.js';
import { createAdmin } from './admin/create-admin.js';
import type { EmulatorAdmin } from './admin/emulator-admin.js';
import { ChangeFeed } from './change-feed.js';
import { createRuntime } from './create-runtime.js';
import { mountEventDelivery } from './event-delivery-mount.js';
import type { EventAdmin } from './events/index.js';
import type { Env } from './gateway/openapi-route.js';
import { gridRoutes } from './grid/grid-routes.js';
import { createOpenApiApp } from './http/openapi-app.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { createRandom } from './random.js';
import { loadSnapshot, saveSnapshot } from './snapshot/snapshot-file.js';

export type EmulatorHandle = {
  /** e.g. 'http://127.0.0.1:41234': pass as the SDK Client's `domain`. */
  readonly url: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly tenantKey: string;
  readonly encryptKey: string | undefined;
  readonly verificationToken: string;
  readonly admin: EmulatorAdmin;
  /** Event delivery controls (docs/EMULATOR-EVENTS.md). */
  readonly events: EventAdmin;
  close(): Promise<void>;
};

function listen(app: Hono<Env>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, () => {
      resolve(server);
    }) as Server;
    server.once('error', reject);
  });
}

/**
 * Starts a local Feishu OpenAPI + event delivery that the official SDK cannot tell from Feishu.
 * @example const emu = await startEmulator(); new lark.Client({ appId: emu.appId, appSecret: emu.appSecret, domain: emu.url });
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const o = resolveOptions(options);
  const feed = new ChangeFeed();
  let url = '';
  const rt = createRuntime(o, feed, () => url);
  if (o.snapshotFile !== undefined) await loadSnapshot(o.snapshotFile, rt.store);
  const admin = createAdmin(rt);
  const delivery = mountEventDelivery({
    feed,
    random: createRandom(o.seed ^ 0xe7e7),
    now: o.now,
    app: {
      appId: o.appId,
      appSecret: o.appSecret,
      tenantKey: o.tenantKey,
      encryptKey: o.encryptKey,
      verificationToken: o.verificationToken,
    },
    callbackUrl: o.callbackUrl,
    isSubscribed: (appToken) => rt.store.isSubscribed(appToken),
    publicUrl: () => url,
  });
  const app = new Hono<Env>();
  app.route('/', createOpenApiApp(rt));
  app.route('/', delivery.routes);
  app.route('/_emulator', adminRoutes(admin));
  app.route('/', gridRoutes(admin));
  const server = await listen(app, o.port, o.host);
  delivery.attach(server);
  url = `http://${o.host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    appId: o.appId,
    appSecret: o.appSecret,
    tenantKey: o.tenantKey,
    encryptKey: o.encryptKey,
    verificationToken: o.verificationToken,
    admin,
    events: delivery.admin,
    close: async () => {
      await delivery.close();
      if (o.snapshotFile !== undefined) await saveSnapshot(o.snapshotFile, rt.store);
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
