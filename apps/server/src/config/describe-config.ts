import { rawOptionValues, type ConfigSources } from './load-config.js';
import { maskValue } from './mask-value.js';
import { OPTIONS, type OptionKey } from './options.js';

/** Where an option's effective value came from. */
export type OptionSource = 'env' | 'file' | 'default' | 'unset';

function sourceOf(key: OptionKey, sources: ConfigSources): OptionSource {
  if (sources.env[key]) return 'env';
  if (sources.file?.[key]) return 'file';
  return 'default' in OPTIONS[key] ? 'default' : 'unset';
}

/** One `KEY=value  (source)` line per option, secrets masked: safe to print and to log. */
export function describeConfig(sources: ConfigSources): string[] {
  const raw = rawOptionValues(sources);
  return (Object.keys(OPTIONS) as OptionKey[]).map((key) => {
    const value = raw[key];
    const shown = value === undefined ? '' : maskValue(value, OPTIONS[key].masking);
    return `${key}=${shown}  (${sourceOf(key, sources)})`;
  });
}
