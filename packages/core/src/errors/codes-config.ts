import type { CatalogueEntry } from './catalogue-entry.js';

export const configCodes = {
  CONFIG_INVALID: {
    area: 'config',
    cause: 'Startup configuration is missing a key or has a value of the wrong form.',
    fix: 'Set the keys named in the message; every key is listed with its default in .env.example.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
