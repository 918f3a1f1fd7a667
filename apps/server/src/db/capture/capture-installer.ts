import { BasesyncError } from '@basesync/core';
import { outbox } from '../schema/outbox.js';
import { getTableName } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { TableInfo } from '../introspect/catalog.js';
import { introspectSchema } from '../introspect/introspect-schema.js';
import { readServerFacts } from '../introspect/read-server-facts.js';
import type { ServerFacts } from '../introspect/server-facts.js';
import { resolveColumns, resolveTable } from '../introspect/resolve-names.js';
import { assertIdentifier } from '../identifiers.js';
import { missingCapturePrivileges } from './capture-privileges.js';
import {
  CAPTURE_TRIGGER_PREFIX,
  captureTriggers,
  createTriggerSql,
  dropTriggerSql,
  type CaptureSpec,
} from './trigger-sql.js';

export const OUTBOX_TABLE = getTableName(outbox);

/** Which table to capture, and the database holding basesync's outbox (default: the same one). */
export type CaptureRequest = {
  readonly table: string;
  readonly schema?: string;
  readonly outboxSchema?: string;
};

export type TriggerChange = {
  readonly name: string;
  readonly action: 'created' | 'replaced' | 'unchanged' | 'dropped';
};

export type CaptureReport = {
  readonly schema: string;
  readonly table: string;
  readonly triggers: readonly TriggerChange[];
};

function specFor(table: TableInfo, outboxSchema: string): CaptureSpec {
  if (table.name.startsWith('basesync_')) {
    throw new BasesyncError('MAPPING_TABLE_RESERVED', `table ${table.name} is basesync's own state`, {
      field: 'table',
      value: table.name,
    });
  }
  if (table.primaryKey === undefined) {
    const q = `\`${table.name.replaceAll('`', '``')}\``;
    throw new BasesyncError(
      'MAPPING_TABLE_WITHOUT_PRIMARY_KEY',
      `table ${table.schema}.${table.name} has no primary key, so its changes cannot be captured`,
      {
        field: 'table',
        value: table.name,
        fix: `add one, e.g. ALTER TABLE ${q} ADD PRIMARY KEY (<column>, …)`,
      },
    );
  }
  const keyColumns = resolveColumns(table, table.primaryKey);
  return { schema: table.schema, table: table.name, keyColumns, outboxSchema, outboxTable: OUTBOX_TABLE };
}

// A trigger naming a missing table is accepted by CREATE TRIGGER and then fails every user write.
async function assertOutboxExists(db: Queryable, schema: string): Promise<void> {
  const [rows] = await db.query<RowDataPacket[]>(
    'SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
    [schema, OUTBOX_TABLE],
  );
  if (rows.length > 0) return;
  throw new BasesyncError(
    'MYSQL_TABLE_NOT_FOUND',
    `the outbox ${schema}.${OUTBOX_TABLE} does not exist, so capture triggers would fail every write`,
    { field: 'table', value: OUTBOX_TABLE, fix: 'run `basesync migrate` on the state database first' },
  );
}

/** Refuses before any change when a privilege is missing; returns the server facts otherwise. */
async function checkPrivileges(db: Queryable, spec: CaptureSpec): Promise<ServerFacts> {
  const facts = await readServerFacts(db);
  const missing = missingCapturePrivileges(
    facts,
    { schema: spec.schema, table: spec.table },
    { schema: spec.outboxSchema, table: spec.outboxTable },
  );
  const [first] = missing;
  if (first === undefined) return facts;
  throw new BasesyncError(
    'MYSQL_PRIVILEGE_MISSING',
    `MySQL user ${facts.currentUser} cannot install capture on ${spec.schema}.${spec.table}: missing ${missing
      .map((m) => m.need)
      .join('; ')}`,
    { field: first.need.split(' ')[0] ?? 'privilege', fix: missing.map((m) => m.fix).join('\n') },
  );
}

/**
 * Creates (or brings up to date) the capture triggers of one table, after checking the key and
 * the privileges, so nothing is created when something is missing. Running it again is a no-op.
 * @throws BasesyncError MYSQL_TABLE_NOT_FOUND (table or outbox), MAPPING_TABLE_WITHOUT_PRIMARY_KEY,
 *   MAPPING_TABLE_RESERVED, MYSQL_PRIVILEGE_MISSING
 */
export async function installCapture(db: Queryable, request: CaptureRequest): Promise<CaptureReport> {
  const catalog = await introspectSchema(db, request.schema);
  const table = resolveTable(catalog, request.table);
  const spec = specFor(table, request.outboxSchema ?? catalog.schema);
  await assertOutboxExists(db, spec.outboxSchema);
  // MariaDB swaps a trigger atomically; MySQL has no CREATE OR REPLACE TRIGGER, so DROP + CREATE.
  const canReplace = (await checkPrivileges(db, spec)).isMariaDb;
  const wanted = captureTriggers(spec);
  const changes: TriggerChange[] = [];
  for (const stale of table.triggers) {
    if (!stale.name.startsWith(CAPTURE_TRIGGER_PREFIX) || wanted.some((w) => w.name === stale.name)) continue;
    await db.query(dropTriggerSql(spec.schema, stale.name));
    changes.push({ name: stale.name, action: 'dropped' });
  }
  for (const trigger of wanted) {
    const existing = table.triggers.find((t) => t.name === trigger.name);
    if (existing?.statement.trim() === trigger.body) {
      changes.push({ name: trigger.name, action: 'unchanged' });
      continue;
    }
    if (existing !== undefined && !canReplace) await db.query(dropTriggerSql(spec.schema, trigger.name));
    await db.query(createTriggerSql(spec, trigger, canReplace));
    changes.push({ name: trigger.name, action: existing === undefined ? 'created' : 'replaced' });
  }
  return { schema: spec.schema, table: spec.table, triggers: changes };
}

/**
 * Drops every capture trigger of a table (unmap). A table that no longer exists took its triggers
 * with it, so unmapping it succeeds with nothing dropped.
 * @throws BasesyncError MYSQL_IDENTIFIER_INVALID
 */
export async function removeCapture(db: Queryable, request: CaptureRequest): Promise<CaptureReport> {
  const catalog = await introspectSchema(db, request.schema);
  assertIdentifier(request.table, 'table');
  const table = catalog.tables.find((t) => t.name === request.table);
  const changes: TriggerChange[] = [];
  for (const trigger of table?.triggers ?? []) {
    if (!trigger.name.startsWith(CAPTURE_TRIGGER_PREFIX)) continue;
    await db.query(dropTriggerSql(catalog.schema, trigger.name));
    changes.push({ name: trigger.name, action: 'dropped' });
  }
  return { schema: catalog.schema, table: request.table, triggers: changes };
}
