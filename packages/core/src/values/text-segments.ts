import type { TextCell, TextSegment } from './cell.js';

/** Merges adjacent plain segments and drops empty ones, so one text has one segmentation. */
export function normalizeSegments(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const seg of segments) {
    if (seg.text === '' && seg.type === 'text') continue;
    const last = out[out.length - 1];
    if (seg.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', text: last.text + seg.text };
    } else {
      out.push(seg);
    }
  }
  return out;
}

/** A text cell from rich segments: the text is their concatenation; segments are kept when any is not plain. */
export function textFromSegments(segments: readonly TextSegment[]): TextCell | null {
  const normal = normalizeSegments(segments);
  const text = normal.map((s) => s.text).join('');
  if (text === '') return null;
  return normal.some((s) => s.type !== 'text')
    ? { kind: 'text', text, segments: normal }
    : { kind: 'text', text };
}
