/** How to start an emulator; every key has a default suited to tests. */
export type EmulatorOptions = {
  /** 0 = any free port (default 0; the CLI defaults to 4010). */
  port?: number;
  host?: string;
  /** `cli_` + 16 hex: the SDK's WSClient checks the form. */
  appId?: string;
  appSecret?: string;
  /** 16 hex. */
  tenantKey?: string;
  /** When set, events are encrypted and signed. */
  encryptKey?: string;
  verificationToken?: string;
  /** HTTP event delivery target. */
  callbackUrl?: string;
  /** Every injected fault (and every generated id) is reproducible from it. */
  seed?: number;
  /** false = no rate limits and no write serialisation (benchmarks). */
  limits?: boolean;
  tokenTtlSeconds?: number;
  /** Optional JSON persistence: loaded at start, written on close. */
  snapshotFile?: string;
  /** Injectable clock (ms); defaults to Date.now. */
  now?: () => number;
};

export type ResolvedOptions = {
  readonly port: number;
  readonly host: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly tenantKey: string;
  readonly encryptKey: string | undefined;
  readonly verificationToken: string;
  readonly callbackUrl: string | undefined;
  readonly seed: number;
  readonly limits: boolean;
  readonly tokenTtlSeconds: number;
  readonly snapshotFile: string | undefined;
  readonly now: () => number;
};

export const DEFAULT_APP_ID = 'cli_a1b2c3d4e5f60718';
export const DEFAULT_APP_SECRET = 'emulatorSecretA1b2C3d4E5f6G7h8I9';
export const DEFAULT_TENANT_KEY = '2ca1d211f64f6438';
export const DEFAULT_VERIFICATION_TOKEN = 'rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV';
export const DEFAULT_TOKEN_TTL_SECONDS = 7200;

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    appId: options.appId ?? DEFAULT_APP_ID,
    appSecret: options.appSecret ?? DEFAULT_APP_SECRET,
    tenantKey: options.tenantKey ?? DEFAULT_TENANT_KEY,
    encryptKey: options.encryptKey,
    verificationToken: options.verificationToken ?? DEFAULT_VERIFICATION_TOKEN,
    callbackUrl: options.callbackUrl,
    seed: options.seed ?? 1,
    limits: options.limits ?? true,
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    snapshotFile: options.snapshotFile,
    now: options.now ?? Date.now,
  };
}
