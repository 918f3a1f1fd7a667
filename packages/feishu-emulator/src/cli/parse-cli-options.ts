import { BasesyncError } from '@basesync/core';
import type { EmulatorOptions } from '../options.js';

export const CLI_DEFAULT_PORT = 4010;

/** Flags and the environment variables that stand in for them (flags win). */
const KEYS = {
  port: ['--port', 'FEISHU_EMULATOR_PORT'],
  host: ['--host', 'FEISHU_EMULATOR_HOST'],
  appId: ['--app-id', 'FEISHU_APP_ID'],
  appSecret: ['--app-secret', 'FEISHU_APP_SECRET'],
  encryptKey: ['--encrypt-key', 'FEISHU_ENCRYPT_KEY'],
  verificationToken: ['--verification-token', 'FEISHU_VERIFICATION_TOKEN'],
  callbackUrl: ['--callback-url', 'FEISHU_EMULATOR_CALLBACK_URL'],
  seed: ['--seed', 'FEISHU_EMULATOR_SEED'],
  snapshotFile: ['--snapshot', 'FEISHU_EMULATOR_SNAPSHOT'],
} as const;

export type CliOptions = { emulator: EmulatorOptions; demo: boolean; help: boolean };

export const CLI_USAGE = `usage: pnpm emulator [flags]
  --port <n>                 (FEISHU_EMULATOR_PORT, default ${CLI_DEFAULT_PORT})
  --host <h>                 (FEISHU_EMULATOR_HOST, default 127.0.0.1)
  --app-id <cli_…>           (FEISHU_APP_ID)
  --app-secret <s>           (FEISHU_APP_SECRET)
  --encrypt-key <k>          (FEISHU_ENCRYPT_KEY: events encrypted and signed)
  --verification-token <t>   (FEISHU_VERIFICATION_TOKEN)
  --callback-url <url>       (FEISHU_EMULATOR_CALLBACK_URL: HTTP event delivery)
  --seed <n>                 (FEISHU_EMULATOR_SEED: reproducible ids and faults)
  --snapshot <file.json>     (FEISHU_EMULATOR_SNAPSHOT: load at start, save at exit)
  --no-limits                no rate limits or write serialisation
  --no-demo                  do not seed the demo base`;

function integer(key: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BasesyncError(
      'CONFIG_INVALID',
      `emulator option ${key}=${JSON.stringify(raw)} must be an integer from ${min} to ${max}`,
      {
        field: key,
        value: raw,
        fix: `pass ${key} as a whole number, e.g. ${key} ${min === 0 ? CLI_DEFAULT_PORT : 1}`,
      },
    );
  }
  return n;
}

function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-limits' || arg === '--no-demo' || arg === '--help') {
      flags.set(arg, 'true');
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const known = Object.values(KEYS).some(([flag]) => flag === name);
    const value = inline ?? argv[++i];
    if (!known || value === undefined) {
      throw new BasesyncError(
        'CONFIG_INVALID',
        `unknown or incomplete emulator flag ${JSON.stringify(arg)}`,
        { field: arg, fix: 'run `pnpm emulator --help` for the flags' },
      );
    }
    flags.set(name, value);
  }
  return flags;
}

/** Flags, then environment, then defaults. Throws CONFIG_INVALID naming the bad key. */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliOptions {
  const flags = readFlags(argv);
  const get = (key: keyof typeof KEYS): string | undefined => flags.get(KEYS[key][0]) ?? env[KEYS[key][1]];
  const emulator: EmulatorOptions = { port: CLI_DEFAULT_PORT, limits: !flags.has('--no-limits') };
  const port = get('port');
  if (port !== undefined) emulator.port = integer('--port', port, 0, 65535);
  const seed = get('seed');
  if (seed !== undefined) emulator.seed = integer('--seed', seed, 0, 2 ** 32 - 1);
  for (const key of [
    'host',
    'appId',
    'appSecret',
    'encryptKey',
    'verificationToken',
    'callbackUrl',
    'snapshotFile',
  ] as const) {
    const value = get(key);
    if (value !== undefined && value !== '') emulator[key] = value;
  }
  if (emulator.appId !== undefined && !/^cli_[0-9a-f]{16}$/i.test(emulator.appId)) {
    throw new BasesyncError(
      'CONFIG_INVALID',
      `emulator option --app-id=${JSON.stringify(emulator.appId)} must be cli_ followed by 16 hex digits`,
      {
        field: '--app-id',
        value: emulator.appId,
        fix: 'use an id like cli_a1b2c3d4e5f60718 (the SDK long connection refuses other forms)',
      },
    );
  }
  return { emulator, demo: !flags.has('--no-demo'), help: flags.has('--help') };
}
