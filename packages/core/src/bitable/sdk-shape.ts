import { codecError } from '../codecs/codec-error.js';
import type { Cell } from '../values/cell.js';
import { decodeBitableValue } from './decode-openapi.js';
import { encodeBitableValue } from './encode-openapi.js';
import { fieldKindOf, type BitableField } from './field-kind.js';
import { asList, isObject, opt, str } from './raw-shapes.js';

/**
 * Decodes a cell as the Base JS SDK (`@lark-base-open/js-sdk`) returns it from `getCellValue` into its
 * canonical value. The SDK's shapes (`{id, text}` options, url segment lists, `{recordIds}` links,
 * `{value}` auto numbers, bare formula values, 990xx type numbers) are read by the same tolerant decoder.
 */
export function decodeSdkValue(field: BitableField, raw: unknown): Cell {
  return decodeBitableValue(field, raw);
}

function optionId(field: BitableField, name: string, id: string | undefined): string | undefined {
  if (id !== undefined) return id;
  const options = isObject(field.property) ? field.property.options : undefined;
  const match = asList(options).find((o) => isObject(o) && (str(o, 'name') ?? str(o, 'text')) === name);
  return isObject(match) ? str(match, 'id') : undefined;
}

function linkedTableId(field: BitableField): string | undefined {
  if (!isObject(field.property)) return undefined;
  return str(field.property, 'tableId') ?? str(field.property, 'table_id');
}

/** The SDK shape of a present value; read-only and kind checks are done by the OpenAPI encoder first. */
function sdkShape(field: BitableField, cell: Exclude<Cell, null>): unknown {
  switch (cell.kind) {
    case 'text': {
      const kind = fieldKindOf(field);
      if (kind === 'email' || kind === 'phone') return cell.text;
      return cell.segments ? [...cell.segments] : [{ type: 'text', text: cell.text }];
    }
    case 'options': {
      const items = cell.names.map((text, i) => {
        const id = optionId(field, text, cell.ids?.[i]);
        return id === undefined ? text : { id, text };
      });
      return fieldKindOf(field) === 'singleSelect' ? items[0] : items;
    }
    case 'users':
      return cell.people.map((p) => ({ id: p.id, ...opt('name', p.name), ...opt('email', p.email) }));
    case 'url':
      return [{ type: 'url', text: cell.text, link: cell.link }];
    case 'attachments':
      return cell.files.map((f) => ({
        token: f.token,
        name: f.name,
        ...opt('type', f.mime),
        ...opt('size', f.size),
      }));
    case 'links':
      return {
        recordIds: [...cell.recordIds],
        text: '',
        type: 'text',
        ...opt('tableId', linkedTableId(field)),
      };
    case 'location':
      return {
        location: cell.point,
        ...opt('address', cell.address),
        ...opt('name', cell.name),
        ...opt('fullAddress', cell.fullAddress),
      };
    case 'chats':
      return cell.chats.map((c) => ({ id: c.id, ...opt('name', c.name) }));
    case 'number':
    case 'instant':
    case 'boolean':
      return encodeBitableValue(field, cell);
  }
}

/**
 * Encodes a canonical value for the Base JS SDK's `setCellValue` (see base-extension.md §5). A select
 * option whose id is unknown is given by name, which `Field.setValue` accepts (and creates).
 * Throws the same CODEC_* errors as the OpenAPI encoder.
 */
export function encodeSdkValue(field: BitableField, cell: Cell): unknown {
  const checked = encodeBitableValue(field, cell); // read-only, kind and limit checks
  if (cell === null) return checked;
  if (fieldKindOf(field) === undefined)
    throw codecError('CODEC_FIELD_TYPE_UNSUPPORTED', field.name, field.type, 'unknown field type');
  return sdkShape(field, cell);
}
