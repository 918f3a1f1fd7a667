import { randomUUID } from 'node:crypto';
import type WebSocket from 'ws';
import type { SendResult } from './http-sender.js';
import type { ClientConfig } from './event-settings.js';
import { decodeFrame, encodeFrame, FrameMethod, headerValue, type Frame } from './ws-frame.js';

type PendingAck = { resolve: (result: SendResult) => void; timer: NodeJS.Timeout };

const encoder = new TextEncoder();

/** One SDK `WSClient` socket: answers pings, sends events as (fragmented) data frames, awaits acks. */
export class LongConnection {
  readonly #socket: WebSocket;
  readonly #serviceId: number;
  readonly #clientConfig: () => ClientConfig;
  readonly #pending = new Map<string, PendingAck>();
  readonly #onReady: () => void;
  #seq = 0;
  pings = 0;

  /** `onReady` fires on the client's first ping (see {@link isReady}). */
  constructor(socket: WebSocket, serviceId: number, clientConfig: () => ClientConfig, onReady: () => void) {
    this.#socket = socket;
    this.#serviceId = serviceId;
    this.#clientConfig = clientConfig;
    this.#onReady = onReady;
    socket.on('message', (data: Buffer) => {
      this.#onFrame(data);
    });
    socket.on('close', () => {
      this.#failPending('connection closed before the ack');
    });
  }

  get isOpen(): boolean {
    return this.#socket.readyState === this.#socket.OPEN;
  }

  /**
   * Open and pinged at least once. The SDK attaches its message listener a tick after 'open' and
   * pings at once, so frames sent before the first ping can be lost; waiting for it avoids that.
   */
  get isReady(): boolean {
    return this.pings > 0 && this.isOpen;
  }

  /** Sends one event; resolves ok on an ack with code 200, not ok on another code, timeout or close. */
  sendEvent(json: string, fragmentBytes: number, ackTimeoutMs: number): Promise<SendResult> {
    const messageId = randomUUID();
    const traceId = randomUUID();
    const bytes = encoder.encode(json);
    const sum = Math.max(1, Math.ceil(bytes.byteLength / fragmentBytes));
    const result = new Promise<SendResult>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(messageId);
        resolve({ ok: false, error: `no ack within ${String(ackTimeoutMs)} ms` });
      }, ackTimeoutMs);
      this.#pending.set(messageId, { resolve, timer });
    });
    for (let seq = 0; seq < sum; seq++) {
      const payload = bytes.subarray(seq * fragmentBytes, (seq + 1) * fragmentBytes);
      this.#send({
        ...this.#frameIds(),
        method: FrameMethod.data,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(sum) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: traceId },
        ],
        payload,
      });
    }
    return result;
  }

  disconnect(): void {
    this.#socket.terminate();
  }

  #frameIds(): Pick<Frame, 'SeqID' | 'LogID' | 'service'> {
    this.#seq += 1;
    return { SeqID: this.#seq, LogID: this.#seq, service: this.#serviceId };
  }

  #send(frame: Frame): void {
    if (this.isOpen) this.#socket.send(encodeFrame(frame));
  }

  #onFrame(data: Buffer): void {
    let frame: Frame;
    try {
      frame = decodeFrame(data);
    } catch {
      return; // Not a pbbp2 frame: Feishu ignores it too, and so does the SDK.
    }
    const type = headerValue(frame, 'type');
    if (frame.method === FrameMethod.control && type === 'ping') this.#pong();
    if (frame.method === FrameMethod.data && headerValue(frame, 'biz_rt') !== undefined) this.#onAck(frame);
  }

  #pong(): void {
    this.pings += 1;
    if (this.pings === 1) this.#onReady();
    this.#send({
      ...this.#frameIds(),
      method: FrameMethod.control,
      headers: [{ key: 'type', value: 'pong' }],
      payload: encoder.encode(JSON.stringify(this.#clientConfig())),
    });
  }

  #onAck(frame: Frame): void {
    const messageId = headerValue(frame, 'message_id') ?? '';
    const pending = this.#pending.get(messageId);
    if (!pending) return;
    this.#pending.delete(messageId);
    clearTimeout(pending.timer);
    pending.resolve(ackResult(frame.payload));
  }

  #failPending(error: string): void {
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.resolve({ ok: false, error });
    }
    this.#pending.clear();
  }
}

/** The SDK acks with `{"code":200}` (500 when its handler threw). */
function ackResult(payload: Uint8Array | undefined): SendResult {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(payload)) as { code?: unknown };
    return parsed.code === 200 ? { ok: true } : { ok: false, error: `ack code ${String(parsed.code)}` };
  } catch {
    return { ok: false, error: 'ack payload is not JSON' };
  }
}
