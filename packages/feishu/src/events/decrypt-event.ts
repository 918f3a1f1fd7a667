import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { BasesyncError } from '@basesync/core';

const IV_BYTES = 16;

function keyOf(encryptKey: string): Buffer {
  return createHash('sha256').update(encryptKey, 'utf8').digest();
}

/**
 * Decrypts an `{"encrypt": …}` payload: base64(IV ‖ AES-256-CBC(SHA-256(key), IV, PKCS#7(json))).
 * Throws FEISHU_EVENT_UNDECRYPTABLE.
 */
export function decryptEventPayload(encrypted: string, encryptKey: string): string {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length < IV_BYTES * 2 || (data.length - IV_BYTES) % IV_BYTES !== 0) {
    throw undecryptable(`ciphertext of ${data.length} bytes is not IV plus whole AES blocks`);
  }
  try {
    const decipher = createDecipheriv('aes-256-cbc', keyOf(encryptKey), data.subarray(0, IV_BYTES));
    return Buffer.concat([decipher.update(data.subarray(IV_BYTES)), decipher.final()]).toString('utf8');
  } catch (err) {
    throw undecryptable('bad padding: wrong Encrypt Key or corrupted body', err);
  }
}

/** The inverse of `decryptEventPayload` (random IV); used by tests and local tools. */
export function encryptEventPayload(plaintext: string, encryptKey: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-cbc', keyOf(encryptKey), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function undecryptable(why: string, cause?: unknown): BasesyncError {
  return new BasesyncError(
    'FEISHU_EVENT_UNDECRYPTABLE',
    `event body could not be decrypted: ${why}`,
    { field: 'encrypt' },
    {
      cause,
    },
  );
}
