import type { Cell } from '../values/cell.js';
import { decimalFromNumber } from '../values/decimal.js';
import { textFromSegments } from '../values/text-segments.js';
import { decodeSegments } from './decode-segments.js';
import type { BitableField } from './field-kind.js';
import { isObject, str } from './raw-shapes.js';

/** The display type a formula/lookup declares (`property.type.ui_type`), when it does. */
function declaredUiType(field: BitableField): string | undefined {
  const type = isObject(field.property) ? field.property.type : undefined;
  return isObject(type) ? str(type, 'ui_type') : undefined;
}

function itemText(item: unknown): string {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (isObject(item) && typeof item.text === 'string') return item.text;
  if (isObject(item) && typeof item.name === 'string') return item.name;
  const segments = decodeSegments(item);
  return segments ? segments.map((s) => s.text).join('') : JSON.stringify(item);
}

/**
 * A formula or lookup value (`{type, value:[…]}` in OpenAPI, bare values in the JS SDK): one number
 * stays a number, a DateTime formula an instant, anything else becomes its text (items joined by ", ").
 */
export function decodeComputed(field: BitableField, raw: unknown): Cell {
  const inner = isObject(raw) && 'value' in raw ? raw.value : raw;
  const items = Array.isArray(inner) ? inner : [inner];
  const only: unknown = items.length === 1 ? items[0] : undefined;
  if (typeof only === 'number') {
    if (declaredUiType(field) === 'DateTime') return { kind: 'instant', ms: only };
    const value = decimalFromNumber(only);
    if (value !== undefined) return { kind: 'number', value };
  }
  if (typeof only === 'boolean') return { kind: 'boolean', value: only };
  const isSegments = items.every(
    (i) => isObject(i) && typeof i.type === 'string' && typeof i.text === 'string',
  );
  if (isSegments) {
    const segments = decodeSegments(items);
    if (segments) return textFromSegments(segments);
  }
  const text = items
    .map(itemText)
    .filter((t) => t !== '')
    .join(', ');
  return text === '' ? null : { kind: 'text', text };
}
