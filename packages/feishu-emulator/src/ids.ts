import type { Random } from './random.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

function pick(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(random.int(alphabet.length));
  return out;
}

/** Identifier factories shaped like Feishu's (reference §5), drawn from a seeded PRNG. */
export type IdFactory = ReturnType<typeof createIdFactory>;

export function createIdFactory(random: Random) {
  return {
    appToken: () => pick(random, ALNUM, 27),
    tableId: () => 'tbl' + pick(random, ALNUM, 13),
    fieldId: () => 'fld' + pick(random, ALNUM, 7),
    viewId: () => 'vew' + pick(random, ALNUM, 7),
    optionId: () => 'opt' + pick(random, ALNUM, 7),
    recordId: () => 'rec' + pick(random, ALNUM, 11),
    tenantToken: () => 't-' + pick(random, HEX, 40),
    fileToken: () => 'box' + pick(random, ALNUM, 24),
    nodeToken: () => 'wik' + pick(random, ALNUM, 24),
    hex: (length: number) => pick(random, HEX, length),
  };
}
