import { Hono } from 'hono';
import type { EmulatorAdmin } from '../admin/emulator-admin.js';

/** The grid page at `/base/<app_token>?table=<table_id>` (filled in by grid-page.ts). */
export function gridRoutes(_admin: EmulatorAdmin): Hono {
  return new Hono();
}
