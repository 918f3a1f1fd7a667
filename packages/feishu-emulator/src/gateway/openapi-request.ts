import type { Context } from 'hono';
import { FeishuCode, feishuError } from '../feishu-error.js';

/** The parts of an HTTP request an OpenAPI handler reads. */
export type OpenApiRequest = {
  readonly params: Readonly<Record<string, string>>;
  query(name: string): string | undefined;
  queries(name: string): string[];
  /** The JSON body, `{}` when there is none; malformed JSON is 1254000. */
  body: unknown;
  readonly context: Context;
};

async function readBody(c: Context): Promise<unknown> {
  const method = c.req.method;
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return {};
  if (!(c.req.header('content-type') ?? '').includes('json')) return {};
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw feishuError(FeishuCode.wrongRequestJson, 'WrongRequestJson: the request body is not valid JSON');
  }
}

export async function openApiRequest(c: Context): Promise<OpenApiRequest> {
  const body = await readBody(c);
  return {
    params: c.req.param(),
    query: (name) => c.req.query(name),
    queries: (name) => c.req.queries(name) ?? [],
    body,
    context: c,
  };
}
