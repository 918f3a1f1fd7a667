import { z } from 'zod';

/** How an option's value is shown when the config is printed. */
export type Masking = 'none' | 'all' | 'url-password';

/** One option: its schema over the raw string, default, one line of help, and how to mask it. */
export type OptionSpec = {
  readonly schema: z.ZodType;
  readonly default?: string;
  readonly help: string;
  readonly masking: Masking;
  /** A placeholder for .env.example where there is no default. */
  readonly example?: string;
};

const mysqlUrl = z.string().regex(/^mysql:\/\/[^/]+\/[^/?]+/, 'use mysql://user:password@host:port/database');

function intBetween(min: number, max: number) {
  return z.coerce.number().int(`use a whole number from ${min} to ${max}`).min(min).max(max);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every option basesync reads, declared once: loading, help, masking and .env.example all come
 * from here. Values come from the environment or basesync.config.json (the environment wins).
 */
export const OPTIONS = {
  BASESYNC_MYSQL_URL: {
    schema: mysqlUrl,
    help: "MySQL database for basesync's own state (mappings, links, outbox, ...).",
    masking: 'url-password',
    example: 'mysql://basesync:change-me@127.0.0.1:3306/basesync',
  },
  BASESYNC_DATA_MYSQL_URL: {
    schema: mysqlUrl.optional(),
    help: 'MySQL database holding the tables to sync; empty means the state database. Must be on the same server (the capture triggers write to the outbox).',
    masking: 'url-password',
  },
  FEISHU_APP_ID: {
    schema: z.string().min(1, 'set the App ID of your Feishu custom app'),
    help: 'Feishu/Lark app ID (Developer Console > Credentials).',
    masking: 'none',
    example: 'cli_xxxxxxxxxxxxxxxx',
  },
  FEISHU_APP_SECRET: {
    schema: z.string().min(1, 'set the App Secret of your Feishu custom app'),
    help: 'Feishu/Lark app secret.',
    masking: 'all',
  },
  FEISHU_DOMAIN: {
    schema: z.url({ protocol: /^https?$/, error: 'use an http(s) URL such as https://open.feishu.cn' }),
    default: 'https://open.feishu.cn',
    help: 'Feishu OpenAPI base URL: https://open.larksuite.com for Lark, the emulator URL in the demo.',
    masking: 'none',
  },
  FEISHU_ENCRYPT_KEY: {
    schema: z.string().optional(),
    help: 'Encrypt Key of the event subscription (empty if events are not encrypted).',
    masking: 'all',
  },
  FEISHU_VERIFICATION_TOKEN: {
    schema: z.string().optional(),
    help: 'Verification Token of the event subscription.',
    masking: 'all',
  },
  FEISHU_EVENT_TRANSPORT: {
    schema: z.enum(['http', 'long-connection'], 'use http or long-connection'),
    default: 'http',
    help: 'How Feishu events arrive: http (callback to /webhooks/feishu) or long-connection.',
    masking: 'none',
  },
  BASESYNC_API_TOKEN: {
    schema: z.string().min(32, 'use at least 32 random characters'),
    help: 'Bearer token for /api (the sidebar sends it); at least 32 random characters.',
    masking: 'all',
  },
  BASESYNC_TIME_ZONE: {
    schema: z.string().refine(isTimeZone, 'use an IANA time zone such as Asia/Shanghai'),
    default: 'Asia/Shanghai',
    help: 'Time zone for dates without one (IANA name).',
    masking: 'none',
  },
  BASESYNC_PORT: {
    schema: intBetween(0, 65535),
    default: '8787',
    help: 'HTTP port of the API and the event callback.',
    masking: 'none',
  },
  BASESYNC_LOG_LEVEL: {
    schema: z.enum(['debug', 'info', 'warn', 'error'], 'use debug, info, warn or error'),
    default: 'info',
    help: 'Lowest log level written (JSON lines on stdout).',
    masking: 'none',
  },
  BASESYNC_OUTBOX_BATCH_SIZE: {
    schema: intBetween(1, 500),
    default: '500',
    help: 'Changes the outbox worker claims at once (Bitable batch writes take at most 500 records).',
    masking: 'none',
  },
  BASESYNC_MAX_ATTEMPTS: {
    schema: intBetween(1, 100),
    default: '8',
    help: 'Attempts before a change becomes a dead letter.',
    masking: 'none',
  },
  BASESYNC_DELETE_BRAKE_SHARE: {
    schema: z.coerce.number('use a number from 0 to 1').min(0).max(1),
    default: '0.2',
    help: 'Pause a mapping when one cycle would delete more than this share of its table (0..1).',
    masking: 'none',
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof OPTIONS;

/** The parsed value of each option. */
export type OptionValues = { [K in OptionKey]: z.output<(typeof OPTIONS)[K]['schema']> };

/** True when `key` names a declared option. */
export function isOptionKey(key: string): key is OptionKey {
  return Object.hasOwn(OPTIONS, key);
}
