import { WSClient, type WSConnectionState } from '@larksuiteoapi/node-sdk';
import { SILENT_LOGGER, redactingLogger, type FeishuLogger } from '../calls/log-hooks.js';
import { createEventDecoder, type EventDecoder } from '../events/event-decoder.js';
import type { FeishuEvent } from '../events/event-types.js';
import { sdkLogger } from '../sdk/sdk-logger.js';
import { DecodingDispatcher } from './decoding-dispatcher.js';

/** A span during which the connection was down: events sent then may be lost for good. */
export type ConnectionGap = {
  readonly from: number;
  readonly to: number;
  readonly reason: 'disconnect' | 'stalled';
};

export type LongConnectionOptions = {
  readonly appId: string;
  readonly appSecret: string;
  /** Base URL (Feishu's, Lark's, or the emulator's). */
  readonly domain: string;
  /** Persist the event durably before resolving: resolving acknowledges it to Feishu. */
  readonly onEvent: (event: FeishuEvent) => Promise<void>;
  /** Called once the connection is back after a gap: schedule a reconcile of the span. */
  readonly onGap?: (gap: ConnectionGap) => void;
  readonly verificationToken?: string;
  readonly decoder?: EventDecoder;
  readonly logger?: FeishuLogger;
  /** No pong or message within this many seconds after a ping → the socket is dead (SDK watchdog). */
  readonly pingTimeoutSeconds?: number;
  /** Not connected for this long (or the SDK gave up) → tear down and start afresh. */
  readonly stalledAfterMs?: number;
  /** How often the watchdog looks at the connection. */
  readonly watchdogIntervalMs?: number;
  readonly now?: () => number;
};

const DEFAULT_STALLED_AFTER_MS = 5 * 60_000;
const DEFAULT_WATCHDOG_INTERVAL_MS = 5_000;
const DEFAULT_PING_TIMEOUT_SECONDS = 30;

/**
 * The SDK's WSClient with a liveness watchdog, a restart when it stalls or gives up, and a gap
 * callback after every disconnect (exactly one process should hold it: a lease, see DESIGN).
 */
export class LongConnection {
  readonly #options: LongConnectionOptions;
  readonly #log: FeishuLogger;
  readonly #now: () => number;
  readonly #dispatcher: DecodingDispatcher;
  #client: WSClient | undefined;
  #watchdog: NodeJS.Timeout | undefined;
  #downSince: number | undefined;
  #gapReason: ConnectionGap['reason'] = 'disconnect';
  #restarts = 0;

  constructor(options: LongConnectionOptions) {
    this.#options = options;
    this.#log = redactingLogger(options.logger ?? SILENT_LOGGER);
    this.#now = options.now ?? Date.now;
    const decoder = options.decoder ?? createEventDecoder({ verificationToken: options.verificationToken });
    this.#dispatcher = new DecodingDispatcher(decoder, options.onEvent, this.#log, sdkLogger(this.#log));
  }

  /** Connection state as the SDK reports it ('idle' before start and after close). */
  get state(): WSConnectionState {
    return this.#client?.getConnectionStatus().state ?? 'idle';
  }

  /** How many times the watchdog rebuilt the client. */
  get restarts(): number {
    return this.#restarts;
  }

  async start(): Promise<void> {
    if (this.#client) return;
    await this.#connect();
    const every = this.#options.watchdogIntervalMs ?? DEFAULT_WATCHDOG_INTERVAL_MS;
    this.#watchdog = setInterval(() => {
      this.#check().catch((err: unknown) => {
        this.#log.error(
          { err: err instanceof Error ? err.message : String(err) },
          'long connection restart failed',
        );
      });
    }, every);
    this.#watchdog.unref();
  }

  close(): void {
    clearInterval(this.#watchdog);
    this.#watchdog = undefined;
    this.#client?.close({ force: true });
    this.#client = undefined;
  }

  async #connect(): Promise<void> {
    const o = this.#options;
    const client = new WSClient({
      appId: o.appId,
      appSecret: o.appSecret,
      domain: o.domain,
      logger: sdkLogger(this.#log),
      wsConfig: { pingTimeout: o.pingTimeoutSeconds ?? DEFAULT_PING_TIMEOUT_SECONDS },
      onReconnecting: () => {
        this.#markDown('disconnect');
      },
      onReconnected: () => {
        this.#markUp();
      },
      onError: (err) => {
        this.#log.error({ err: err.message }, 'long connection gave up');
        this.#markDown('disconnect');
      },
    });
    this.#client = client;
    await client.start({ eventDispatcher: this.#dispatcher });
  }

  #markDown(reason: ConnectionGap['reason']): void {
    if (this.#downSince !== undefined) return;
    this.#downSince = this.#now();
    this.#gapReason = reason;
    this.#log.warn({ reason }, 'long connection down; events may be missed');
  }

  #markUp(): void {
    if (this.#downSince === undefined) return;
    const gap: ConnectionGap = { from: this.#downSince, to: this.#now(), reason: this.#gapReason };
    this.#downSince = undefined;
    this.#log.info({ gapMs: gap.to - gap.from, reason: gap.reason }, 'long connection back');
    this.#options.onGap?.(gap);
  }

  async #check(): Promise<void> {
    const state = this.state;
    if (state === 'connected') {
      this.#markUp();
      return;
    }
    if (state !== 'failed') this.#markDown('disconnect');
    const stalledAfter = this.#options.stalledAfterMs ?? DEFAULT_STALLED_AFTER_MS;
    const down = this.#downSince === undefined ? 0 : this.#now() - this.#downSince;
    if (state !== 'failed' && down < stalledAfter) return;
    this.#markDown('stalled');
    this.#gapReason = 'stalled';
    this.#restarts++;
    this.#log.warn({ state, downMs: down }, 'long connection stalled; restarting the client');
    this.#client?.close({ force: true });
    this.#client = undefined;
    await this.#connect();
  }
}
