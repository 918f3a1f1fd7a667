import { withTableWrite, type CallSignal, type ClientContext } from './client-context.js';
import { walkPages } from './paging.js';

export type TableInfo = {
  readonly tableId: string;
  readonly name: string;
  readonly revision: number | undefined;
};

export type FieldInfo = {
  readonly fieldId: string;
  readonly name: string;
  readonly type: number;
  readonly uiType: string | undefined;
  readonly property: unknown;
  readonly isPrimary: boolean;
};

/** What a field create or full-replacement update sends (reference §3.2). */
export type FieldSpec = {
  readonly name: string;
  readonly type: number;
  readonly uiType?: string;
  readonly property?: Record<string, unknown>;
};

const PAGE = 100;

/** Every table of a base, paging to the end. */
export function listTables(
  ctx: ClientContext,
  appToken: string,
  opts: CallSignal = {},
): AsyncGenerator<TableInfo> {
  return mapAsync(
    walkPages('tables.list', async (page_token) => {
      const res = await ctx.caller.call(
        'tables.list',
        () =>
          ctx.sdk.bitable.v1.appTable.list({
            path: { app_token: appToken },
            params: { page_size: PAGE, ...(page_token ? { page_token } : {}) },
          }),
        opts,
      );
      return res.data;
    }),
    (t) => ({ tableId: t.table_id ?? '', name: t.name ?? '', revision: t.revision }),
  );
}

/** Creates a table with the given fields (the first is the primary field); returns its table_id. */
export async function createTable(
  ctx: ClientContext,
  appToken: string,
  name: string,
  fields: readonly FieldSpec[],
  opts: CallSignal = {},
): Promise<string> {
  const table = { name, fields: fields.map(fieldBody) };
  const res = await ctx.caller.call(
    'tables.create',
    () => ctx.sdk.bitable.v1.appTable.create({ path: { app_token: appToken }, data: { table } }),
    opts,
  );
  return res.data?.table_id ?? '';
}

/** Every field of a table, paging to the end. */
export function listFields(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  opts: CallSignal = {},
): AsyncGenerator<FieldInfo> {
  return mapAsync(
    walkPages('fields.list', async (page_token) => {
      const res = await ctx.caller.call(
        'fields.list',
        () =>
          ctx.sdk.bitable.v1.appTableField.list({
            path: { app_token: appToken, table_id: tableId },
            params: { page_size: PAGE, ...(page_token ? { page_token } : {}) },
          }),
        opts,
      );
      return res.data;
    }),
    toFieldInfo,
  );
}

type SdkField = {
  field_id?: string | undefined;
  field_name: string;
  type: number;
  ui_type?: string | undefined;
  property?: unknown;
  is_primary?: boolean | undefined;
};

function toFieldInfo(f: SdkField): FieldInfo {
  return {
    fieldId: f.field_id ?? '',
    name: f.field_name,
    type: f.type,
    uiType: f.ui_type,
    property: f.property ?? null,
    isPrimary: f.is_primary === true,
  };
}

function fieldBody(spec: FieldSpec): { field_name: string; type: number; ui_type?: never; property?: never } {
  return {
    field_name: spec.name,
    type: spec.type,
    ...(spec.uiType === undefined ? {} : { ui_type: spec.uiType as never }),
    ...(spec.property === undefined ? {} : { property: spec.property as never }),
  };
}

/** Creates a field. Throws FeishuApiError (e.g. FEISHU_REQUEST_INVALID for 1254014 duplicate name). */
export async function createField(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  spec: FieldSpec,
  opts: CallSignal = {},
): Promise<FieldInfo> {
  const res = await withTableWrite(ctx, appToken, tableId, opts.signal, () =>
    ctx.caller.call(
      'fields.create',
      () =>
        ctx.sdk.bitable.v1.appTableField.create({
          path: { app_token: appToken, table_id: tableId },
          data: fieldBody(spec),
        }),
      opts,
    ),
  );
  return toFieldInfo(res.data?.field ?? { field_name: spec.name, type: spec.type });
}

/** Replaces a field's definition (name, type and property are all overwritten). */
export async function updateField(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  fieldId: string,
  spec: FieldSpec,
  opts: CallSignal = {},
): Promise<FieldInfo> {
  const res = await withTableWrite(ctx, appToken, tableId, opts.signal, () =>
    ctx.caller.call(
      'fields.update',
      () =>
        ctx.sdk.bitable.v1.appTableField.update({
          path: { app_token: appToken, table_id: tableId, field_id: fieldId },
          data: fieldBody(spec),
        }),
      opts,
    ),
  );
  return toFieldInfo(res.data?.field ?? { field_id: fieldId, field_name: spec.name, type: spec.type });
}

/** Deletes a field (the primary field cannot be deleted: 1254046). */
export async function deleteField(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  fieldId: string,
  opts: CallSignal = {},
): Promise<void> {
  await withTableWrite(ctx, appToken, tableId, opts.signal, () =>
    ctx.caller.call(
      'fields.delete',
      () =>
        ctx.sdk.bitable.v1.appTableField.delete({
          path: { app_token: appToken, table_id: tableId, field_id: fieldId },
        }),
      opts,
    ),
  );
}

async function* mapAsync<A, B>(source: AsyncIterable<A>, fn: (a: A) => B): AsyncGenerator<B> {
  for await (const a of source) yield fn(a);
}
