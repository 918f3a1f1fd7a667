import { translateTokens } from './name-glossary.js';

/** `orderAmount`, `order_amount`, `Order Amount` → ['order', 'amount']; Chinese words → English tokens. */
export function nameTokens(name: string): string[] {
  const latin = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
  return [...new Set([...latin, ...translateTokens(name)])];
}

/** Name without case, spaces or punctuation, for exact comparisons. */
export const compactName = (name: string): string => name.toLowerCase().replace(/[\s_\-.()（）]+/g, '');

/**
 * How alike two names are, 0–1: 1 for the same compact name, else the share of tokens the shorter
 * name finds in the longer one (so `amount` ~ `order_amount` scores 1 × 0.9).
 */
export function nameSimilarity(a: string, b: string): number {
  if (a.trim() === '' || b.trim() === '') return 0;
  if (compactName(a) === compactName(b)) return 1;
  const ta = nameTokens(a);
  const tb = new Set(nameTokens(b));
  if (ta.length === 0 || tb.size === 0) return 0;
  const shared = ta.filter((t) => tb.has(t)).length;
  const smaller = Math.min(ta.length, tb.size);
  return (shared / smaller) * (shared === Math.max(ta.length, tb.size) ? 0.95 : 0.8);
}
