import { FeishuCode, FeishuError, feishuError } from '../feishu-error.js';
import type { OpenApiRequest } from '../gateway/openapi-request.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import { parseLegacyFilter } from '../query/legacy-filter.js';
import { paginate, parsePageSize } from '../query/paging.js';
import { compileFilter } from '../query/search-filter.js';
import { parseSorts, sortRecords, type SortSpec } from '../query/sort-records.js';
import type { Table } from '../store/model.js';
import { readContext, recordView, type ViewOptions } from '../store/record-view.js';
import type { Runtime } from '../runtime.js';
import { bodyObject, param, queryFlag, userIdType } from './request-params.js';

export const MAX_SEARCH_FIELD_NAMES = 200;

function fieldNames(table: Table, raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.length > MAX_SEARCH_FIELD_NAMES) {
    throw feishuError(
      FeishuCode.invalidFieldNames,
      `InvalidFieldNames: field_names must be a list of at most ${MAX_SEARCH_FIELD_NAMES} names`,
    );
  }
  for (const name of raw) {
    if (!table.fields.some((f) => f.name === name))
      throw feishuError(
        FeishuCode.fieldNameNotFound,
        `FieldNameNotFound: field_names names unknown field ${JSON.stringify(name)}`,
      );
  }
  return raw as string[];
}

function tableOf(req: OpenApiRequest, rt: Runtime): Table {
  return rt.store.table(param(req, 'app_token'), param(req, 'table_id'));
}

function listPage(
  req: OpenApiRequest,
  rt: Runtime,
  table: Table,
  opts: ViewOptions,
  filter: unknown,
  sorts: SortSpec[],
  pageMax: number,
  legacy: boolean,
) {
  const appToken = param(req, 'app_token');
  const base = rt.store.base(appToken);
  const ctx = readContext(rt.store, rt.publicUrl(), opts);
  const env = { ctx, now: rt.now(), timeZone: base.timeZone };
  const predicate = legacy ? parseLegacyFilter(table, filter, env) : compileFilter(table, filter, env);
  const matched = sortRecords(table, [...table.records.values()].filter(predicate), sorts, ctx);
  const size = parsePageSize(req.query('page_size'), legacy ? 20 : 20, pageMax);
  const page = paginate(matched, req.query('page_token'), size);
  return { ...page, items: page.items.map((r) => recordView(table, r, ctx, opts, appToken)) };
}

function parseJsonQuery(raw: string | undefined, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new FeishuError(
      FeishuCode.badParam,
      `field validation failed: ${name} must be a JSON array string`,
      400,
    );
  }
}

function legacySorts(raw: unknown): SortSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((s: unknown) => {
    const [name = '', dir = 'ASC'] = String(s).split(/\s+(?=(?:ASC|DESC)$)/i);
    return { field_name: name, desc: dir.toUpperCase() === 'DESC' };
  });
}

export const recordReadRoutes = {
  search: {
    key: 'records.search',
    handler: (req, rt) => {
      const table = tableOf(req, rt);
      const body = bodyObject(req);
      const opts: ViewOptions = {
        userIdType: userIdType(req.query('user_id_type')),
        fieldNames: fieldNames(table, body['field_names']),
        automaticFields: body['automatic_fields'] === true,
      };
      return listPage(
        req,
        rt,
        table,
        opts,
        body['filter'],
        parseSorts(body['sort']),
        rt.limits.searchPageMax,
        false,
      );
    },
  },
  list: {
    key: 'records.list',
    handler: (req, rt) => {
      const table = tableOf(req, rt);
      const opts: ViewOptions = {
        userIdType: userIdType(req.query('user_id_type')),
        fieldNames: fieldNames(table, parseJsonQuery(req.query('field_names'), 'field_names')),
        automaticFields: queryFlag(req, 'automatic_fields'),
        textAsArray: queryFlag(req, 'text_field_as_array'),
      };
      const sorts = legacySorts(parseJsonQuery(req.query('sort'), 'sort'));
      return listPage(req, rt, table, opts, req.query('filter'), sorts, rt.limits.listPageMax, true);
    },
  },
  get: {
    key: 'records.get',
    handler: (req, rt) => {
      const table = tableOf(req, rt);
      const record = table.records.get(param(req, 'record_id'));
      if (record === undefined)
        throw feishuError(
          FeishuCode.recordNotFound,
          `RecordIdNotFound: no record ${param(req, 'record_id')} in table ${table.id}`,
        );
      const opts: ViewOptions = {
        userIdType: userIdType(req.query('user_id_type')),
        automaticFields: queryFlag(req, 'automatic_fields'),
        textAsArray: queryFlag(req, 'text_field_as_array'),
        withSharedUrl: queryFlag(req, 'with_shared_url'),
      };
      return {
        record: recordView(
          table,
          record,
          readContext(rt.store, rt.publicUrl(), opts),
          opts,
          param(req, 'app_token'),
        ),
      };
    },
  },
  batchGet: {
    key: 'records.batch_get',
    handler: (req, rt) => {
      const table = tableOf(req, rt);
      const body = bodyObject(req);
      const ids = body['record_ids'];
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > rt.limits.batchGetMax) {
        throw new FeishuError(
          FeishuCode.badParam,
          `field validation failed: record_ids must hold 1 to ${rt.limits.batchGetMax} ids`,
          400,
        );
      }
      const opts: ViewOptions = {
        userIdType: userIdType(body['user_id_type']),
        automaticFields: body['automatic_fields'] === true,
        withSharedUrl: body['with_shared_url'] === true,
      };
      const ctx = readContext(rt.store, rt.publicUrl(), opts);
      const records: unknown[] = [];
      const absent: string[] = [];
      for (const id of ids.map(String)) {
        const record = table.records.get(id);
        if (record === undefined) absent.push(id);
        else records.push(recordView(table, record, ctx, opts, param(req, 'app_token')));
      }
      return { records, forbidden_record_ids: [], absent_record_ids: absent };
    },
  },
} satisfies Record<string, RouteSpec>;
