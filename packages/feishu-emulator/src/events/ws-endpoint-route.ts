import { Hono } from 'hono';

/** Codes the SDK's `pullConnectConfig` knows (reference §7.8). */
export const EndpointCode = {
  ok: 0,
  systemBusy: 1,
  forbidden: 403,
  authFailed: 514,
  internalError: 1000040343,
  exceedConnLimit: 1000040350,
} as const;

export type EndpointDeps = {
  appId: string;
  appSecret: string;
  /** Issues a fresh ws:// URL with its ticket, plus the ClientConfig to send with it. */
  issue: () => { URL: string; ClientConfig: unknown };
  /** A code to answer instead of success, set by the admin API to test the client's handling. */
  forcedCode: () => number | undefined;
};

/** `POST /callback/ws/endpoint`: long-connection discovery, checked against AppID / AppSecret. */
export function wsEndpointRoutes(deps: EndpointDeps): Hono {
  const app = new Hono();
  app.post('/callback/ws/endpoint', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { AppID?: unknown; AppSecret?: unknown };
    // The SDK destructures `data` even on failure, so failures carry an empty object.
    const refuse = (code: number, msg: string) => c.json({ code, msg, data: {} });
    const forced = deps.forcedCode();
    if (forced !== undefined) return refuse(forced, 'injected by the emulator');
    if (body.AppID !== deps.appId) return refuse(EndpointCode.forbidden, 'forbidden: unknown AppID');
    if (body.AppSecret !== deps.appSecret) return refuse(EndpointCode.authFailed, 'auth failed');
    return c.json({ code: EndpointCode.ok, msg: 'ok', data: deps.issue() });
  });
  return app;
}
