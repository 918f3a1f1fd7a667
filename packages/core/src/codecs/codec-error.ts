import { BasesyncError } from '../errors/basesync-error.js';
import type { ERROR_CATALOGUE } from '../errors/catalogue.js';

/** Codes a codec raises. */
export type CodecErrorCode = Extract<keyof typeof ERROR_CATALOGUE, `CODEC_${string}`>;

const MAX_VALUE_CHARS = 60;

/** The offending value as a short printable string, for messages (never a whole row). */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Uint8Array) text = `<${value.length} bytes>`;
  else if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'function' || typeof value === 'symbol') text = typeof value;
  else text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/**
 * A codec error naming the field, the value, the reason and (optionally) a fix more specific than the
 * catalogue's. Message: `field "amount": <reason> (value "abc")`.
 */
export function codecError(
  code: CodecErrorCode,
  field: string,
  value: unknown,
  reason: string,
  fix?: string,
): BasesyncError {
  const shown = describeValue(value);
  return new BasesyncError(code, `field "${field}": ${reason} (value ${shown})`, {
    field,
    value: shown,
    ...(fix === undefined ? {} : { fix }),
  });
}
