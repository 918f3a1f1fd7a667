import { FeishuCode, feishuError } from '../feishu-error.js';
import type { IdFactory } from '../ids.js';
import { FieldType } from './field-types.js';
import type { Field, SelectOption } from './model.js';

const MAX_OPTION_COLOR = 54;

function normaliseOptions(
  raw: unknown,
  previous: readonly SelectOption[],
  ids: IdFactory,
  keepIds: boolean,
): SelectOption[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw))
    throw feishuError(
      FeishuCode.wrongRequestBody,
      'SingleSelectFieldPropertyError: property.options must be a list',
    );
  return raw.map((item: unknown, index) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as {
      id?: unknown;
      name?: unknown;
      color?: unknown;
    };
    if (typeof o.name !== 'string' || o.name.trim() === '') {
      throw feishuError(
        1254026 as FeishuCode,
        `EmptyOptionName: option ${index} of property.options has no name`,
      );
    }
    const kept = keepIds && typeof o.id === 'string' ? previous.find((p) => p.id === o.id) : undefined;
    const color =
      typeof o.color === 'number' && o.color >= 0 && o.color <= MAX_OPTION_COLOR
        ? o.color
        : index % (MAX_OPTION_COLOR + 1);
    return { id: kept?.id ?? ids.optionId(), name: o.name.trim(), color };
  });
}

function objectOrNull(raw: unknown): Record<string, unknown> | null {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? { ...(raw as Record<string, unknown>) }
    : null;
}

function linkProperty(
  raw: unknown,
  type: FieldType,
  tableExists: (id: string) => boolean,
  tableName: (id: string) => string,
): Record<string, unknown> {
  const p = objectOrNull(raw) ?? {};
  const tableId = p['table_id'];
  if (typeof tableId !== 'string' || !tableExists(tableId)) {
    const code = type === FieldType.duplexLink ? 1254092 : 1254089;
    const name = type === FieldType.duplexLink ? 'DuplexLinkFieldPropertyError' : 'LinkFieldPropertyError';
    throw feishuError(
      code as FeishuCode,
      `${name}: property.table_id must name a table of this base, got ${JSON.stringify(tableId ?? null)}`,
    );
  }
  return { ...p, table_id: tableId, multiple: p['multiple'] !== false, table_name: tableName(tableId) };
}

export type PropertyContext = {
  readonly ids: IdFactory;
  readonly previous: Field | undefined;
  readonly tableExists: (id: string) => boolean;
  readonly tableName: (id: string) => string;
};

/** The stored `property` for a field create/update: option ids and colours are server-assigned. */
export function normaliseProperty(
  type: FieldType,
  raw: unknown,
  ctx: PropertyContext,
): Record<string, unknown> | null {
  switch (type) {
    case FieldType.singleSelect:
    case FieldType.multiSelect: {
      const previous = ctx.previous?.property?.['options'];
      const prev = Array.isArray(previous) ? (previous as SelectOption[]) : [];
      const options = normaliseOptions(
        objectOrNull(raw)?.['options'],
        prev,
        ctx.ids,
        ctx.previous !== undefined,
      );
      return { options };
    }
    case FieldType.number:
      return { formatter: '0', ...objectOrNull(raw) };
    case FieldType.dateTime:
    case FieldType.createdTime:
    case FieldType.modifiedTime:
      return { date_formatter: 'yyyy/MM/dd', auto_fill: false, ...objectOrNull(raw) };
    case FieldType.user:
    case FieldType.groupChat:
      return { multiple: true, ...objectOrNull(raw) };
    case FieldType.singleLink:
    case FieldType.duplexLink:
      return linkProperty(raw, type, ctx.tableExists, ctx.tableName);
    case FieldType.autoNumber:
      return { auto_serial: { type: 'auto_increment_number', options: [] }, ...objectOrNull(raw) };
    default:
      return objectOrNull(raw);
  }
}
