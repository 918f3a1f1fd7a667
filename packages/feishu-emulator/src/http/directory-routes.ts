import { FeishuCode, FeishuError } from '../feishu-error.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import { bodyObject, userIdType } from './request-params.js';

const MAX_LOOKUPS = 50;

function stringList(raw: unknown, name: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_LOOKUPS) {
    throw new FeishuError(
      FeishuCode.badParam,
      `field validation failed: ${name} must be a list of at most ${MAX_LOOKUPS}`,
      400,
    );
  }
  return raw.map(String);
}

export const contactRoutes = {
  batchGetId: {
    key: 'contact.batch_get_id',
    handler: (req, rt) => {
      const body = bodyObject(req);
      const type = userIdType(req.query('user_id_type'));
      const users = rt.store.users;
      const byEmail = stringList(body['emails'], 'emails').map((email) => {
        const user = users.byEmail(email);
        return user === undefined ? { email } : { user_id: user[type], email };
      });
      const byMobile = stringList(body['mobiles'], 'mobiles').map((mobile) => {
        const user = users.byMobile(mobile);
        return user === undefined ? { mobile } : { user_id: user[type], mobile };
      });
      return { user_list: [...byEmail, ...byMobile] };
    },
  },
} satisfies Record<string, RouteSpec>;
export const wikiRoutes = {
  getNode: {
    key: 'wiki.get_node',
    handler: (req, rt) => {
      const token = req.query('token') ?? '';
      const objType = req.query('obj_type') ?? 'wiki';
      const node =
        objType === 'wiki'
          ? rt.store.wikiNodes.get(token)
          : [...rt.store.wikiNodes.values()].find((n) => n.appToken === token);
      if (node === undefined)
        throw new FeishuError(FeishuCode.wikiNodeNotFound, 'not found: no wiki node with this token', 400);
      const nodeToken =
        objType === 'wiki'
          ? token
          : ([...rt.store.wikiNodes.entries()].find(([, n]) => n === node)?.[0] ?? '');
      const base = rt.store.bases.get(node.appToken);
      const time = String(Math.floor((base?.createdTime ?? rt.now()) / 1000));
      return {
        node: {
          space_id: node.spaceId,
          node_token: nodeToken,
          obj_token: node.appToken,
          obj_type: 'bitable',
          parent_node_token: '',
          node_type: 'origin',
          origin_node_token: nodeToken,
          origin_space_id: node.spaceId,
          has_child: false,
          title: node.title,
          obj_create_time: time,
          obj_edit_time: time,
          node_create_time: time,
        },
      };
    },
  },
} satisfies Record<string, RouteSpec>;
