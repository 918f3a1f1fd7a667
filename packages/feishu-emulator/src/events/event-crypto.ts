import { createCipheriv, createHash } from 'node:crypto';
import { createRandomBytesPool } from './random-bytes-pool.js';

const IV_BYTES = 16;

/** Encrypts event JSON the way Feishu does: base64(IV || AES-256-CBC(sha256(key), IV, pkcs7(json))). */
export function createEventCipher(encryptKey: string): (plaintext: string) => string {
  const key = createHash('sha256').update(encryptKey, 'utf8').digest();
  const randomBytes = createRandomBytesPool();
  return (plaintext) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-cbc', key, iv);
    return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
  };
}

/** `X-Lark-Signature`: lowercase hex SHA-256 of timestamp + nonce + encrypt key + raw body. */
export function signEventBody(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + body, 'utf8')
    .digest('hex');
}
