import { FeishuCode, FeishuError } from '../feishu-error.js';
import type { OpenApiRequest } from '../gateway/openapi-request.js';
import { isUserIdType, type UserIdType } from '../store/user-directory.js';

function badParam(message: string): FeishuError {
  return new FeishuError(FeishuCode.badParam, `field validation failed: ${message}`, 400);
}

/** `user_id_type` (default open_id); batch_get carries it in the body. */
export function userIdType(raw: unknown): UserIdType {
  if (raw === undefined || raw === null || raw === '') return 'open_id';
  if (!isUserIdType(raw))
    throw badParam(`user_id_type ${JSON.stringify(raw)} must be open_id, union_id or user_id`);
  return raw;
}

export function queryFlag(req: OpenApiRequest, name: string): boolean {
  return req.query(name) === 'true';
}

/** The body as an object; anything else is 1254001. */
export function bodyObject(req: OpenApiRequest): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new FeishuError(
      FeishuCode.wrongRequestBody,
      'WrongRequestBody: the body must be a JSON object',
      400,
    );
  }
  return body as Record<string, unknown>;
}

/** A required list in the body, with its allowed length (1254104 when over). */
export function bodyList(req: OpenApiRequest, key: string, max: number): unknown[] {
  const list = bodyObject(req)[key];
  if (!Array.isArray(list) || list.length === 0) {
    throw new FeishuError(
      FeishuCode.wrongRequestBody,
      `WrongRequestBody: "${key}" must be a non-empty list`,
      400,
    );
  }
  if (list.length > max) {
    throw new FeishuError(
      FeishuCode.batchSizeExceeded,
      `RecordAddOnceExceedLimit: "${key}" has ${list.length} entries; at most ${max} per call`,
      200,
    );
  }
  return list;
}

export function param(req: OpenApiRequest, name: string): string {
  return req.params[name] ?? '';
}
