import { BasesyncError } from '@basesync/core';
import { toConfig, type Config } from './config.js';
import { maskValue } from './mask-value.js';
import { isOptionKey, OPTIONS, type OptionKey, type OptionSpec, type OptionValues } from './options.js';

/** Where option values come from: the environment wins over the optional config file. */
export type ConfigSources = {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file?: Readonly<Record<string, string>>;
};

/** The raw string of each option: env, else file, else default; empty strings count as unset. */
export function rawOptionValues(sources: ConfigSources): Partial<Record<OptionKey, string>> {
  const raw: Partial<Record<OptionKey, string>> = {};
  for (const key of Object.keys(OPTIONS) as OptionKey[]) {
    const spec = OPTIONS[key];
    const value = [sources.env[key], sources.file?.[key]].find((v) => v !== undefined && v !== '');
    const chosen = value ?? ('default' in spec ? spec.default : undefined);
    if (chosen !== undefined) raw[key] = chosen;
  }
  return raw;
}

/**
 * Validates the given options (default: all) and returns their parsed values.
 * @throws BasesyncError CONFIG_INVALID listing each bad key, its (masked) value and the rule.
 */
export function parseOptions<K extends OptionKey>(
  sources: ConfigSources,
  keys: readonly K[] = Object.keys(OPTIONS) as K[],
): Pick<OptionValues, K> {
  const raw = rawOptionValues(sources);
  const values: Record<string, unknown> = {};
  const problems: { key: K; line: string }[] = [];
  for (const key of keys) {
    const spec: OptionSpec = OPTIONS[key];
    const value = raw[key];
    const result = spec.schema.safeParse(value);
    if (result.success) {
      values[key] = result.data;
      continue;
    }
    const shown = value === undefined ? 'unset' : JSON.stringify(maskValue(value, spec.masking));
    const rule = value === undefined ? 'required' : (result.error.issues[0]?.message ?? 'invalid');
    problems.push({ key, line: `  ${key} (${shown}): ${rule}` });
  }
  const [first] = problems;
  if (first === undefined) return values as Pick<OptionValues, K>;
  throw new BasesyncError(
    'CONFIG_INVALID',
    `invalid configuration:\n${problems.map((p) => p.line).join('\n')}`,
    {
      field: first.key,
      fix: 'set the keys above in the environment or basesync.config.json; each is described in .env.example',
    },
  );
}

/**
 * Validates every option and returns the nested, frozen Config.
 * @throws BasesyncError CONFIG_INVALID listing each bad key, its (masked) value and the rule.
 */
export function loadConfig(sources: ConfigSources): Config {
  return toConfig(parseOptions(sources));
}

/** Keys in a config file that are not options (typos), to refuse rather than ignore. */
export function unknownKeys(file: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(file).filter((k) => !isOptionKey(k));
}
