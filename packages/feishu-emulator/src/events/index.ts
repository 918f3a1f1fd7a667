import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { Hono } from 'hono';
import type { Change, ChangeFeed } from '../change-feed.js';
import type { Random } from '../random.js';
import { eventAdminRoutes } from './admin-routes.js';
import { createCallbackRequestBuilder } from './callback-request.js';
import { createEventAdmin } from './create-event-admin.js';
import { DeliveryQueue } from './delivery-queue.js';
import type { EventAdmin } from './event-admin.js';
import { buildEnvelope } from './event-envelope.js';
import { defaultEventSettings, type EventSettings } from './event-settings.js';
import { createHttpSender } from './http-sender.js';
import { LongConnectionHub } from './long-connection-hub.js';
import { wsEndpointRoutes } from './ws-endpoint-route.js';

export type { EventAdmin } from './event-admin.js';
export type { DeliveryCounts, DeliveryRecord, DeliveryStatus } from './delivery-log.js';
export type { ClientConfig, DeliveryMode, EventFaults, EventSettings } from './event-settings.js';
export type { UrlVerificationResult } from './url-verification.js';

/** What event delivery needs from the rest of the emulator. */
export type EventDeliveryDeps = {
  feed: ChangeFeed;
  random: Random;
  now: () => number;
  app: {
    appId: string;
    appSecret: string;
    tenantKey: string;
    encryptKey: string | undefined;
    verificationToken: string;
  };
  callbackUrl: string | undefined;
  /** Drive v1 file subscription state (owned by the store). */
  isSubscribed: (appToken: string) => boolean;
  /** The emulator's http base URL, to build the ws:// URL. */
  publicUrl: () => string;
};

export type EventDelivery = {
  /** Mounted at '/': POST /callback/ws/endpoint, /_emulator/events/*. */
  routes: Hono;
  /** WebSocket upgrades for the long connection. */
  attach(server: Server): void;
  /** Typed access to the same operations as `/_emulator/events/*`. */
  admin: EventAdmin;
  close(): Promise<void>;
};

/**
 * Turns every change on the ChangeFeed of a subscribed base into a Feishu event and delivers it by
 * HTTP callback (encrypted and signed when an Encrypt Key is set) or over the SDK's long connection.
 */
export function createEventDelivery(deps: EventDeliveryDeps): EventDelivery {
  const initial = defaultEventSettings(deps.callbackUrl, deps.random.int(2 ** 32));
  let settings: EventSettings = initial;
  const endpointFailures = { code: 0, remaining: 0 };
  const http = createHttpSender();
  const buildRequest = createCallbackRequestBuilder(deps.app.encryptKey, deps.now);
  const hub = new LongConnectionHub(
    () => settings.clientConfig,
    () => {
      queue.clientConnected();
    },
  );
  const queue: DeliveryQueue = new DeliveryQueue({
    settings: () => settings,
    now: deps.now,
    http,
    hub,
    buildRequest,
  });
  const admin = createEventAdmin({
    queue,
    hub,
    app: deps.app,
    buildRequest,
    getSettings: () => settings,
    setSettings: (next) => (settings = next),
    initialSettings: initial,
    endpointFailures,
  });

  const unsubscribe = deps.feed.subscribe((change: Change) => {
    if (!deps.isSubscribed(change.appToken)) return;
    const eventId = randomUUID().replaceAll('-', '');
    const envelope = buildEnvelope(change, {
      eventId,
      nowMs: deps.now(),
      app: deps.app,
      actionValues: settings.actionValues,
    });
    queue.publish({
      eventId,
      eventType: envelope.header.event_type,
      appToken: change.appToken,
      tableId: change.tableId,
      revision: change.revision,
      json: JSON.stringify(envelope),
    });
  });

  const routes = new Hono();
  routes
    .route(
      '/',
      wsEndpointRoutes({
        appId: deps.app.appId,
        appSecret: deps.app.appSecret,
        issue: () => ({
          URL: hub.issueUrl(deps.publicUrl(), deps.now()),
          ClientConfig: settings.clientConfig,
        }),
        forcedCode: () => (endpointFailures.remaining-- > 0 ? endpointFailures.code : undefined),
      }),
    )
    .route('/_emulator/events', eventAdminRoutes(admin));

  return {
    routes,
    admin,
    attach: (server) => {
      hub.attach(server, deps.now);
    },
    close: async () => {
      unsubscribe();
      queue.clear();
      await http.close();
      await hub.close();
    },
  };
}
