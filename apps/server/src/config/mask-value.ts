import type { Masking } from './options.js';

export const HIDDEN = '<hidden>';

/** Replaces the password of any `scheme://user:password@` in a string with <hidden>. */
export function maskUrlPasswords(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, `$1${HIDDEN}@`);
}

/** A value as it may be printed or logged under the given masking. */
export function maskValue(value: string, masking: Masking): string {
  switch (masking) {
    case 'none':
      return value;
    case 'all':
      return HIDDEN;
    case 'url-password':
      return maskUrlPasswords(value);
  }
}
