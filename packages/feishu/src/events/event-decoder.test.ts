import { describe, expect, test } from 'vitest';
import { isBasesyncError, type ErrorCode } from '@basesync/core';
import { encryptEventPayload } from './decrypt-event.js';
import { createEventDecoder, type CallbackRequest } from './event-decoder.js';
import { signCallback } from './verify-signature.js';

const ENCRYPT_KEY = 'enc-key-0123456789abcdef';
const TOKEN = 'verification-token-123';
const NOW = 1_760_000_000_000;

const recordEvent = {
  schema: '2.0',
  header: {
    event_id: '5e3702a84e847582be8db7fb73283c02',
    event_type: 'drive.file.bitable_record_changed_v1',
    create_time: String(NOW),
    token: TOKEN,
    app_id: 'cli_a1b2c3d4e5f60718',
    tenant_key: '2ca1d211f64f6438',
  },
  event: {
    file_type: 'bitable',
    file_token: 'appbcbWCzen6D8dezhoCH2RpMAh',
    table_id: 'tblsRc9GRRXKqhvW',
    revision: 41,
    action_list: [
      {
        record_id: 'recqwIwhc6',
        action: 'record_edited',
        before_value: [{ field_id: 'fldYWaldeW', field_value: '"old"' }],
        after_value: [{ field_id: 'fldYWaldeW', field_value: '"new"' }],
      },
    ],
  },
};

function signed(body: unknown, at = NOW, nonce = 'n-1'): CallbackRequest {
  const rawBody = JSON.stringify({ encrypt: encryptEventPayload(JSON.stringify(body), ENCRYPT_KEY) });
  const timestamp = String(Math.floor(at / 1000));
  return {
    rawBody,
    headers: {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signCallback(timestamp, nonce, ENCRYPT_KEY, rawBody),
    },
  };
}

const decoder = () =>
  createEventDecoder({ encryptKey: ENCRYPT_KEY, verificationToken: TOKEN, now: () => NOW });

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (err) {
    if (isBasesyncError(err)) return err.code;
    throw err;
  }
  return undefined;
}

describe('event decoding', () => {
  test('a signed, encrypted record change decodes into typed actions with parsed cell values', () => {
    const event = decoder().decodeCallback(signed(recordEvent));
    expect(event).toEqual({
      kind: 'record_changed',
      header: expect.objectContaining({
        eventId: '5e3702a84e847582be8db7fb73283c02',
        createTime: NOW,
      }) as unknown,
      appToken: 'appbcbWCzen6D8dezhoCH2RpMAh',
      tableId: 'tblsRc9GRRXKqhvW',
      revision: 41,
      actions: [
        {
          recordId: 'recqwIwhc6',
          action: 'record_edited',
          before: [{ fieldId: 'fldYWaldeW', value: 'old' }],
          after: [{ fieldId: 'fldYWaldeW', value: 'new' }],
        },
      ],
    });
  });

  test('a forged signature is rejected', () => {
    const req = signed(recordEvent);
    const forged = { ...req, headers: { ...req.headers, 'x-lark-signature': 'a'.repeat(64) } };
    expect(codeOf(() => decoder().decodeCallback(forged))).toBe('FEISHU_EVENT_SIGNATURE_INVALID');
  });

  test('a body altered after signing is rejected', () => {
    const req = signed(recordEvent);
    const altered = { ...req, rawBody: req.rawBody.toString().replace('"}', 'A"}') };
    expect(codeOf(() => decoder().decodeCallback(altered))).toBe('FEISHU_EVENT_SIGNATURE_INVALID');
  });

  test('an unsigned callback is rejected when an Encrypt Key is configured', () => {
    const req = { rawBody: JSON.stringify(recordEvent), headers: {} };
    expect(codeOf(() => decoder().decodeCallback(req))).toBe('FEISHU_EVENT_SIGNATURE_INVALID');
  });

  test('a callback signed more than 5 minutes ago is rejected as stale, one within is accepted', () => {
    expect(codeOf(() => decoder().decodeCallback(signed(recordEvent, NOW - 301_000)))).toBe(
      'FEISHU_EVENT_STALE',
    );
    expect(codeOf(() => decoder().decodeCallback(signed(recordEvent, NOW + 301_000)))).toBe(
      'FEISHU_EVENT_STALE',
    );
    expect(codeOf(() => decoder().decodeCallback(signed(recordEvent, NOW - 299_000)))).toBeUndefined();
  });

  test('the same signed callback sent twice is rejected as a replay', () => {
    const d = decoder();
    const req = signed(recordEvent);
    d.decodeCallback(req);
    expect(codeOf(() => d.decodeCallback(req))).toBe('FEISHU_EVENT_REPLAYED');
  });

  test('a body encrypted with another key is rejected as undecryptable', () => {
    const rawBody = JSON.stringify({
      encrypt: encryptEventPayload(JSON.stringify(recordEvent), 'other-key'),
    });
    const ts = String(NOW / 1000);
    const req = {
      rawBody,
      headers: {
        'x-lark-request-timestamp': ts,
        'x-lark-request-nonce': 'n',
        'x-lark-signature': signCallback(ts, 'n', ENCRYPT_KEY, rawBody),
      },
    };
    expect(codeOf(() => decoder().decodeCallback(req))).toBe('FEISHU_EVENT_UNDECRYPTABLE');
  });

  test('malformed events are rejected naming the member at fault', () => {
    const noTable = structuredClone(recordEvent) as { event: Record<string, unknown> };
    delete noTable.event['table_id'];
    try {
      decoder().decodeCallback(signed(noTable));
      expect.unreachable();
    } catch (err) {
      expect(isBasesyncError(err, 'FEISHU_EVENT_MALFORMED')).toBe(true);
      expect((err as { field: string }).field).toBe('body.event.table_id');
    }
    const badAction = structuredClone(recordEvent);
    badAction.event.action_list = [
      { ...recordEvent.event.action_list[0], action: 'record_exploded' },
    ] as never;
    expect(codeOf(() => decoder().decodeCallback(signed(badAction)))).toBe('FEISHU_EVENT_MALFORMED');
    expect(codeOf(() => decoder().decodeMessage('not an object'))).toBe('FEISHU_EVENT_MALFORMED');
    expect(codeOf(() => decoder().decodeMessage({ schema: '1.0' }))).toBe('FEISHU_EVENT_MALFORMED');
  });

  test('an event with the wrong verification token is rejected', () => {
    const wrong = structuredClone(recordEvent);
    wrong.header.token = 'someone-else';
    expect(codeOf(() => decoder().decodeMessage(wrong))).toBe('FEISHU_EVENT_TOKEN_MISMATCH');
  });

  test('a url_verification challenge is decoded so the server can echo it', () => {
    const body = { challenge: 'ch-1', token: TOKEN, type: 'url_verification' };
    expect(decoder().decodeCallback(signed(body))).toEqual({ kind: 'url_verification', challenge: 'ch-1' });
  });

  test('long-connection messages decode the same events without a signature', () => {
    const d = createEventDecoder({ verificationToken: TOKEN });
    expect(d.decodeMessage(recordEvent).kind).toBe('record_changed');
  });

  test('field changes decode with before and after field metadata', () => {
    const fieldEvent = {
      ...recordEvent,
      header: { ...recordEvent.header, event_type: 'drive.file.bitable_field_changed_v1' },
      event: {
        file_token: 'appbcbWCzen6D8dezhoCH2RpMAh',
        table_id: 'tblsRc9GRRXKqhvW',
        revision: 12,
        action_list: [
          {
            action: 'field_added',
            field_id: 'fldmj5qNii',
            after_value: { id: 'fldmj5qNii', name: 'Amount', type: 2, property: { formatter: '0.00' } },
          },
        ],
      },
    };
    expect(decoder().decodeMessage(fieldEvent)).toMatchObject({
      kind: 'field_changed',
      actions: [
        {
          fieldId: 'fldmj5qNii',
          action: 'field_added',
          before: undefined,
          after: { name: 'Amount', type: 2 },
        },
      ],
    });
  });
});
