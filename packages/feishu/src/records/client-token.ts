import { createHash } from 'node:crypto';

/**
 * A UUIDv4-shaped `client_token` derived from a logical batch key (e.g. the sorted outbox ids of
 * the batch), so every retry — and a retry after a restart — sends the same token.
 */
export function deriveClientToken(batchKey: string): string {
  const hex = createHash('sha256').update(batchKey, 'utf8').digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for the lower-case UUIDv4 form Feishu accepts as a client_token (else 1254037). */
export function isClientToken(value: string): boolean {
  return UUID_V4.test(value);
}
