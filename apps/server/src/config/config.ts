import type { OptionValues } from './options.js';

export type LogLevel = OptionValues['BASESYNC_LOG_LEVEL'];

/** The server's configuration, nested and frozen; read once at the entry point and passed down. */
export type Config = {
  readonly mysql: { readonly stateUrl: string; readonly dataUrl: string };
  readonly feishu: {
    readonly appId: string;
    readonly appSecret: string;
    readonly domain: string;
    readonly encryptKey: string | undefined;
    readonly verificationToken: string | undefined;
    readonly eventTransport: OptionValues['FEISHU_EVENT_TRANSPORT'];
  };
  readonly api: { readonly token: string; readonly port: number };
  readonly timeZone: string;
  readonly logLevel: LogLevel;
  readonly outbox: { readonly batchSize: number; readonly maxAttempts: number };
  readonly deleteBrakeShare: number;
};

/** Nests the flat option values into a frozen Config. */
export function toConfig(v: OptionValues): Config {
  return deepFreeze({
    mysql: { stateUrl: v.BASESYNC_MYSQL_URL, dataUrl: v.BASESYNC_DATA_MYSQL_URL ?? v.BASESYNC_MYSQL_URL },
    feishu: {
      appId: v.FEISHU_APP_ID,
      appSecret: v.FEISHU_APP_SECRET,
      domain: v.FEISHU_DOMAIN.replace(/\/+$/, ''),
      encryptKey: v.FEISHU_ENCRYPT_KEY,
      verificationToken: v.FEISHU_VERIFICATION_TOKEN,
      eventTransport: v.FEISHU_EVENT_TRANSPORT,
    },
    api: { token: v.BASESYNC_API_TOKEN, port: v.BASESYNC_PORT },
    timeZone: v.BASESYNC_TIME_ZONE,
    logLevel: v.BASESYNC_LOG_LEVEL,
    outbox: { batchSize: v.BASESYNC_OUTBOX_BATCH_SIZE, maxAttempts: v.BASESYNC_MAX_ATTEMPTS },
    deleteBrakeShare: v.BASESYNC_DELETE_BRAKE_SHARE,
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  }
  return Object.freeze(value);
}
