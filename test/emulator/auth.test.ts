import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { ClearableTokenCache, createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import { outcome } from './sdk-outcome.js';

let emu: EmulatorHandle;
let appToken: string;
let clock = Date.parse('2026-01-01T00:00:00Z');

beforeAll(async () => {
  emu = await startTestEmulator({ now: () => clock, tokenTtlSeconds: 7200 });
  appToken = emu.admin.createBase('Auth').appToken;
});
afterAll(async () => {
  await emu.close();
});

function tokenRequest(appId: string, appSecret: string): Promise<Response> {
  return fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ app_id: appId, app_secret: appSecret }),
  });
}

describe('tenant_access_token', () => {
  test('the SDK obtains a t- token and reads the app with it', async () => {
    const res = await createEmulatorClient(emu).bitable.v1.app.get({ path: { app_token: appToken } });
    expect(res.code).toBe(0);
    expect(res.data?.app?.name).toBe('Auth');
  });

  test('the token sits at top level and is reused while more than 30 minutes remain', async () => {
    const first = (await (await tokenRequest(emu.appId, emu.appSecret)).json()) as {
      code: number;
      tenant_access_token: string;
      expire: number;
    };
    expect(first).toMatchObject({ code: 0, msg: 'ok', expire: 7200 });
    expect(first.tenant_access_token).toMatch(/^t-/);
    clock += 60 * 60 * 1000;
    const again = (await (await tokenRequest(emu.appId, emu.appSecret)).json()) as {
      tenant_access_token: string;
      expire: number;
    };
    expect(again).toEqual({
      code: 0,
      msg: 'ok',
      tenant_access_token: first.tenant_access_token,
      expire: 3600,
    });
    clock += 45 * 60 * 1000;
    const fresh = (await (await tokenRequest(emu.appId, emu.appSecret)).json()) as {
      tenant_access_token: string;
      expire: number;
    };
    expect(fresh.tenant_access_token).not.toBe(first.tenant_access_token);
    expect(fresh.expire).toBe(7200);
  });

  test('a wrong app secret is refused with 10014 and an unknown app id with 10003', async () => {
    const wrongSecret = await tokenRequest(emu.appId, 'not-the-secret');
    expect(wrongSecret.status).toBe(400);
    expect(await wrongSecret.json()).toMatchObject({ code: 10014 });
    expect(await (await tokenRequest('cli_0000000000000000', emu.appSecret)).json()).toMatchObject({
      code: 10003,
    });
    const client = createEmulatorClient(emu, { appSecret: 'wrong' });
    await expect(client.bitable.v1.app.get({ path: { app_token: appToken } })).rejects.toThrow();
  });

  test('a call without a token gets 99991661 and one with an unknown token 99991663', async () => {
    const bare = createEmulatorClient(emu, { disableTokenCache: true });
    const missing = await outcome(bare.bitable.v1.app.get({ path: { app_token: appToken } }));
    expect(missing).toMatchObject({ status: 400, code: 99991661 });
    const unknown = await outcome(
      bare.bitable.v1.app.get({ path: { app_token: appToken } }, lark.withTenantToken('t-forged')),
    );
    expect(unknown).toMatchObject({ status: 400, code: 99991663 });
  });

  test('expired tokens are refused until the client fetches a new one', async () => {
    const cache = new ClearableTokenCache();
    const client = createEmulatorClient(emu, { cache });
    expect((await client.bitable.v1.app.get({ path: { app_token: appToken } })).code).toBe(0);
    emu.admin.expireTokens();
    expect(await outcome(client.bitable.v1.app.get({ path: { app_token: appToken } }))).toMatchObject({
      code: 99991663,
    });
    cache.clear();
    expect((await client.bitable.v1.app.get({ path: { app_token: appToken } })).code).toBe(0);
  });
});
