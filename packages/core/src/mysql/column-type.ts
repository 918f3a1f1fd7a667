import { BasesyncError } from '../errors/basesync-error.js';

/** A MySQL column type, parsed from `information_schema.COLUMNS.COLUMN_TYPE` (e.g. `decimal(10,2) unsigned`). */
export type ColumnType = {
  /** Lower-case base type: `int`, `varchar`, `decimal`, `datetime`, `enum`, … (`boolean` is `tinyint`). */
  readonly dataType: string;
  /** The full type as given, lower-cased and trimmed. */
  readonly columnType: string;
  /** Character length for CHAR/VARCHAR/TEXT kinds, bits for BIT, display width for integers. */
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
  readonly unsigned?: boolean;
  /** Fractional seconds digits of DATETIME/TIMESTAMP/TIME (0–6). */
  readonly fsp?: number;
  readonly enumValues?: readonly string[];
  readonly nullable: boolean;
};

const TEXT_LENGTHS: Record<string, number> = {
  tinytext: 255,
  text: 65_535,
  mediumtext: 16_777_215,
  longtext: 4_294_967_295,
};

const TYPE_PATTERN = /^([a-z]+)\s*(?:\((.*)\))?\s*(.*)$/s;

/** `'a','it''s','b'` → ['a', "it's", 'b'] (MySQL doubles a quote inside a quoted value). */
function parseQuotedList(args: string): string[] {
  const values: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const ch = args[i] ?? '';
    if (current === undefined) {
      if (ch === "'") current = '';
    } else if (ch === "'" && args[i + 1] === "'") {
      current += "'";
      i++;
    } else if (ch === "'") {
      values.push(current);
      current = undefined;
    } else {
      current += ch;
    }
  }
  return values;
}

function numericArgs(args: string | undefined): number[] {
  if (args === undefined || args.trim() === '') return [];
  return args.split(',').map((a) => Number(a.trim()));
}

function invalid(columnType: string): BasesyncError {
  return new BasesyncError('CODEC_COLUMN_TYPE_UNSUPPORTED', `column type "${columnType}" cannot be parsed`, {
    value: columnType,
    fix: 'Pass COLUMN_TYPE exactly as information_schema.COLUMNS reports it, e.g. "decimal(10,2) unsigned".',
  });
}

function withArgs(
  base: { dataType: string; columnType: string; nullable: boolean },
  args: string | undefined,
) {
  const { dataType } = base;
  if (dataType === 'enum' || dataType === 'set') return { ...base, enumValues: parseQuotedList(args ?? '') };
  const nums = numericArgs(args);
  if (nums.some((n) => !Number.isInteger(n) || n < 0)) throw invalid(base.columnType);
  const [first, second] = nums;
  if (dataType === 'decimal' || dataType === 'numeric')
    return { ...base, dataType: 'decimal', precision: first ?? 10, scale: second ?? 0 };
  if (['datetime', 'timestamp', 'time'].includes(dataType)) return { ...base, fsp: first ?? 0 };
  if (dataType in TEXT_LENGTHS) return { ...base, length: TEXT_LENGTHS[dataType] ?? 0 };
  if (first === undefined) return dataType === 'bit' ? { ...base, length: 1 } : base;
  if (dataType === 'float' || dataType === 'double') return { ...base, precision: first, scale: second ?? 0 };
  return { ...base, length: first };
}

/**
 * Parses a COLUMN_TYPE string into a ColumnType. `bool`/`boolean` become `tinyint(1)`, `numeric`
 * becomes `decimal`, `real` becomes `double`. Throws CODEC_COLUMN_TYPE_UNSUPPORTED when unreadable.
 * @example parseColumnType("enum('a','b')", { nullable: false }).enumValues // ['a', 'b']
 */
export function parseColumnType(columnType: string, options: { nullable?: boolean } = {}): ColumnType {
  const text = columnType.trim().toLowerCase();
  const match = TYPE_PATTERN.exec(text);
  if (!match) throw invalid(columnType);
  const [, rawName = '', args, rest = ''] = match;
  const aliases: Record<string, string> = {
    bool: 'tinyint',
    boolean: 'tinyint',
    integer: 'int',
    real: 'double',
  };
  const dataType = aliases[rawName] ?? rawName;
  const argsForType = rawName === 'bool' || rawName === 'boolean' ? '1' : args;
  const base = { dataType, columnType: text, nullable: options.nullable ?? true };
  const parsed: ColumnType = withArgs(base, argsForType);
  return /\bunsigned\b/.test(rest) ? { ...parsed, unsigned: true } : parsed;
}
