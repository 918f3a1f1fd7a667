import { FieldKind, READ_ONLY_KINDS, UNSUPPORTED_KINDS } from '../bitable/field-kind.js';
import { ColumnFamily } from '../mysql/column-family.js';
import { pairRuleFor } from './pair-rules.js';

/** Which way a mapped field syncs. */
export const Direction = {
  twoWay: 'two-way',
  bitableToMysql: 'bitable-to-mysql',
  mysqlToBitable: 'mysql-to-bitable',
} as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

/** One cell of the compatibility matrix. */
export type CompatibilityEntry = {
  readonly kind: FieldKind;
  readonly family: ColumnFamily;
  readonly directions: readonly Direction[];
  readonly lossless: boolean;
  readonly note: string;
};

const ALL: readonly Direction[] = ['two-way', 'bitable-to-mysql', 'mysql-to-bitable'];
const ONE_WAY: readonly Direction[] = ['bitable-to-mysql', 'mysql-to-bitable'];
const READ_ONLY: readonly Direction[] = ['bitable-to-mysql'];

/** The entry for a field kind and a column family; undefined when they cannot be paired. */
export function compatibilityOf(kind: FieldKind, family: ColumnFamily): CompatibilityEntry | undefined {
  if (UNSUPPORTED_KINDS.has(kind)) return undefined;
  const rule = pairRuleFor(kind, family);
  if (!rule) return undefined;
  const directions = READ_ONLY_KINDS.has(kind) ? READ_ONLY : rule.lossless ? ALL : ONE_WAY;
  return { kind, family, directions, lossless: rule.lossless, note: rule.note };
}

/** Every allowed pair: Bitable field kind × MySQL column family, in a stable order. */
export function compatibilityMatrix(): CompatibilityEntry[] {
  const entries: CompatibilityEntry[] = [];
  for (const kind of Object.values(FieldKind)) {
    for (const family of Object.values(ColumnFamily)) {
      const entry = compatibilityOf(kind, family);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

/** The pairs that change some values on the way: they may sync one way only. */
export function lossyPairs(): CompatibilityEntry[] {
  return compatibilityMatrix().filter((e) => !e.lossless);
}
