import type { Cell } from './cell.js';
import { normalizeDecimal } from './decimal.js';

/** Set members in one order, joined by a separator that cannot occur in ids or names from either side. */
function setKey(items: readonly string[]): string {
  if (items.length === 1) return items[0] ?? '';
  return [...new Set(items)].sort().join('\u0002');
}

/**
 * The comparable essence of a cell as one string: equal keys mean equal values. Set-like cells
 * (options, users, links, chats) are sorted, decorations are dropped. Hashing and merging use this.
 */
export function cellKey(cell: Cell): string {
  if (cell === null) return 'null';
  switch (cell.kind) {
    case 'text':
      return `t:${cell.text}`;
    case 'number':
      return `n:${normalizeDecimal(cell.value) ?? cell.value}`;
    case 'boolean':
      return cell.value ? 'b:1' : 'b:0';
    case 'instant':
      return `d:${cell.ms}`;
    case 'url':
      return `u:${cell.link}`;
    case 'location':
      return `g:${cell.point}`;
    case 'options':
      return `o:${setKey(cell.names)}`;
    case 'users':
      return `p:${setKey(cell.people.map((p) => p.id))}`;
    case 'links':
      return `l:${setKey(cell.recordIds)}`;
    case 'chats':
      return `c:${setKey(cell.chats.map((c) => c.id))}`;
    case 'attachments':
      return `a:${cell.files.map((f) => f.token).join('\u0002')}`;
  }
}

/** True when two cells hold the same value (decorations such as option ids or names aside). */
export function cellEquals(a: Cell, b: Cell): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return cellKey(a) === cellKey(b);
}
