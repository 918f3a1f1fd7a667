import type { Server } from 'node:http';
import { Hono } from 'hono';
import type { ChangeFeed } from '../change-feed.js';
import type { Random } from '../random.js';

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
  close(): Promise<void>;
};

/** Turns ChangeFeed changes into Feishu events delivered by HTTP callback or long connection. */
export function createEventDelivery(deps: EventDeliveryDeps): EventDelivery {
  const unsubscribe = deps.feed.subscribe(() => undefined);
  return {
    routes: new Hono(),
    attach: () => undefined,
    close: () => {
      unsubscribe();
      return Promise.resolve();
    },
  };
}
