import type { MysqlCodec } from './codec-context.js';
import { codecError } from './codec-error.js';

function readBit(raw: unknown): number | undefined {
  if (raw instanceof Uint8Array) return raw.length === 1 ? raw[0] : undefined;
  if (typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'string' && /^-?\d+$/.test(raw)) return Number(raw);
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  return undefined;
}

/**
 * Checkbox ⇄ TINYINT(1)/BOOLEAN, other integers holding 0/1, and BIT(1). Bitable has no empty
 * checkbox (an unticked box reads as absent), so NULL reads as false and false writes 0.
 */
export const booleanCodec: MysqlCodec = {
  toMysql: (cell, ctx) => {
    if (cell !== null && cell.kind !== 'boolean')
      throw codecError(
        'CODEC_VALUE_INVALID',
        ctx.field,
        cell,
        `column expects a checkbox value, not ${cell.kind}`,
      );
    return cell?.value === true ? 1 : 0;
  },
  fromMysql: (raw, ctx) => {
    if (raw === null || raw === undefined) return { kind: 'boolean', value: false };
    const bit = readBit(raw);
    if (bit !== 0 && bit !== 1)
      throw codecError(
        'CODEC_VALUE_INVALID',
        ctx.field,
        raw,
        'a checkbox column holds 0 or 1',
        'Store 0 or 1 in the column (or TRUE/FALSE).',
      );
    return { kind: 'boolean', value: bit === 1 };
  },
};
