import type { CatalogueEntry } from './catalogue-entry.js';
import { configCodes } from './codes-config.js';
import { serverCodes } from './codes-server.js';
import { emulatorEventsCodes } from './codes-emulator-events.js';
import { feishuCodes } from './codes-feishu.js';
import { codecCodes } from './codes-codec.js';
import { mergeCodes } from './codes-merge.js';
import { syncCodes } from './codes-sync.js';

/**
 * Every stable error code basesync raises, with cause and fix. Logs, metrics, the API and the
 * sidebar match on these codes, never on message text. Each area keeps its codes in its own file.
 */
export const ERROR_CATALOGUE = {
  ...configCodes,
  ...serverCodes,
  ...emulatorEventsCodes,
  ...feishuCodes,
  ...codecCodes,
  ...mergeCodes,
  ...syncCodes,
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The codes as an `as const` object, for `ErrorCode.CONFIG_INVALID`-style references. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CATALOGUE).map((k) => [k, k])) as {
  readonly [K in ErrorCode]: K;
};
