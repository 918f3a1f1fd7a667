import { FeishuCode, feishuError } from '../feishu-error.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import { paginate, parsePageSize } from '../query/paging.js';
import type { EmulatorStore } from '../store/emulator-store.js';
import { createField, type FieldInput } from '../store/field-ops.js';
import type { Base, Table } from '../store/model.js';
import type { Runtime } from '../runtime.js';
import { bodyObject, param } from './request-params.js';

function appView(base: Base, rt: Runtime): Record<string, unknown> {
  return {
    app_token: base.appToken,
    name: base.name,
    revision: base.revision,
    is_advanced: false,
    time_zone: base.timeZone,
    formula_type: 2,
    advance_version: 'v2',
    url: `${rt.publicUrl()}/base/${base.appToken}`,
  };
}

function tableView(table: Table): Record<string, unknown> {
  return { table_id: table.id, revision: table.revision, name: table.name };
}

/** Adds a table with the given fields (a default text primary field when none are given). */
export function addTableWithFields(
  store: EmulatorStore,
  appToken: string,
  name: string,
  fields: readonly FieldInput[],
  rt: Runtime,
): Table {
  const table = store.addTable(appToken, name);
  const inputs = fields.length > 0 ? fields : [{ field_name: '多行文本', type: 1 }];
  try {
    for (const input of inputs) createField(store, appToken, table.id, input, rt.appOperator);
  } catch (err) {
    store.deleteTable(appToken, table.id);
    throw err;
  }
  table.revision = 1;
  return table;
}

export const appRoutes = {
  createApp: {
    key: 'apps.create',
    handler: (req, rt) => {
      const body = bodyObject(req);
      const name = typeof body['name'] === 'string' ? body['name'] : '';
      const timeZone = typeof body['time_zone'] === 'string' ? body['time_zone'] : undefined;
      const base = rt.store.createBase(name, timeZone);
      const table = addTableWithFields(rt.store, base.appToken, '数据表', [], rt);
      return { app: { ...appView(base, rt), folder_token: '', default_table_id: table.id } };
    },
  },
  getApp: {
    key: 'apps.get',
    handler: (req, rt) => ({ app: appView(rt.store.base(param(req, 'app_token')), rt) }),
  },
  listTables: {
    key: 'tables.list',
    handler: (req, rt) => {
      const base = rt.store.base(param(req, 'app_token'));
      const size = parsePageSize(req.query('page_size'), 20, rt.limits.tablesPageMax);
      return paginate(base.tables.map(tableView), req.query('page_token'), size);
    },
  },
  createTable: {
    key: 'tables.create',
    handler: (req, rt) => {
      const table = bodyObject(req)['table'] as { name?: unknown; fields?: unknown } | undefined;
      if (typeof table?.name !== 'string')
        throw feishuError(FeishuCode.wrongRequestBody, 'WrongRequestBody: table.name is required');
      const fields = Array.isArray(table.fields) ? (table.fields as FieldInput[]) : [];
      const created = addTableWithFields(rt.store, param(req, 'app_token'), table.name, fields, rt);
      return {
        table_id: created.id,
        default_view_id: created.defaultViewId,
        field_id_list: created.fields.map((f) => f.id),
      };
    },
  },
  deleteTable: {
    key: 'tables.delete',
    handler: (req, rt) => {
      rt.store.deleteTable(param(req, 'app_token'), param(req, 'table_id'));
      return {};
    },
  },
} satisfies Record<string, RouteSpec>;
