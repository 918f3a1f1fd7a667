import { Pool } from 'undici';

export type SendResult = { ok: true } | { ok: false; error: string };

export type HttpSender = {
  /** POSTs one body; ok only for HTTP 200 within `timeoutMs` (Feishu's ack rule). */
  post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendResult>;
  close(): Promise<void>;
};

/** Sockets per receiver origin; the queue's `concurrency` bounds requests in flight. */
const CONNECTIONS_PER_ORIGIN = 64;

/**
 * Keep-alive HTTP(S) client for callbacks. undici rather than node:http: measured ~1.4× the
 * requests/s on the same machine (bench/emulator/events.ts), and per-event cost is the bench goal.
 */
export function createHttpSender(): HttpSender {
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: CONNECTIONS_PER_ORIGIN });
      pools.set(origin, pool);
    }
    return pool;
  };
  const targets = createTargetCache();
  return {
    post: async (url, body, headers, timeoutMs) => {
      const { origin, path } = targets(url);
      // Our own timer: undici's timeouts are coarse below a second, and the deadline is a contract.
      const abort = new AbortController();
      const timer = setTimeout(() => {
        abort.abort();
      }, timeoutMs);
      try {
        const res = await poolFor(origin).request({
          path,
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          signal: abort.signal,
        });
        await res.body.dump();
        return res.statusCode === 200 ? { ok: true } : { ok: false, error: `HTTP ${String(res.statusCode)}` };
      } catch (err) {
        if (abort.signal.aborted) return { ok: false, error: `no answer within ${String(timeoutMs)} ms` };
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((pool) => pool.destroy()));
    },
  };
}

type Target = { origin: string; path: string };

/** Parses the callback URL once, not once per event (the URL rarely changes). */
function createTargetCache(): (url: string) => Target {
  let lastUrl = '';
  let last: Target = { origin: '', path: '' };
  return (url) => {
    if (url === lastUrl) return last;
    const parsed = new URL(url);
    lastUrl = url;
    last = { origin: parsed.origin, path: parsed.pathname + parsed.search };
    return last;
  };
}
