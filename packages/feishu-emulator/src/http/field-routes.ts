import type { RouteSpec } from '../gateway/openapi-route.js';
import { paginate, parsePageSize } from '../query/paging.js';
import { createField, deleteField, fieldView, updateField, type FieldInput } from '../store/field-ops.js';
import { bodyObject, param, queryFlag } from './request-params.js';
import { asText } from '../codec/as-text.js';

function withDescription(view: Record<string, unknown>, asArray: boolean): Record<string, unknown> {
  const text = asText(view['description']);
  return { ...view, description: asArray ? [{ type: 'text', text }] : text };
}

export const fieldRoutes = {
  listFields: {
    key: 'fields.list',
    handler: (req, rt) => {
      const table = rt.store.table(param(req, 'app_token'), param(req, 'table_id'));
      const size = parsePageSize(req.query('page_size'), 20, rt.limits.fieldsPageMax);
      const asArray = queryFlag(req, 'text_field_as_array');
      return paginate(
        table.fields.map((f) => withDescription(fieldView(f), asArray)),
        req.query('page_token'),
        size,
      );
    },
  },
  createField: {
    key: 'fields.create',
    idempotent: true,
    handler: (req, rt) => {
      const field = createField(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        bodyObject(req),
        rt.appOperator,
      );
      return { field: fieldView(field) };
    },
  },
  updateField: {
    key: 'fields.update',
    idempotent: true,
    handler: (req, rt) => {
      const input = bodyObject(req) as FieldInput;
      const field = updateField(
        rt.store,
        param(req, 'app_token'),
        param(req, 'table_id'),
        param(req, 'field_id'),
        input,
        rt.appOperator,
      );
      return { field: fieldView(field) };
    },
  },
  deleteField: {
    key: 'fields.delete',
    handler: (req, rt) => {
      const fieldId = param(req, 'field_id');
      deleteField(rt.store, param(req, 'app_token'), param(req, 'table_id'), fieldId, rt.appOperator);
      return { field_id: fieldId, deleted: true };
    },
  },
} satisfies Record<string, RouteSpec>;
