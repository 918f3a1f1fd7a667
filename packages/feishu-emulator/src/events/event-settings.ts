import type { ActionValues } from './event-envelope.js';

/** Faults injected into event delivery; every decision is drawn from a PRNG seeded with `seed`. */
export type EventFaults = {
  seed: number;
  /** Share of events never delivered. */
  dropRate: number;
  /** Share of events delivered twice (same event_id). */
  duplicateRate: number;
  /** Share of events held back until `window` later events have gone out (or `maxHoldMs` passed). */
  reorder: { rate: number; window: number; maxHoldMs: number };
  /** Every event waits `fixedMs` plus a uniform 0..`jitterMs` before its first attempt. */
  delay: { fixedMs: number; jitterMs: number };
  /** Share of HTTP attempts sent with a wrong `X-Lark-Signature`. */
  badSignatureRate: number;
  /** Share of HTTP attempts whose `encrypt` field cannot be decrypted. */
  undecryptableRate: number;
};

/** The long connection's `ClientConfig` (seconds), sent by the endpoint and in every pong. */
export type ClientConfig = {
  PingInterval: number;
  ReconnectCount: number;
  ReconnectInterval: number;
  ReconnectNonce: number;
};

export const DeliveryMode = { http: 'http', longConnection: 'long_connection' } as const;
export type DeliveryMode = (typeof DeliveryMode)[keyof typeof DeliveryMode];

export type EventSettings = {
  mode: DeliveryMode;
  callbackUrl: string | undefined;
  actionValues: ActionValues;
  /** A receiver must answer 200 (HTTP) or ack (long connection) within this long. */
  ackTimeoutMs: number;
  /** Multiplies the 15 s / 5 min / 1 h / 6 h retry schedule. */
  retryTimeFactor: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** Long-connection payloads larger than this are split into fragments. */
  fragmentBytes: number;
  clientConfig: ClientConfig;
  faults: EventFaults;
};

export const NO_FAULTS: EventFaults = {
  seed: 1,
  dropRate: 0,
  duplicateRate: 0,
  reorder: { rate: 0, window: 1, maxHoldMs: 200 },
  delay: { fixedMs: 0, jitterMs: 0 },
  badSignatureRate: 0,
  undecryptableRate: 0,
};

/** The SDK's own defaults, which are the values Feishu sends (reference §7.8). */
export const FEISHU_CLIENT_CONFIG: ClientConfig = {
  PingInterval: 120,
  ReconnectCount: -1,
  ReconnectInterval: 120,
  ReconnectNonce: 30,
};

export function defaultEventSettings(callbackUrl: string | undefined, seed: number): EventSettings {
  return {
    mode: callbackUrl === undefined ? DeliveryMode.longConnection : DeliveryMode.http,
    callbackUrl,
    actionValues: 'changed',
    ackTimeoutMs: 3_000,
    retryTimeFactor: 1,
    concurrency: 64,
    fragmentBytes: 512 * 1024,
    clientConfig: FEISHU_CLIENT_CONFIG,
    faults: { ...NO_FAULTS, seed },
  };
}
