import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.js';

/** Where it broke and what to do: `fix` defaults to the catalogue's fix for the code. */
export type ErrorDetail = {
  /** The field, column or option that was wrong. */
  readonly field?: string;
  /** The offending value, already shortened; never a secret or a whole row. */
  readonly value?: unknown;
  readonly fix?: string;
};

/** The one error class of basesync: a stable code, a message, the detail and an optional cause. */
export class BasesyncError extends Error {
  override readonly name = 'BasesyncError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly fix: string;

  constructor(code: ErrorCode, message: string, detail: ErrorDetail = {}, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.field = detail.field;
    this.value = detail.value;
    this.fix = detail.fix ?? ERROR_CATALOGUE[code].fix;
  }

  /** The shape every API error body and log line uses. */
  toJSON(): { code: ErrorCode; message: string; field?: string; fix: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      fix: this.fix,
    };
  }
}

/** True when `err` is a BasesyncError, optionally with the given code. */
export function isBasesyncError(err: unknown, code?: ErrorCode): err is BasesyncError {
  return err instanceof BasesyncError && (code === undefined || err.code === code);
}
