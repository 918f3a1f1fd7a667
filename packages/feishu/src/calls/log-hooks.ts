/** The structured logger this package writes to (pino-compatible subset); default: silent. */
export type FeishuLogger = {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
};

export const SILENT_LOGGER: FeishuLogger = { debug() {}, info() {}, warn() {}, error() {} };

const SECRET_KEY = /secret|token|authorization|password|encrypt_?key|cookie/i;
const BEARER = /\b(Bearer\s+)[\w.-]+/gi;
const TOKEN_VALUE = /\b([tua]-)[\w.-]{8,}/g;

/**
 * A copy of `value` safe to log: keys that name secrets are masked, bearer and access tokens
 * inside strings are cut to their prefix. Depth-limited; cycles are cut.
 */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string')
    return value.replace(BEARER, '$1<hidden>').replace(TOKEN_VALUE, '$1<hidden>');
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 6 || seen.has(value)) return '<cut>';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && v !== undefined ? '<hidden>' : redact(v, depth + 1, seen);
  }
  return out;
}

/** Wraps a logger so every field object passes through `redact` first. */
export function redactingLogger(inner: FeishuLogger): FeishuLogger {
  const wrap =
    (level: keyof FeishuLogger) =>
    (fields: Record<string, unknown>, msg: string): void => {
      inner[level](redact(fields) as Record<string, unknown>, msg);
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
