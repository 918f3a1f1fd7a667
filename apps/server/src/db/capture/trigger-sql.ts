import { createHash } from 'node:crypto';
import { MAX_IDENTIFIER_LENGTH, quoteIdentifier, quoteQualified } from '../identifiers.js';
import type { ColumnInfo } from '../introspect/catalog.js';
import { ORIGIN_VARIABLE } from './origin.js';
import { sqlStringLiteral } from './sql-literal.js';

/** Every capture trigger's name starts with this, so stale ones can be found and dropped. */
export const CAPTURE_TRIGGER_PREFIX = 'basesync_capture_';

export const CaptureEvent = { insert: 'INSERT', update: 'UPDATE', delete: 'DELETE' } as const;
export type CaptureEvent = (typeof CaptureEvent)[keyof typeof CaptureEvent];

/** What the templates need: a table found by introspection, its key, and where the outbox is. */
export type CaptureSpec = {
  readonly schema: string;
  readonly table: string;
  /** The primary key columns, in key order. */
  readonly keyColumns: readonly ColumnInfo[];
  readonly outboxSchema: string;
  readonly outboxTable: string;
};

export type TriggerDefinition = {
  readonly name: string;
  readonly event: CaptureEvent;
  readonly body: string;
};

/** `basesync_capture_<ins|upd|del>_<table, shortened>_<hash of the exact name>`, at most 64 chars. */
export function captureTriggerName(table: string, event: CaptureEvent): string {
  const hash = createHash('sha256').update(table, 'utf8').digest('hex').slice(0, 8);
  const head = `${CAPTURE_TRIGGER_PREFIX}${event.slice(0, 3).toLowerCase()}_`;
  const room = MAX_IDENTIFIER_LENGTH - head.length - hash.length - 1;
  const slug = table.replace(/[^A-Za-z0-9_]/g, '_').slice(0, room);
  return `${head}${slug}_${hash}`;
}

// JSON numbers lose digits past 2^53 in JavaScript and binary bytes are not text: such key
// columns travel as strings (decimal digits, or hex for binary), other types as MySQL renders them.
function keyValue(column: ColumnInfo, row: 'NEW' | 'OLD'): string {
  const ref = `${row}.${quoteIdentifier(column.name, 'column')}`;
  if (['bigint', 'decimal'].includes(column.dataType)) return `CAST(${ref} AS CHAR)`;
  if (['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob'].includes(column.dataType)) {
    return `HEX(${ref})`;
  }
  return ref;
}

function rowKeyJson(spec: CaptureSpec, row: 'NEW' | 'OLD'): string {
  const pairs = spec.keyColumns.map((c) => `${sqlStringLiteral(c.name)}, ${keyValue(c, row)}`);
  return `JSON_OBJECT(${pairs.join(', ')})`;
}

function outboxRow(spec: CaptureSpec, row: 'NEW' | 'OLD', op: 'insert' | 'update' | 'delete'): string {
  const source = `${sqlStringLiteral(spec.schema)}, ${sqlStringLiteral(spec.table)}`;
  return `(${source}, ${rowKeyJson(spec, row)}, '${op}', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))`;
}

function insertInto(spec: CaptureSpec, rows: string[], indent: string): string {
  const target = quoteQualified(spec.outboxSchema, spec.outboxTable);
  const columns = '(source_schema, source_table, row_key, op, enqueued_at, next_attempt_at)';
  return `INSERT INTO ${target} ${columns}\n${indent}  VALUES ${rows.join(`,\n${indent}         `)};`;
}

function keyUnchanged(spec: CaptureSpec): string {
  return spec.keyColumns
    .map((c) => {
      const q = quoteIdentifier(c.name, 'column');
      return `OLD.${q} <=> NEW.${q}`;
    })
    .join(' AND ');
}

function bodyFor(spec: CaptureSpec, event: CaptureEvent): string {
  const statement =
    event === 'INSERT'
      ? insertInto(spec, [outboxRow(spec, 'NEW', 'insert')], '    ')
      : event === 'DELETE'
        ? insertInto(spec, [outboxRow(spec, 'OLD', 'delete')], '    ')
        : [
            `IF ${keyUnchanged(spec)} THEN`,
            `      ${insertInto(spec, [outboxRow(spec, 'NEW', 'update')], '      ')}`,
            '    ELSE',
            `      ${insertInto(spec, [outboxRow(spec, 'OLD', 'delete'), outboxRow(spec, 'NEW', 'insert')], '      ')}`,
            '    END IF;',
          ].join('\n');
  return `BEGIN\n  IF ${ORIGIN_VARIABLE} IS NULL THEN\n    ${statement}\n  END IF;\nEND`;
}

/**
 * The three AFTER triggers that capture a table's changes into the outbox. A changed primary key
 * is captured as delete(old key) + insert(new key); writes on basesync's own connections are not.
 */
export function captureTriggers(spec: CaptureSpec): TriggerDefinition[] {
  return Object.values(CaptureEvent).map((event) => ({
    name: captureTriggerName(spec.table, event),
    event,
    body: bodyFor(spec, event),
  }));
}

/** The CREATE statement for one trigger; `orReplace` swaps it atomically (MariaDB only). */
export function createTriggerSql(spec: CaptureSpec, trigger: TriggerDefinition, orReplace: boolean): string {
  const name = `${quoteIdentifier(spec.schema, 'schema')}.${quoteIdentifier(trigger.name, 'trigger')}`;
  const create = orReplace ? 'CREATE OR REPLACE TRIGGER' : 'CREATE TRIGGER';
  const table = quoteQualified(spec.schema, spec.table);
  return `${create} ${name} AFTER ${trigger.event} ON ${table} FOR EACH ROW\n${trigger.body}`;
}

/** The DROP statement for one trigger by name. */
export function dropTriggerSql(schema: string, name: string): string {
  return `DROP TRIGGER IF EXISTS ${quoteIdentifier(schema, 'schema')}.${quoteIdentifier(name, 'trigger')}`;
}
