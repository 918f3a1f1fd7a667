import type { RouteSpec } from '../gateway/openapi-route.js';
import { bodyObject } from './request-params.js';

/** `POST /open-apis/auth/v3/tenant_access_token/internal`: token and expiry at top level. */
export const tenantTokenRoute: RouteSpec = {
  key: 'auth.tenant_token',
  auth: false,
  topLevel: true,
  handler: (req, rt) => {
    const body = bodyObject(req);
    const { token, expireSeconds } = rt.tokens.issue(body['app_id'], body['app_secret']);
    return { tenant_access_token: token, expire: expireSeconds };
  },
};
