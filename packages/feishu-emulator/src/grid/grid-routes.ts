import { Hono } from 'hono';
import type { EmulatorAdmin } from '../admin/emulator-admin.js';
import { renderGridPage, renderNotFound } from './grid-page.js';

/** The grid page at `/base/<app_token>?table=<table_id>`, like a Bitable URL (reference §11). */
export function gridRoutes(admin: EmulatorAdmin): Hono {
  const app = new Hono();
  app.get('/base/:app', (c) => {
    const base = admin.listBases().find((b) => b.appToken === c.req.param('app'));
    if (base === undefined)
      return c.html(renderNotFound(`No base ${c.req.param('app')} in this emulator.`), 404);
    const tableId = c.req.query('table') ?? base.tables[0]?.tableId;
    if (tableId === undefined || !base.tables.some((t) => t.tableId === tableId)) {
      return c.html(renderNotFound(`Base ${base.name} has no table ${tableId ?? '(none)'}.`), 404);
    }
    return c.html(renderGridPage(base, tableId));
  });
  return app;
}
