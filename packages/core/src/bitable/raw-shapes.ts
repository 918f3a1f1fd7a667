/** Small readers for loosely typed JSON coming from Feishu: they narrow, never trust. */
export type JsonObject = { readonly [key: string]: unknown };

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (o: JsonObject, key: string): string | undefined => {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
};

export const num = (o: JsonObject, key: string): number | undefined => {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** `{ key: value }` only when value is defined, for exactOptionalPropertyTypes. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A value as an array: arrays as they are, one object as a one-item list, nothing as empty. */
export function asList(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null ? [] : [v];
}
