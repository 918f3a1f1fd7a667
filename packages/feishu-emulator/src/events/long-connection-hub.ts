import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ClientConfig } from './event-settings.js';
import type { SendResult } from './http-sender.js';
import { LongConnection } from './long-connection.js';

export const WS_PATH = '/ws/v2';
const TICKET_TTL_MS = 5 * 60_000;

/** All long connections of the app; each event goes to one of them, round-robin. */
export class LongConnectionHub {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #connections: LongConnection[] = [];
  readonly #tickets = new Map<string, { serviceId: number; expiresAt: number }>();
  readonly #clientConfig: () => ClientConfig;
  readonly #onConnected: () => void;
  #next = 0;
  connects = 0;

  constructor(clientConfig: () => ClientConfig, onConnected: () => void) {
    this.#clientConfig = clientConfig;
    this.#onConnected = onConnected;
  }

  /**
   * The URL the endpoint hands out. `device_id` and `service_id` must not come first: the SDK
   * runs `qs.parse` over the whole URL, so the first key swallows the URL's prefix.
   */
  issueUrl(publicUrl: string, now: number): string {
    const ticket = randomUUID();
    const serviceId = 1_000_000 + randomBytes(3).readUIntBE(0, 3);
    this.#tickets.set(ticket, { serviceId, expiresAt: now + TICKET_TTL_MS });
    const base = publicUrl.replace(/^http/, 'ws');
    const deviceId = randomBytes(8).toString('hex');
    const query = `fpid=493&aid=552564&device_id=${deviceId}&access_key=${randomBytes(16).toString('hex')}`;
    return `${base}${WS_PATH}?${query}&service_id=${String(serviceId)}&ticket=${ticket}`;
  }

  attach(server: Server, now: () => number): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://emulator');
      if (url.pathname !== WS_PATH) return;
      const ticket = this.#tickets.get(url.searchParams.get('ticket') ?? '');
      if (!ticket || ticket.expiresAt < now()) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      this.#server.handleUpgrade(req, socket, head, (ws) => {
        const connection = new LongConnection(ws, ticket.serviceId, this.#clientConfig, this.#onConnected);
        this.#connections.push(connection);
        this.connects += 1;
        ws.on('close', () => {
          const index = this.#connections.indexOf(connection);
          if (index >= 0) this.#connections.splice(index, 1);
        });
      });
    });
  }

  get clientCount(): number {
    return this.#connections.filter((c) => c.isReady).length;
  }

  /** Sends to the next ready connection; 'no_client' when none is. */
  send(json: string, fragmentBytes: number, ackTimeoutMs: number): Promise<SendResult> | 'no_client' {
    const open = this.#connections.filter((c) => c.isReady);
    if (open.length === 0) return 'no_client';
    const connection = open[this.#next++ % open.length];
    return connection ? connection.sendEvent(json, fragmentBytes, ackTimeoutMs) : 'no_client';
  }

  /** Drops every client's socket without a close handshake, as a network failure would. */
  disconnectAll(): number {
    const count = this.#connections.length;
    for (const connection of this.#connections) connection.disconnect();
    return count;
  }

  pings(): number {
    return this.#connections.reduce((sum, c) => sum + c.pings, 0);
  }

  close(): Promise<void> {
    this.disconnectAll();
    return new Promise((resolve) => {
      this.#server.close(() => {
        resolve();
      });
    });
  }
}
