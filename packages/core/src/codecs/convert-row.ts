import { BasesyncError } from '../errors/basesync-error.js';

/** A whole row converted, or every field that failed: a row is written entirely or not at all. */
export type RowResult<V> =
  | { readonly ok: true; readonly values: Readonly<Record<string, V>> }
  | { readonly ok: false; readonly errors: readonly BasesyncError[] };

/**
 * Converts each entry of `input` with `convert` (e.g. `codec.fromMysql`), keyed by `keyOf`. CODEC
 * errors are collected, not thrown, so a caller sees every bad field of a row at once and writes
 * nothing of it; any other error is a bug and is rethrown.
 * @example convertRow(codecs, (c) => c.spec.field.name, (c) => c.toBitable(c.fromMysql(row[c.spec.columnName])))
 */
export function convertRow<C, V>(
  items: readonly C[],
  keyOf: (item: C) => string,
  convert: (item: C) => V,
): RowResult<V> {
  const values: Record<string, V> = {};
  const errors: BasesyncError[] = [];
  for (const item of items) {
    try {
      values[keyOf(item)] = convert(item);
    } catch (err) {
      if (!(err instanceof BasesyncError)) throw err;
      errors.push(err);
    }
  }
  return errors.length === 0 ? { ok: true, values } : { ok: false, errors };
}
