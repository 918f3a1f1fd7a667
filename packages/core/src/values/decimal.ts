const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^([+-])?(\d+)(?:\.(\d+))?e([+-]?\d+)$/i;

/** Parts of a normalised decimal: sign, integer digits (no leading zeros) and fraction digits (no trailing zeros). */
export type DecimalParts = { readonly negative: boolean; readonly int: string; readonly frac: string };

function shiftExponent(int: string, frac: string, exp: number): [string, string] {
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

const NORMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** Splits a decimal string (plain or with an exponent) into normalised parts; undefined when it is not a number. */
export function parseDecimal(input: string): DecimalParts | undefined {
  if (NORMAL.test(input) && input !== '-0') {
    // Fast path: already normalised (what the codecs produce and most sources send).
    const negative = input.startsWith('-');
    const body = negative ? input.slice(1) : input;
    const point = body.indexOf('.');
    return point < 0
      ? { negative, int: body, frac: '' }
      : { negative, int: body.slice(0, point), frac: body.slice(point + 1) };
  }
  const text = input.trim();
  let sign: string | undefined;
  let int: string;
  let frac: string;
  const plain = DECIMAL.exec(text);
  if (plain) {
    sign = plain[1];
    int = plain[2] ?? '0';
    frac = plain[3] ?? '';
  } else {
    const exp = EXPONENT.exec(text);
    if (!exp) return undefined;
    sign = exp[1];
    [int, frac] = shiftExponent(exp[2] ?? '0', exp[3] ?? '', Number(exp[4]));
  }
  int = int.replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const negative = sign === '-' && (int !== '0' || frac !== '');
  return { negative, int, frac };
}

export function formatDecimal(parts: DecimalParts): string {
  return `${parts.negative ? '-' : ''}${parts.int}${parts.frac ? `.${parts.frac}` : ''}`;
}

/** `"012.50"` → `"12.5"`, `"1e3"` → `"1000"`, `"-0"` → `"0"`; undefined when not a decimal number. */
export function normalizeDecimal(input: string): string | undefined {
  if (NORMAL.test(input) && input !== '-0') return input;
  const parts = parseDecimal(input);
  return parts && formatDecimal(parts);
}

/** The shortest decimal string that reads back as exactly `n` (JS round-trip formatting, no exponent). */
export function decimalFromNumber(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  return normalizeDecimal(String(n));
}

/** True when the decimal reads back from a JS number unchanged (≤ 15–17 significant digits). */
export function isExactAsNumber(decimal: string): boolean {
  return decimalFromNumber(Number(decimal)) === decimal;
}
