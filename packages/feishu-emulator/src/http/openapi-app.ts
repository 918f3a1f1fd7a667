import { Hono } from 'hono';
import { FeishuCode } from '../feishu-error.js';
import { openApiRoute, type Env, type RouteSpec } from '../gateway/openapi-route.js';
import type { Runtime } from '../runtime.js';
import { appRoutes } from './app-routes.js';
import { tenantTokenRoute } from './auth-routes.js';
import { contactRoutes, wikiRoutes } from './directory-routes.js';
import { driveRoutes } from './drive-routes.js';
import { fieldRoutes } from './field-routes.js';
import { mediaRoutes } from './media-routes.js';
import { recordReadRoutes } from './record-read-routes.js';
import { recordWriteRoutes } from './record-write-routes.js';

const APP = '/open-apis/bitable/v1/apps/:app_token';
const TABLE = `${APP}/tables/:table_id`;
const FILE = '/open-apis/drive/v1/files/:file_token';

/** Every OpenAPI route: [method, path, spec]. */
const ROUTES: readonly (readonly ['get' | 'post' | 'put' | 'delete', string, RouteSpec])[] = [
  ['post', '/open-apis/auth/v3/tenant_access_token/internal', tenantTokenRoute],
  ['post', '/open-apis/bitable/v1/apps', appRoutes.createApp],
  ['get', APP, appRoutes.getApp],
  ['get', `${APP}/tables`, appRoutes.listTables],
  ['post', `${APP}/tables`, appRoutes.createTable],
  ['delete', TABLE, appRoutes.deleteTable],
  ['get', `${TABLE}/fields`, fieldRoutes.listFields],
  ['post', `${TABLE}/fields`, fieldRoutes.createField],
  ['put', `${TABLE}/fields/:field_id`, fieldRoutes.updateField],
  ['delete', `${TABLE}/fields/:field_id`, fieldRoutes.deleteField],
  ['post', `${TABLE}/records/search`, recordReadRoutes.search],
  ['post', `${TABLE}/records/batch_get`, recordReadRoutes.batchGet],
  ['post', `${TABLE}/records/batch_create`, recordWriteRoutes.batchCreate],
  ['post', `${TABLE}/records/batch_update`, recordWriteRoutes.batchUpdate],
  ['post', `${TABLE}/records/batch_delete`, recordWriteRoutes.batchDelete],
  ['get', `${TABLE}/records`, recordReadRoutes.list],
  ['post', `${TABLE}/records`, recordWriteRoutes.create],
  ['get', `${TABLE}/records/:record_id`, recordReadRoutes.get],
  ['put', `${TABLE}/records/:record_id`, recordWriteRoutes.update],
  ['delete', `${TABLE}/records/:record_id`, recordWriteRoutes.delete],
  ['post', `${FILE}/subscribe`, driveRoutes.subscribe],
  ['get', `${FILE}/get_subscribe`, driveRoutes.getSubscribe],
  ['delete', `${FILE}/delete_subscribe`, driveRoutes.deleteSubscribe],
  ['post', '/open-apis/drive/v1/medias/upload_all', mediaRoutes.upload],
  ['get', '/open-apis/drive/v1/medias/:file_token/download', mediaRoutes.download],
  ['post', '/open-apis/contact/v3/users/batch_get_id', contactRoutes.batchGetId],
  ['get', '/open-apis/wiki/v2/spaces/get_node', wikiRoutes.getNode],
];

/** The Feishu OpenAPI surface; unknown /open-apis paths answer 404 with 99991201. */
export function createOpenApiApp(rt: Runtime): Hono<Env> {
  const app = new Hono<Env>();
  for (const [method, path, spec] of ROUTES) app[method](path, openApiRoute(spec, rt));
  app.all('/open-apis/*', (c) =>
    c.json({ code: FeishuCode.pathNotFound, msg: '404 page not found', data: {} }, 404),
  );
  return app;
}
