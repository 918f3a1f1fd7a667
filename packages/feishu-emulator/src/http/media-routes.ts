import { FeishuCode, FeishuError } from '../feishu-error.js';
import type { RouteSpec } from '../gateway/openapi-route.js';
import { param } from './request-params.js';
import { parseMultipart } from './multipart.js';

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const PARENT_TYPES = new Set(['bitable_file', 'bitable_image']);

function badParam(message: string): FeishuError {
  return new FeishuError(FeishuCode.badParam, `field validation failed: ${message}`, 400);
}

export const mediaRoutes = {
  upload: {
    key: 'media.upload',
    handler: async (req, rt) => {
      const raw = Buffer.from(await req.context.req.arrayBuffer());
      const form = parseMultipart(raw, req.context.req.header('content-type') ?? '');
      const text = (name: string) => form.get(name)?.bytes.toString('utf8') ?? '';
      const file = form.get('file');
      const parentType = text('parent_type');
      const parentNode = text('parent_node');
      if (file === undefined) throw badParam('file is required (multipart field "file")');
      if (!PARENT_TYPES.has(parentType))
        throw badParam(`parent_type ${JSON.stringify(parentType)} must be bitable_file or bitable_image`);
      if (file.bytes.length > MAX_UPLOAD_BYTES)
        throw badParam(`file is ${file.bytes.length} bytes; upload_all takes at most ${MAX_UPLOAD_BYTES}`);
      rt.store.base(parentNode);
      const token = rt.store.deps.ids.fileToken();
      const name = text('file_name') || (file.filename ?? 'file');
      const bytes = new Uint8Array(file.bytes);
      rt.store.media.set(token, {
        appToken: parentNode,
        name,
        type: file.type ?? 'application/octet-stream',
        size: bytes.length,
        bytes,
      });
      return { file_token: token };
    },
  },
  download: {
    key: 'media.download',
    handler: (req, rt) => {
      const media = rt.store.media.get(param(req, 'file_token'));
      if (media === undefined) throw new FeishuError(1061044, 'parent node not exist or file not found', 404);
      return new Response(media.bytes, {
        headers: {
          'content-type': media.type,
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(media.name)}`,
        },
      });
    },
  },
} satisfies Record<string, RouteSpec>;
