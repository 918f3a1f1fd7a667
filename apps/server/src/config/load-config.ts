import { BasesyncError } from '@basesync/core';
import { toConfig, type Config } from './config.js';
import { maskValue } from './mask-value.js';
import { isOptionKey, OPTIONS, type OptionKey, type OptionValues } from './options.js';

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
 * Validates every option and returns the nested, frozen Config.
 * @throws BasesyncError CONFIG_INVALID listing each bad key, its (masked) value and the rule.
 */
export function loadConfig(sources: ConfigSources): Config {
  const raw = rawOptionValues(sources);
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(OPTIONS) as OptionKey[]) {
    const spec = OPTIONS[key];
    const result = spec.schema.safeParse(raw[key]);
    if (result.success) values[key] = result.data;
    else {
      const shown = raw[key] === undefined ? 'unset' : JSON.stringify(maskValue(raw[key], spec.masking));
      const rule = result.error.issues[0]?.message ?? 'invalid';
      problems.push(`  ${key} (${shown}): ${raw[key] === undefined ? 'required' : rule}`);
    }
  }
  if (problems.length > 0) {
    const first = problems[0]?.trim().split(' ')[0];
    throw new BasesyncError('CONFIG_INVALID', `invalid configuration:\n${problems.join('\n')}`, {
      ...(first === undefined ? {} : { field: first }),
      fix: 'set the keys above in the environment or basesync.config.json; each is described in .env.example',
    });
  }
  return toConfig(values as OptionValues);
}

/** Keys in a config file that are not options (typos), to refuse rather than ignore. */
export function unknownKeys(file: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(file).filter((k) => !isOptionKey(k));
}
