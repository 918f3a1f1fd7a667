/** Resolves after `ms`, or at once when the signal aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Full-jitter exponential backoff: random · min(cap, base · 2^attempt). */
export function backoffMs(attempt: number, random: number, baseMs: number, capMs: number): number {
  return Math.round(random * Math.min(capMs, baseMs * 2 ** attempt));
}
