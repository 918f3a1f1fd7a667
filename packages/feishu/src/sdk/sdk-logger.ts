import type { Logger } from '@larksuiteoapi/node-sdk';
import { redact, type FeishuLogger } from '../calls/log-hooks.js';

/** Routes the SDK's own log lines into our logger at debug level, redacted (it logs raw errors). */
export function sdkLogger(log: FeishuLogger): Logger {
  const line =
    (level: string) =>
    (...msg: unknown[]): void => {
      log.debug(
        { sdkLevel: level, sdk: redact(msg.map((m) => (m instanceof Error ? m.message : m))) },
        'feishu sdk',
      );
    };
  return {
    error: line('error'),
    warn: line('warn'),
    info: line('info'),
    debug: line('debug'),
    trace: line('trace'),
  };
}
