import type { TextSegment } from '../values/cell.js';
import { isObject, opt, str } from './raw-shapes.js';

/** One rich-text segment in either spelling (OpenAPI `mentionType`/`token`, JS SDK adds `id`, `link`). */
export function decodeSegment(raw: unknown): TextSegment | undefined {
  if (typeof raw === 'string') return { type: 'text', text: raw };
  if (!isObject(raw)) return undefined;
  const text = str(raw, 'text') ?? '';
  const type = str(raw, 'type');
  const link = str(raw, 'link');
  if (type === 'url' && link !== undefined) return { type: 'url', text, link };
  if (type === 'mention') {
    const token = str(raw, 'token') ?? str(raw, 'id') ?? '';
    const mentionType = str(raw, 'mentionType') ?? str(raw, 'mention_type') ?? 'User';
    return { type: 'mention', text, token, mentionType, ...opt('name', str(raw, 'name')) };
  }
  return { type: 'text', text };
}

/** Segments from a text-like value: a plain string, one segment, or a list of them. */
export function decodeSegments(raw: unknown): TextSegment[] | undefined {
  if (typeof raw === 'string') return [{ type: 'text', text: raw }];
  if (typeof raw === 'number') return [{ type: 'text', text: String(raw) }];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: TextSegment[] = [];
  for (const item of list) {
    const seg = decodeSegment(item);
    if (!seg) return undefined;
    out.push(seg);
  }
  return out;
}
