import { FeishuCode, feishuError } from '../feishu-error.js';
import type { Table } from '../store/model.js';
import { filterCell, type FilterCell } from './filter-cell.js';
import type { FilterEnv, RecordPredicate } from './search-filter.js';

// The legacy list's formula filter (reference §6.2): only AND(...), OR(...) and
// `CurrentValue.[Field] <op> literal` with = != > < >= <=; other functions are rejected.
const TOKEN =
  /\s*(AND\(|OR\(|\)|,|CurrentValue\.\[[^\]]+\]|!=|>=|<=|=|>|<|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|TRUE\(\)|FALSE\(\))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match?.[1] === undefined) {
      if (text.slice(start).trim() === '') break;
      invalid(`cannot read the filter at ${JSON.stringify(text.slice(start, start + 20))}`);
    }
    tokens.push(match[1]);
  }
  return tokens;
}

function invalid(message: string): never {
  throw feishuError(
    FeishuCode.invalidFilter,
    `InvalidFilter: ${message} (supported: AND(), OR(), CurrentValue.[Field] = != > < >= <= "text"|number|TRUE()|FALSE())`,
  );
}

type Literal = string | number | boolean;

function literal(token: string | undefined): Literal {
  if (token === undefined) return invalid('a comparison is missing its value');
  if (token.startsWith('"')) return JSON.parse(token) as string;
  if (token === 'TRUE()') return true;
  if (token === 'FALSE()') return false;
  const n = Number(token);
  return Number.isFinite(n) ? n : invalid(`${token} is not a value`);
}

function compare(cell: FilterCell, op: string, value: Literal): boolean {
  let c: string | number | boolean | undefined;
  if (cell.kind === 'text' || cell.kind === 'number' || cell.kind === 'date' || cell.kind === 'bool')
    c = cell.value;
  if (cell.kind === 'set')
    return op === '!=' ? !cell.values.includes(String(value)) : cell.values.includes(String(value));
  if (cell.kind === 'bool' || (cell.kind === 'empty' && typeof value === 'boolean'))
    c = cell.kind === 'bool' ? cell.value : false;
  if (c === undefined) c = typeof value === 'number' ? NaN : '';
  switch (op) {
    case '=':
      return c === value;
    case '!=':
      return c !== value;
    case '>':
      return c > value;
    case '<':
      return c < value;
    case '>=':
      return c >= value;
    default:
      return c <= value;
  }
}

/** Compiles a legacy `filter` query string into a record predicate (empty = everything). */
export function parseLegacyFilter(table: Table, raw: unknown, env: FilterEnv): RecordPredicate {
  if (typeof raw !== 'string' || raw.trim() === '') return () => true;
  const tokens = tokenize(raw);
  let pos = 0;
  const expr = (): RecordPredicate => {
    const token = tokens[pos++];
    if (token === 'AND(' || token === 'OR(') {
      const parts: RecordPredicate[] = [expr()];
      while (tokens[pos] === ',') {
        pos++;
        parts.push(expr());
      }
      if (tokens[pos++] !== ')') invalid(`${token} is not closed`);
      return token === 'AND(' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
    }
    if (token?.startsWith('CurrentValue.[') !== true)
      return invalid(`unexpected ${JSON.stringify(token ?? 'end')}`);
    const name = token.slice('CurrentValue.['.length, -1);
    const field = table.fields.find((f) => f.name === name) ?? invalid(`no field named "${name}"`);
    const op = tokens[pos++] ?? '';
    if (!['=', '!=', '>', '<', '>=', '<='].includes(op)) invalid(`${JSON.stringify(op)} is not a comparison`);
    const value = literal(tokens[pos++]);
    return (r) => compare(filterCell(field, r, env.ctx), op, value);
  };
  const predicate = expr();
  if (pos !== tokens.length) invalid(`unexpected ${JSON.stringify(tokens[pos])}`);
  return predicate;
}
