import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export type SendResult = { ok: true } | { ok: false; error: string };

export type HttpSender = {
  /** POSTs one body; ok only for HTTP 200 within `timeoutMs` (Feishu's ack rule). */
  post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendResult>;
  close(): void;
};

/** Keep-alive HTTP(S) client for callbacks: sockets are reused so thousands of events/s stay cheap. */
export function createHttpSender(): HttpSender {
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true });
  return {
    post: (url, body, headers, timeoutMs) =>
      new Promise((resolve) => {
        const isHttps = url.startsWith('https:');
        const send = isHttps ? httpsRequest : httpRequest;
        const req = send(url, {
          method: 'POST',
          agent: isHttps ? httpsAgent : httpAgent,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        });
        const timer = setTimeout(() => {
          req.destroy();
          resolve({ ok: false, error: `no answer within ${String(timeoutMs)} ms` });
        }, timeoutMs);
        req.on('response', (res: IncomingMessage) => {
          res.resume();
          res.on('end', () => {
            clearTimeout(timer);
            const status = res.statusCode ?? 0;
            resolve(status === 200 ? { ok: true } : { ok: false, error: `HTTP ${String(status)}` });
          });
        });
        req.on('error', (err) => {
          clearTimeout(timer);
          resolve({ ok: false, error: err.message });
        });
        req.end(body);
      }),
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
