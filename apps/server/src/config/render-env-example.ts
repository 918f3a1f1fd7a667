import { OPTIONS, type OptionKey } from './options.js';

const HEADER = [
  '# basesync server options. Copy to .env (git-ignored) or put the same keys in basesync.config.json.',
  '# Generated from apps/server/src/config/options.ts: `pnpm --filter @basesync/server env:example`.',
];

/** The text of .env.example: each option with its help, and its default or a placeholder. */
export function renderEnvExample(): string {
  const blocks = (Object.keys(OPTIONS) as OptionKey[]).map((key) => {
    const spec: { help: string; default?: string; example?: string } = OPTIONS[key];
    const value = spec.default ?? spec.example ?? '';
    const note = spec.default === undefined ? '' : ` Default: ${spec.default}.`;
    return `# ${spec.help}${note}\n${key}=${value}`;
  });
  return `${HEADER.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}
