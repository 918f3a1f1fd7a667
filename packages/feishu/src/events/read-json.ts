import { BasesyncError } from '@basesync/core';

/** A JSON object being read, with the path used to name a missing or mistyped member. */
export type JsonObject = { readonly path: string; readonly value: Record<string, unknown> };

export function malformed(path: string, value: unknown, expected: string): BasesyncError {
  const shown = value === undefined ? 'missing' : JSON.stringify(value).slice(0, 60);
  return new BasesyncError(
    'FEISHU_EVENT_MALFORMED',
    `event member ${path} is ${shown}; expected ${expected}`,
    {
      field: path,
      value: shown,
    },
  );
}

export function asObject(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed(path, value, 'an object');
  return { path, value: value as Record<string, unknown> };
}

export function child(obj: JsonObject, key: string): JsonObject {
  return asObject(obj.value[key], `${obj.path}.${key}`);
}

export function str(obj: JsonObject, key: string): string {
  const v = obj.value[key];
  if (typeof v !== 'string' || v === '') throw malformed(`${obj.path}.${key}`, v, 'a non-empty string');
  return v;
}

export function optionalInt(obj: JsonObject, key: string): number | undefined {
  const v = obj.value[key];
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw malformed(`${obj.path}.${key}`, v, 'an integer');
  return n;
}

export function array(obj: JsonObject, key: string, optional = false): unknown[] {
  const v = obj.value[key];
  if (optional && (v === undefined || v === null)) return [];
  if (!Array.isArray(v)) throw malformed(`${obj.path}.${key}`, v, 'an array');
  return v;
}

export function oneOf<T extends string>(obj: JsonObject, key: string, allowed: readonly T[]): T {
  const v = str(obj, key);
  if (!(allowed as readonly string[]).includes(v))
    throw malformed(`${obj.path}.${key}`, v, allowed.join(' | '));
  return v as T;
}
