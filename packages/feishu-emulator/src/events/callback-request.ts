import { createEventCipher, signEventBody } from './event-crypto.js';
import type { AttemptFaultPlan } from './fault-plan.js';
import { createRandomBytesPool } from './random-bytes-pool.js';

export type CallbackRequest = { body: string; headers: Record<string, string> };

const CLEAN: AttemptFaultPlan = { badSignature: false, undecryptable: false };

/**
 * Shapes event JSON as Feishu POSTs it: plain when no Encrypt Key is set; otherwise
 * `{"encrypt": …}` with the three signature headers over the exact body bytes (reference §7.6).
 */
export function createCallbackRequestBuilder(
  encryptKey: string | undefined,
  nowMs: () => number,
): (json: string, faults?: AttemptFaultPlan) => CallbackRequest {
  if (encryptKey === undefined || encryptKey === '') return (json) => ({ body: json, headers: {} });
  const encrypt = createEventCipher(encryptKey);
  const randomBytes = createRandomBytesPool();
  return (json, faults = CLEAN) => {
    // 48 random bytes: a valid-looking IV and two blocks that decrypt to garbage or bad padding.
    const encrypted = faults.undecryptable ? randomBytes(48).toString('base64') : encrypt(json);
    const body = JSON.stringify({ encrypt: encrypted });
    const timestamp = String(Math.floor(nowMs() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const signature = signEventBody(
      timestamp,
      nonce,
      faults.badSignature ? `${encryptKey}x` : encryptKey,
      body,
    );
    return {
      body,
      headers: {
        'X-Lark-Request-Timestamp': timestamp,
        'X-Lark-Request-Nonce': nonce,
        'X-Lark-Signature': signature,
      },
    };
  };
}
