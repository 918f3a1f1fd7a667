import { codecError } from '../codecs/codec-error.js';
import type { Cell } from '../values/cell.js';
import { isExactAsNumber } from '../values/decimal.js';
import {
  fieldKindOf,
  READ_ONLY_KINDS,
  VALUE_CLASS,
  type BitableField,
  type FieldKind,
} from './field-kind.js';

/** Bitable's per-cell limits [feishu-openapi.md §3.4]. */
export const BITABLE_TEXT_MAX_CHARS = 100_000;
const PHONE = /^\+?\d*$/;
const PHONE_MAX_CHARS = 64;

type Expected = Exclude<Cell, null>['kind'];
const EXPECTED: Record<string, Expected> = {
  text: 'text',
  number: 'number',
  option: 'options',
  options: 'options',
  instant: 'instant',
  boolean: 'boolean',
  users: 'users',
  url: 'url',
  attachments: 'attachments',
  links: 'links',
  location: 'location',
  chats: 'chats',
};

function checkText(field: BitableField, kind: FieldKind, text: string): string {
  if (text.length > BITABLE_TEXT_MAX_CHARS)
    throw codecError(
      'CODEC_TEXT_TOO_LONG',
      field.name,
      text,
      `text has ${text.length} characters, Bitable holds ${BITABLE_TEXT_MAX_CHARS}`,
    );
  if (kind === 'phone' && (!PHONE.test(text) || text.length > PHONE_MAX_CHARS))
    throw codecError(
      'CODEC_VALUE_INVALID',
      field.name,
      text,
      'a phone number holds only digits and a leading +, at most 64',
      'Remove spaces, dashes and letters from the phone number.',
    );
  return text;
}

function encodePresent(field: BitableField, kind: FieldKind, cell: Exclude<Cell, null>): unknown {
  switch (cell.kind) {
    case 'text':
      return checkText(field, kind, cell.text);
    case 'number':
      if (!isExactAsNumber(cell.value))
        throw codecError(
          'CODEC_NUMBER_TOO_PRECISE',
          field.name,
          cell.value,
          'Bitable numbers keep about 15 significant digits',
        );
      return Number(cell.value);
    case 'options':
      if (kind === 'singleSelect' && cell.names.length > 1)
        throw codecError('CODEC_TOO_MANY_VALUES', field.name, cell.names, 'a single select holds one option');
      return kind === 'singleSelect' ? cell.names[0] : [...cell.names];
    case 'instant':
      return cell.ms;
    case 'boolean':
      return cell.value;
    case 'users':
      return cell.people.map((p) => ({ id: p.id }));
    case 'url':
      return { link: cell.link, text: cell.text };
    case 'attachments':
      return cell.files.map((f) => ({ file_token: f.token }));
    case 'links':
      return [...cell.recordIds];
    case 'location':
      return cell.point;
    case 'chats':
      return cell.chats.map((c) => ({ id: c.id }));
  }
}

/**
 * Encodes a canonical value into the value a record create/update sends (OpenAPI write shapes).
 * `null` clears the cell (a checkbox becomes false). Throws CODEC_FIELD_READ_ONLY for computed fields,
 * CODEC_VALUE_INVALID for a value of the wrong kind, and the limit errors (text length, number digits).
 */
export function encodeBitableValue(field: BitableField, cell: Cell): unknown {
  const kind = fieldKindOf(field);
  if (kind === undefined || VALUE_CLASS[kind] === 'none')
    throw codecError(
      'CODEC_FIELD_TYPE_UNSUPPORTED',
      field.name,
      field.type,
      `field type ${field.type} cannot be synced`,
    );
  if (READ_ONLY_KINDS.has(kind))
    throw codecError('CODEC_FIELD_READ_ONLY', field.name, cell, `a ${kind} field is computed by Bitable`);
  if (cell === null) return kind === 'checkbox' ? false : null;
  const expected = EXPECTED[VALUE_CLASS[kind]];
  if (cell.kind !== expected)
    throw codecError(
      'CODEC_VALUE_INVALID',
      field.name,
      cell,
      `a ${kind} field takes a ${expected ?? '?'} value, not ${cell.kind}`,
    );
  return encodePresent(field, kind, cell);
}
