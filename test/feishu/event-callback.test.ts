import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { isBasesyncError } from '@basesync/core';
import {
  createEventDecoder,
  type CallbackRequest,
  type EventDecoder,
  type FeishuEvent,
} from '@basesync/feishu';
import { clientFor, createTestTable, startTestEmulator } from './feishu-fixture.js';

const ENCRYPT_KEY = 'callback-encrypt-key-0123456789';

type Receiver = {
  url: string;
  accepted: FeishuEvent[];
  rejected: string[];
  captured: CallbackRequest[];
  server: Server;
};

function flatHeaders(h: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** A minimal webhook: decode with our decoder, 200 when accepted, 400 with the code when rejected. */
async function startReceiver(decoder: EventDecoder): Promise<Receiver> {
  const r: Omit<Receiver, 'url'> = { accepted: [], rejected: [], captured: [], server: createServer() };
  r.server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { headers: flatHeaders(req.headers), rawBody: Buffer.concat(chunks) };
      r.captured.push(request);
      try {
        const event = decoder.decodeCallback(request);
        r.accepted.push(event);
        res.end(event.kind === 'url_verification' ? JSON.stringify({ challenge: event.challenge }) : '{}');
      } catch (err) {
        r.rejected.push(isBasesyncError(err) ? err.code : 'UNEXPECTED');
        res.statusCode = 400;
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  return { ...r, url: `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/webhook` };
}

let emu: EmulatorHandle | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await emu?.close();
  receiver?.server.close();
});

async function setUp(
  now?: () => number,
): Promise<{ emu: EmulatorHandle; receiver: Receiver; edit: (n: number) => void }> {
  receiver = await startReceiver(
    createEventDecoder({
      encryptKey: ENCRYPT_KEY,
      verificationToken: 'vt-callback',
      ...(now ? { now } : {}),
    }),
  );
  emu = await startTestEmulator({
    encryptKey: ENCRYPT_KEY,
    verificationToken: 'vt-callback',
    callbackUrl: receiver.url,
  });
  const t = createTestTable(emu);
  await clientFor(emu).subscribeBase(t.appToken);
  const e = emu;
  return { emu: e, receiver, edit: (n) => e.admin.userCreateRecord(t.appToken, t.tableId, { Key: `k${n}` }) };
}

describe('HTTP event callbacks from the emulator', () => {
  test('signed, encrypted record changes are accepted; forged and undecryptable ones are rejected with their code', async () => {
    const s = await setUp();
    s.emu.events.configure({
      faults: { seed: 5, badSignatureRate: 0.15, undecryptableRate: 0.15 },
      retryTimeFactor: 0.0001,
    });
    for (let n = 0; n < 20; n++) s.edit(n);
    await s.emu.events.drain(10_000);
    expect(s.receiver.accepted.filter((e) => e.kind === 'record_changed')).toHaveLength(20);
    expect(s.receiver.rejected).toContain('FEISHU_EVENT_SIGNATURE_INVALID');
    expect(s.receiver.rejected).toContain('FEISHU_EVENT_UNDECRYPTABLE');
    expect(new Set(s.receiver.rejected)).toEqual(
      new Set(['FEISHU_EVENT_SIGNATURE_INVALID', 'FEISHU_EVENT_UNDECRYPTABLE']),
    );
  });

  test('a captured callback sent again is rejected as a replay', async () => {
    const s = await setUp();
    s.edit(1);
    await s.emu.events.drain(5_000);
    const captured = s.receiver.captured[0];
    const res = await fetch(s.receiver.url, {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries(captured?.headers ?? {}).filter(([k]) => k.startsWith('x-lark')),
      ) as Record<string, string>,
      body: captured?.rawBody.toString() ?? '',
    });
    expect(res.status).toBe(400);
    expect(s.receiver.rejected).toEqual(['FEISHU_EVENT_REPLAYED']);
  });

  test('a callback signed more than 5 minutes away from our clock is rejected as stale', async () => {
    const s = await setUp(() => Date.now() + 6 * 60_000);
    s.emu.events.configure({ retryTimeFactor: 0.0001 });
    s.edit(1);
    await waitFor(() => s.receiver.rejected.length > 0);
    expect(s.receiver.rejected[0]).toBe('FEISHU_EVENT_STALE');
    expect(s.receiver.accepted).toHaveLength(0);
  });

  test('a tampered or malformed body is rejected', async () => {
    const s = await setUp();
    const post = (body: string, headers: Record<string, string>) =>
      fetch(s.receiver.url, { method: 'POST', headers, body });
    s.edit(1);
    await s.emu.events.drain(5_000);
    const h = Object.fromEntries(
      Object.entries(s.receiver.captured[0]?.headers ?? {}).filter(([k]) => k.startsWith('x-lark')),
    ) as Record<string, string>;
    expect((await post('{"encrypt":"AAAA"}', h)).status).toBe(400);
    expect((await post('not json', {})).status).toBe(400);
    expect(s.receiver.rejected).toEqual(['FEISHU_EVENT_SIGNATURE_INVALID', 'FEISHU_EVENT_SIGNATURE_INVALID']);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
