import { isBasesyncError } from '@basesync/core';
import { HIDDEN, maskUrlPasswords } from '../config/mask-value.js';

/** Field names whose values are never written to a log, at any depth. */
const SECRET_KEY = /secret|token|password|passwd|authorization|cookie|encrypt_?key|api_?key/i;
const MAX_DEPTH = 6;

function errorFields(err: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const base: Record<string, unknown> = { name: err.name, message: maskUrlPasswords(err.message) };
  if (isBasesyncError(err)) Object.assign(base, { code: err.code, field: err.field, fix: err.fix });
  else if ('code' in err) base['code'] = redact(err.code, depth + 1, seen);
  if (err.stack !== undefined) base['stack'] = maskUrlPasswords(err.stack);
  if (err.cause !== undefined) base['cause'] = redact(err.cause, depth + 1, seen);
  return base;
}

/**
 * A copy of `value` safe to log: secret-named fields become <hidden>, URL passwords are masked,
 * errors keep name, message, code and cause. Pure; cycles and deep nesting are cut.
 */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskUrlPasswords(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[deep]';
  seen.add(value);
  if (value instanceof Error) return errorFields(value, depth, seen);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && v !== undefined && v !== null ? HIDDEN : redact(v, depth + 1, seen);
  }
  return out;
}
