import { createHash, timingSafeEqual } from 'node:crypto';
import { BasesyncError } from '@basesync/core';

/** Feishu's signing clock tolerance: a callback signed further away than this is stale. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export type SignedRequest = {
  /** X-Lark-Request-Timestamp: Unix seconds, as a string. */
  readonly timestamp: string | undefined;
  readonly nonce: string | undefined;
  /** X-Lark-Signature: lower-case hex SHA-256. */
  readonly signature: string | undefined;
  /** The body exactly as received. */
  readonly rawBody: string | Buffer;
};

/** SHA-256 hex of timestamp + nonce + encryptKey + body, as Feishu signs callbacks (reference §7.6). */
export function signCallback(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: string | Buffer,
): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey)
    .update(rawBody)
    .digest('hex');
}

/**
 * Checks the signature in constant time and the timestamp against `now` ± 5 minutes.
 * Throws FEISHU_EVENT_SIGNATURE_INVALID or FEISHU_EVENT_STALE.
 */
export function verifyCallbackSignature(req: SignedRequest, encryptKey: string, now: number): void {
  const { timestamp, nonce, signature } = req;
  if (!timestamp || !nonce || !signature) {
    const missing = !timestamp
      ? 'X-Lark-Request-Timestamp'
      : !nonce
        ? 'X-Lark-Request-Nonce'
        : 'X-Lark-Signature';
    throw new BasesyncError('FEISHU_EVENT_SIGNATURE_INVALID', `event callback lacks the ${missing} header`, {
      field: missing,
    });
  }
  const expected = Buffer.from(signCallback(timestamp, nonce, encryptKey, req.rawBody), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new BasesyncError('FEISHU_EVENT_SIGNATURE_INVALID', 'event callback signature does not match', {
      field: 'X-Lark-Signature',
      value: signature.slice(0, 12),
    });
  }
  const sentAt = Number(timestamp) * 1000;
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > SIGNATURE_WINDOW_MS) {
    throw new BasesyncError(
      'FEISHU_EVENT_STALE',
      `event callback signed at ${timestamp}, outside ±5 min of now`,
      {
        field: 'X-Lark-Request-Timestamp',
        value: timestamp,
      },
    );
  }
}
