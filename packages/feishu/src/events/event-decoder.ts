import { BasesyncError } from '@basesync/core';
import { decryptEventPayload } from './decrypt-event.js';
import type { FeishuEvent } from './event-types.js';
import { parseEvent } from './parse-event.js';
import { ReplayGuard } from './replay-guard.js';
import { verifyCallbackSignature } from './verify-signature.js';

export type EventDecoderOptions = {
  /** When set, callbacks must be signed and are decrypted with it. */
  readonly encryptKey?: string | undefined;
  readonly verificationToken?: string | undefined;
  readonly now?: () => number;
};

/** An HTTP callback as received: lower-cased header names, the raw body bytes. */
export type CallbackRequest = {
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly rawBody: string | Buffer;
};

/** One decoder shared by the HTTP callback and the long connection, so both accept the same events. */
export type EventDecoder = {
  /** Verifies (signature, ±5 min, replay), decrypts and parses an HTTP callback. */
  decodeCallback(req: CallbackRequest): FeishuEvent;
  /** Parses a long-connection message (already authenticated by the connection; may be encrypted). */
  decodeMessage(body: unknown): FeishuEvent;
};

/** Creates the decoder. Errors: FEISHU_EVENT_{SIGNATURE_INVALID,STALE,REPLAYED,UNDECRYPTABLE,MALFORMED,TOKEN_MISMATCH}. */
export function createEventDecoder(options: EventDecoderOptions): EventDecoder {
  const now = options.now ?? Date.now;
  const guard = new ReplayGuard();
  const { encryptKey, verificationToken } = options;

  const open = (body: unknown): FeishuEvent => {
    if (typeof body === 'object' && body !== null && 'encrypt' in body) {
      if (!encryptKey) throw malformed('an encrypted event arrived but no Encrypt Key is configured');
      const { encrypt } = body;
      if (typeof encrypt !== 'string') throw malformed('body.encrypt is not a string');
      return parseEvent(
        parseJson(decryptEventPayload(encrypt, encryptKey), 'decrypted body'),
        verificationToken,
      );
    }
    return parseEvent(body, verificationToken);
  };

  return {
    decodeCallback(req) {
      if (encryptKey) {
        const signed = {
          timestamp: req.headers['x-lark-request-timestamp'],
          nonce: req.headers['x-lark-request-nonce'],
          signature: req.headers['x-lark-signature'],
          rawBody: req.rawBody,
        };
        const t = now();
        verifyCallbackSignature(signed, encryptKey, t);
        if (!guard.accept(signed.signature ?? '', t)) {
          throw new BasesyncError('FEISHU_EVENT_REPLAYED', 'event callback was already received once', {
            field: 'X-Lark-Signature',
            value: (signed.signature ?? '').slice(0, 12),
          });
        }
      }
      return open(parseJson(req.rawBody.toString(), 'body'));
    },
    decodeMessage(body) {
      return open(body);
    },
  };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new BasesyncError(
      'FEISHU_EVENT_MALFORMED',
      `event ${what} is not JSON`,
      { field: what },
      { cause: err },
    );
  }
}

function malformed(message: string): BasesyncError {
  return new BasesyncError('FEISHU_EVENT_MALFORMED', message, { field: 'encrypt' });
}
