import type { Cell } from './cell.js';
import { normalizeDecimal } from './decimal.js';

const sortedUnique = (items: readonly string[]): string[] => [...new Set(items)].sort();

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
      return `o:${JSON.stringify(sortedUnique(cell.names))}`;
    case 'users':
      return `p:${JSON.stringify(sortedUnique(cell.people.map((p) => p.id)))}`;
    case 'links':
      return `l:${JSON.stringify(sortedUnique(cell.recordIds))}`;
    case 'chats':
      return `c:${JSON.stringify(sortedUnique(cell.chats.map((c) => c.id)))}`;
    case 'attachments':
      return `a:${JSON.stringify(cell.files.map((f) => f.token))}`;
  }
}

/** True when two cells hold the same value (decorations such as option ids or names aside). */
export function cellEquals(a: Cell, b: Cell): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return cellKey(a) === cellKey(b);
}
