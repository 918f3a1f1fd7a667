import { FeishuCode, FeishuError } from '../feishu-error.js';
import type { OpenApiRequest } from '../gateway/openapi-request.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import type { Runtime } from '../runtime.js';
import { param } from './request-params.js';

/** Subscriptions are per base file (reference §7.1); only `file_type=bitable` is emulated. */
function subscribedBase(req: OpenApiRequest, rt: Runtime): string {
  const fileType = req.query('file_type');
  if (fileType !== 'bitable') {
    throw new FeishuError(
      FeishuCode.badParam,
      `field validation failed: file_type ${JSON.stringify(fileType ?? null)} is not supported by the emulator; use bitable`,
      400,
    );
  }
  return rt.store.base(param(req, 'file_token')).appToken;
}

export const driveRoutes = {
  subscribe: {
    key: 'drive.subscribe',
    handler: (req, rt) => {
      rt.store.subscriptions.add(subscribedBase(req, rt));
      return {};
    },
  },
  getSubscribe: {
    key: 'drive.get_subscribe',
    handler: (req, rt) => ({ is_subscribe: rt.store.isSubscribed(subscribedBase(req, rt)) }),
  },
  deleteSubscribe: {
    key: 'drive.delete_subscribe',
    handler: (req, rt) => {
      rt.store.subscriptions.delete(subscribedBase(req, rt));
      return {};
    },
  },
} satisfies Record<string, RouteSpec>;
