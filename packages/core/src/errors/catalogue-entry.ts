/** How a caller should treat an error when deciding whether to try again. */
export const RetryClass = {
  /** Retrying cannot help: the input or the setup is wrong. */
  never: 'never',
  /** A passing fault: retry with backoff. */
  transient: 'transient',
  /** Will pass, but slowly (credentials, quota): retry after minutes, and tell a person. */
  slow: 'slow',
} as const;
export type RetryClass = (typeof RetryClass)[keyof typeof RetryClass];

/** One documented error: the catalogue is the documentation (docs/ERRORS.md is rendered from it). */
export type CatalogueEntry = {
  /** Which part of basesync raises it. */
  readonly area: 'config' | 'codec' | 'merge' | 'mapping' | 'feishu' | 'mysql' | 'sync' | 'api' | 'emulator';
  /** What happened, in one sentence a user understands. */
  readonly cause: string;
  /** What to do about it. */
  readonly fix: string;
  readonly retry: RetryClass;
};
