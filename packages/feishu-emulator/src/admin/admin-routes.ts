import { Hono, type Context } from 'hono';
import { FeishuError } from '../feishu-error.js';
import type { FieldInput } from '../store/field-ops.js';
import type { DirectoryUser } from '../store/user-directory.js';
import type { EmulatorAdmin, LimitsPatch } from './emulator-admin.js';
import { asText } from '../codec/as-text.js';

type Json = Record<string, unknown>;

async function json(c: Context): Promise<Json> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const parsed = JSON.parse(text) as unknown;
  return typeof parsed === 'object' && parsed !== null ? (parsed as Json) : {};
}

function fieldsOf(body: Json): Record<string, unknown> {
  const fields = body['fields'];
  return typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>) : {};
}

/** The admin HTTP API under `/_emulator` (no Feishu auth): same operations as `handle.admin`. */
export function adminRoutes(admin: EmulatorAdmin): Hono {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof FeishuError) return c.json({ code: err.code, msg: err.message }, 400);
    if (err instanceof SyntaxError)
      return c.json({ code: 400, msg: `body is not JSON: ${err.message}` }, 400);
    return c.json({ code: 500, msg: err instanceof Error ? err.message : 'internal error' }, 500);
  });
  app.get('/bases', (c) => c.json(admin.listBases()));
  app.post('/bases', async (c) => c.json(admin.createBase(asText((await json(c))['name']) || 'Base')));
  app.post('/bases/:app/tables', async (c) => {
    const body = await json(c);
    const fields = Array.isArray(body['fields']) ? (body['fields'] as FieldInput[]) : [];
    return c.json(admin.createTable(c.req.param('app'), asText(body['name']), fields));
  });
  app.get('/bases/:app/tables/:table', (c) => {
    const { app: appToken, table } = c.req.param();
    return c.json({ table: admin.getTable(appToken, table), records: admin.listRecords(appToken, table) });
  });
  app.post('/bases/:app/tables/:table/records', async (c) => {
    const { app: appToken, table } = c.req.param();
    return c.json(admin.userCreateRecord(appToken, table, fieldsOf(await json(c))));
  });
  app.patch('/bases/:app/tables/:table/records/:record', async (c) => {
    const { app: appToken, table, record } = c.req.param();
    return c.json(admin.userUpdateRecord(appToken, table, record, fieldsOf(await json(c))));
  });
  app.delete('/bases/:app/tables/:table/records/:record', (c) => {
    const { app: appToken, table, record } = c.req.param();
    admin.userDeleteRecord(appToken, table, record);
    return c.json({ deleted: true, record_id: record });
  });
  app.post('/bases/:app/wiki-node', async (c) => {
    const title = (await json(c))['title'];
    return c.json({
      node_token: admin.addWikiNode(c.req.param('app'), typeof title === 'string' ? title : undefined),
    });
  });
  app.put('/faults', async (c) => {
    admin.setFaults(await json(c));
    return c.json({ ok: true });
  });
  app.put('/limits', async (c) => c.json(admin.setLimits((await json(c)) as LimitsPatch)));
  app.put('/users', async (c) => {
    const users = (await json(c))['users'];
    admin.setUsers(Array.isArray(users) ? (users as DirectoryUser[]) : []);
    return c.json({ ok: true });
  });
  app.get('/users', (c) => c.json(admin.users()));
  app.post('/expire-tokens', (c) => {
    admin.expireTokens();
    return c.json({ ok: true });
  });
  app.get('/stats', (c) => c.json(admin.stats()));
  app.post('/reset', (c) => {
    admin.reset();
    return c.json({ ok: true });
  });
  return app;
}
