import { BasesyncError } from '@basesync/core';

/** Waits `ms`, waking early with FEISHU_CALL_ABORTED when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(aborted(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function aborted(signal: AbortSignal | undefined): BasesyncError {
  return new BasesyncError('FEISHU_CALL_ABORTED', 'feishu call aborted', {}, { cause: signal?.reason });
}
