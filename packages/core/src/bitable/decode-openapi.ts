import { codecError } from '../codecs/codec-error.js';
import type { Attachment, Cell, Chat, Person, TextCell } from '../values/cell.js';
import { decimalFromNumber, normalizeDecimal } from '../values/decimal.js';
import { textFromSegments } from '../values/text-segments.js';
import { decodeSegments } from './decode-segments.js';
import { fieldKindOf, VALUE_CLASS, type BitableField, type FieldKind } from './field-kind.js';
import { decodeComputed } from './decode-computed.js';
import { asList, isObject, num, opt, str, type JsonObject } from './raw-shapes.js';

const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);

function invalid(field: BitableField, raw: unknown, expected: string) {
  return codecError('CODEC_VALUE_INVALID', field.name, raw, `Bitable value is not ${expected}`);
}

function decodeText(field: BitableField, kind: FieldKind, raw: unknown): TextCell | null {
  if (kind === 'email' && Array.isArray(raw)) {
    // OpenAPI returns an e-mail as a url segment whose link is `mailto:…`; the address is the text.
    const first: unknown = raw[0];
    if (isObject(first)) return textFromSegments([{ type: 'text', text: str(first, 'text') ?? '' }]);
  }
  if (kind === 'autoNumber' && isObject(raw))
    return textFromSegments([{ type: 'text', text: str(raw, 'value') ?? '' }]);
  const segments = decodeSegments(raw);
  if (!segments) throw invalid(field, raw, 'text or a list of text segments');
  return textFromSegments(segments);
}

function decodeNumber(field: BitableField, raw: unknown): Cell {
  const value =
    typeof raw === 'number'
      ? decimalFromNumber(raw)
      : typeof raw === 'string'
        ? normalizeDecimal(raw)
        : undefined;
  if (value === undefined) throw invalid(field, raw, 'a number');
  return { kind: 'number', value };
}

function optionIdsByName(field: BitableField): Map<string, string> {
  const ids = new Map<string, string>();
  const options = isObject(field.property) ? field.property.options : undefined;
  for (const o of asList(options)) {
    if (!isObject(o)) continue;
    const name = str(o, 'name');
    const id = str(o, 'id');
    if (name !== undefined && id !== undefined) ids.set(name, id);
  }
  return ids;
}

function decodeOptions(field: BitableField, raw: unknown): Cell {
  const known = optionIdsByName(field);
  const names: string[] = [];
  const ids: (string | undefined)[] = [];
  for (const item of asList(raw)) {
    // OpenAPI: option names; JS SDK: `{id, text}`.
    const name =
      typeof item === 'string' ? item : isObject(item) ? (str(item, 'text') ?? str(item, 'name')) : undefined;
    if (name === undefined) throw invalid(field, raw, 'an option name or a list of option names');
    if (names.includes(name)) continue;
    names.push(name);
    ids.push(isObject(item) ? str(item, 'id') : known.get(name));
  }
  if (names.length === 0) return null;
  return ids.some((id) => id !== undefined) ? { kind: 'options', names, ids } : { kind: 'options', names };
}

function decodeInstant(field: BitableField, raw: unknown): Cell {
  const ms =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(ms)) throw invalid(field, raw, 'milliseconds since the epoch');
  return { kind: 'instant', ms };
}

function objects(field: BitableField, raw: unknown, expected: string): readonly JsonObject[] {
  const list = asList(raw);
  if (!list.every(isObject)) throw invalid(field, raw, expected);
  return list;
}

function decodeUsers(field: BitableField, raw: unknown): Cell {
  const people: Person[] = objects(field, raw, 'a list of users').map((u) => {
    const id = str(u, 'id');
    if (id === undefined) throw invalid(field, raw, 'a list of users with ids');
    return { id, ...opt('name', str(u, 'name')), ...opt('email', str(u, 'email')) };
  });
  return people.length === 0 ? null : { kind: 'users', people: dedupeBy(people, (p) => p.id) };
}

function dedupeBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

function decodeUrl(field: BitableField, raw: unknown): Cell {
  const obj = Array.isArray(raw) ? (raw[0] as unknown) : raw; // JS SDK: a list of url segments
  if (typeof obj === 'string') return { kind: 'url', link: obj, text: obj };
  if (!isObject(obj)) throw invalid(field, raw, 'a {link, text} object');
  const link = str(obj, 'link');
  if (link === undefined || link === '') return null;
  return { kind: 'url', link, text: str(obj, 'text') ?? link };
}

function decodeAttachments(field: BitableField, raw: unknown): Cell {
  const files: Attachment[] = objects(field, raw, 'a list of attachments').map((f) => {
    const token = str(f, 'file_token') ?? str(f, 'token');
    if (token === undefined) throw invalid(field, raw, 'a list of attachments with file_token');
    return {
      token,
      name: str(f, 'name') ?? '',
      ...opt('mime', str(f, 'type')),
      ...opt('size', num(f, 'size')),
    };
  });
  return files.length === 0 ? null : { kind: 'attachments', files };
}

function decodeLinks(field: BitableField, raw: unknown): Cell {
  // Read: {link_record_ids}; write form and JS SDK: ["rec…"] / {recordIds}.
  const ids = isObject(raw) ? (raw.link_record_ids ?? raw.recordIds ?? raw.record_ids) : raw;
  const list = asList(ids);
  if (!list.every((id): id is string => typeof id === 'string'))
    throw invalid(field, raw, 'a list of record ids');
  const recordIds = [...new Set(list)];
  return recordIds.length === 0 ? null : { kind: 'links', recordIds };
}

function decodeLocation(field: BitableField, raw: unknown): Cell {
  if (typeof raw === 'string') return { kind: 'location', point: raw };
  if (!isObject(raw)) throw invalid(field, raw, 'a location object');
  const point = str(raw, 'location');
  if (point === undefined || point === '') return null;
  return {
    kind: 'location',
    point,
    ...opt('address', str(raw, 'address')),
    ...opt('name', str(raw, 'name')),
    ...opt('fullAddress', str(raw, 'full_address') ?? str(raw, 'fullAddress')),
  };
}

function decodeChats(field: BitableField, raw: unknown): Cell {
  const chats: Chat[] = objects(field, raw, 'a list of group chats').map((c) => {
    const id = str(c, 'id');
    if (id === undefined) throw invalid(field, raw, 'a list of group chats with ids');
    return { id, ...opt('name', str(c, 'name')) };
  });
  return chats.length === 0 ? null : { kind: 'chats', chats: dedupeBy(chats, (c) => c.id) };
}

/**
 * Decodes one cell as the OpenAPI reads it (search / batch_get; JS SDK shapes are tolerated) into its
 * canonical value. Throws CODEC_VALUE_INVALID naming the field, or CODEC_FIELD_TYPE_UNSUPPORTED.
 */
export function decodeBitableValue(field: BitableField, raw: unknown): Cell {
  const kind = fieldKindOf(field);
  if (kind === undefined || VALUE_CLASS[kind] === 'none')
    throw codecError(
      'CODEC_FIELD_TYPE_UNSUPPORTED',
      field.name,
      field.type,
      `field type ${field.type} cannot be synced`,
    );
  if (kind === 'checkbox') return { kind: 'boolean', value: raw === true }; // absent means never ticked
  if (isEmpty(raw)) return null;
  switch (VALUE_CLASS[kind]) {
    case 'text':
      return decodeText(field, kind, raw);
    case 'number':
      return decodeNumber(field, raw);
    case 'option':
    case 'options':
      return decodeOptions(field, raw);
    case 'instant':
      return decodeInstant(field, raw);
    case 'users':
      return decodeUsers(field, raw);
    case 'url':
      return decodeUrl(field, raw);
    case 'attachments':
      return decodeAttachments(field, raw);
    case 'links':
      return decodeLinks(field, raw);
    case 'location':
      return decodeLocation(field, raw);
    case 'chats':
      return decodeChats(field, raw);
    case 'computed':
      return decodeComputed(field, raw);
  }
}
