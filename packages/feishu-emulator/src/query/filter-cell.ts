import { optionsOf } from '../codec/option-staging.js';
import { cellValue } from '../store/record-view.js';
import type { ReadContext } from '../codec/read-value.js';
import { FieldType } from '../store/field-types.js';
import type { Field, StoredRecord } from '../store/model.js';
import { asText } from '../codec/as-text.js';

/** A cell reduced to what filters and sorts compare. */
export type FilterCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'set'; readonly values: readonly string[] }
  | { readonly kind: 'opaque' };

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v: unknown) => String((v as { id?: unknown }).id ?? v)) : [];
}

function fromStored(field: Field, stored: unknown, read: unknown): FilterCell {
  switch (field.type) {
    case FieldType.text:
    case FieldType.phone:
      return { kind: 'text', value: String(stored) };
    case FieldType.url:
      return { kind: 'text', value: asText((stored as { text?: unknown }).text) };
    case FieldType.location:
      return { kind: 'text', value: asText((stored as { full_address?: unknown }).full_address) };
    case FieldType.number:
      return { kind: 'number', value: Number(stored) };
    case FieldType.dateTime:
      return { kind: 'date', value: Number(stored) };
    case FieldType.checkbox:
      return { kind: 'bool', value: stored === true };
    case FieldType.singleSelect:
      return { kind: 'set', values: [optionsOf(field).find((o) => o.id === stored)?.name ?? String(stored)] };
    case FieldType.multiSelect:
      return { kind: 'set', values: read as string[] };
    case FieldType.user:
    case FieldType.groupChat:
      return { kind: 'set', values: ids(read) };
    case FieldType.singleLink:
    case FieldType.duplexLink:
      return { kind: 'set', values: stored as string[] };
    default:
      return { kind: 'opaque' };
  }
}

function fromComputed(field: Field, read: unknown): FilterCell {
  switch (field.type) {
    case FieldType.createdTime:
    case FieldType.modifiedTime:
      return { kind: 'date', value: Number(read) };
    case FieldType.createdUser:
    case FieldType.modifiedUser:
      return { kind: 'set', values: ids(read) };
    case FieldType.autoNumber:
      return { kind: 'text', value: String(read) };
    default:
      return { kind: 'opaque' };
  }
}

export function filterCell(field: Field, record: StoredRecord, ctx: ReadContext): FilterCell {
  const read = cellValue(field, record, ctx);
  if (read === undefined) return { kind: 'empty' };
  const stored = record.cells.get(field.id);
  return stored === undefined ? fromComputed(field, read) : fromStored(field, stored, read);
}
