import { randomUUID } from 'node:crypto';
import type { CallbackRequest } from './callback-request.js';

/** Feishu wants the challenge echoed within 1 s when a request URL is saved (reference §7.6). */
export const URL_VERIFICATION_TIMEOUT_MS = 1_000;

export type UrlVerificationResult =
  | { ok: true; url: string; challenge: string }
  | { ok: false; url: string; challenge: string; reason: string };

/** Performs the url_verification handshake against `url`, as Feishu does when the URL is saved. */
export async function verifyCallbackUrl(
  url: string,
  verificationToken: string,
  buildRequest: (json: string) => CallbackRequest,
): Promise<UrlVerificationResult> {
  const challenge = randomUUID();
  const json = JSON.stringify({ challenge, token: verificationToken, type: 'url_verification' });
  const request = buildRequest(json);
  const fail = (reason: string): UrlVerificationResult => ({ ok: false, url, challenge, reason });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...request.headers },
      body: request.body,
      signal: AbortSignal.timeout(URL_VERIFICATION_TIMEOUT_MS),
    });
    if (response.status !== 200) return fail(`the URL answered HTTP ${String(response.status)}`);
    const text = await response.text();
    const echoed = parseChallenge(text);
    if (echoed !== challenge)
      return fail(`the URL did not echo the challenge; it answered ${text.slice(0, 200)}`);
    return { ok: true, url, challenge };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail(`no valid answer within ${String(URL_VERIFICATION_TIMEOUT_MS)} ms: ${message}`);
  }
}

function parseChallenge(text: string): unknown {
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as { challenge?: unknown }).challenge
      : undefined;
  } catch {
    return undefined;
  }
}
