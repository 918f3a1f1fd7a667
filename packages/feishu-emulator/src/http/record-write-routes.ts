import type { OpenApiRequest } from '../gateway/openapi-request.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import type { StoredRecord } from '../store/model.js';
import { readContext, recordView } from '../store/record-view.js';
import {
  createRecords,
  deleteRecords,
  updateRecords,
  type RecordUpdate,
  type WriteOptions,
} from '../store/record-writes.js';
import type { Runtime } from '../runtime.js';
import { bodyList, bodyObject, param, userIdType } from './request-params.js';

function writeOptions(req: OpenApiRequest, rt: Runtime): WriteOptions {
  return { userIdType: userIdType(req.query('user_id_type')), operator: rt.appOperator };
}

/** Write responses echo `record_id` (+ `id`) and the record's fields, text as plain strings. */
function views(
  req: OpenApiRequest,
  rt: Runtime,
  records: readonly StoredRecord[],
): Record<string, unknown>[] {
  const appToken = param(req, 'app_token');
  const table = rt.store.table(appToken, param(req, 'table_id'));
  const opts = { userIdType: userIdType(req.query('user_id_type')), textAsArray: false };
  const ctx = readContext(rt.store, rt.publicUrl(), opts);
  return records.map((r) => recordView(table, r, ctx, opts, appToken));
}

export const recordWriteRoutes = {
  create: {
    key: 'records.create',
    idempotent: true,
    handler: (req, rt) => {
      const created = createRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        [bodyObject(req)],
        writeOptions(req, rt),
      );
      return { record: views(req, rt, created)[0] };
    },
  },
  update: {
    key: 'records.update',
    idempotent: true,
    handler: (req, rt) => {
      const update: RecordUpdate = { record_id: param(req, 'record_id'), fields: bodyObject(req)['fields'] };
      const updated = updateRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        [update],
        writeOptions(req, rt),
      );
      return { record: views(req, rt, updated)[0] };
    },
  },
  delete: {
    key: 'records.delete',
    handler: (req, rt) => {
      const [id] = deleteRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        [param(req, 'record_id')],
        rt.appOperator,
      );
      return { deleted: true, record_id: id };
    },
  },
  batchCreate: {
    key: 'records.batch_create',
    idempotent: true,
    handler: (req, rt) => {
      const inputs = bodyList(req, 'records', rt.limits.batchCreateMax);
      const created = createRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        inputs,
        writeOptions(req, rt),
      );
      return { records: views(req, rt, created) };
    },
  },
  batchUpdate: {
    key: 'records.batch_update',
    idempotent: true,
    handler: (req, rt) => {
      const updates = bodyList(req, 'records', rt.limits.batchUpdateMax);
      const updated = updateRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        updates,
        writeOptions(req, rt),
      );
      return { records: views(req, rt, updated) };
    },
  },
  batchDelete: {
    key: 'records.batch_delete',
    handler: (req, rt) => {
      const ids = bodyList(req, 'records', rt.limits.batchDeleteMax);
      const deleted = deleteRecords(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        ids,
        rt.appOperator,
      );
      return { records: deleted.map((record_id) => ({ deleted: true, record_id })) };
    },
  },
} satisfies Record<string, RouteSpec>;
