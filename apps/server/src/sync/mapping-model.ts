import type { RowDataPacket } from 'mysql2';
import type { FieldBinding, MappingState, SyncDirection } from '../db/schema/mappings.js';
import type { Queryable } from '../db/queryable.js';

/** What one row of basesync_mappings holds, as the outbox worker uses it. */
export type Mapping = {
  readonly id: number;
  readonly appToken: string;
  readonly tableId: string;
  readonly mysqlSchema: string;
  readonly mysqlTable: string;
  readonly keyColumns: readonly string[];
  readonly fieldMap: readonly FieldBinding[];
  readonly direction: SyncDirection;
  readonly state: MappingState;
};

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function mappingOf(r: RowDataPacket): Mapping {
  return {
    id: Number(r['id']),
    appToken: String(r['app_token']),
    tableId: String(r['table_id']),
    mysqlSchema: String(r['mysql_schema']),
    mysqlTable: String(r['mysql_table']),
    keyColumns: parseJson(r['key_columns']) as string[],
    fieldMap: parseJson(r['field_map']) as FieldBinding[],
    direction: String(r['direction']) as SyncDirection,
    state: String(r['state']) as MappingState,
  };
}

/** Mappings (any state) that push a MySQL table's changes to Bitable. */
export async function mappingsFeeding(db: Queryable, schema: string, table: string): Promise<Mapping[]> {
  const [rows] = await db.query<RowDataPacket[]>(
    `SELECT * FROM basesync_mappings WHERE mysql_schema = ? AND mysql_table = ?
       AND direction IN ('both', 'mysql_to_bitable') ORDER BY id`,
    [schema, table],
  );
  return rows.map(mappingOf);
}

/** Pauses a mapping with a stable code and a message for people (e.g. the delete brake). */
export async function pauseMapping(
  db: Queryable,
  mappingId: number,
  reason: { code: string; message: string },
): Promise<void> {
  await db.query(
    `UPDATE basesync_mappings SET state = 'paused', pause_reason = ?, paused_at = UTC_TIMESTAMP(3),
       updated_at = UTC_TIMESTAMP(3) WHERE id = ?`,
    [JSON.stringify(reason), mappingId],
  );
}

/** Reads one mapping by id (state included), or undefined. */
export async function readMapping(db: Queryable, id: number): Promise<Mapping | undefined> {
  const [rows] = await db.query<RowDataPacket[]>('SELECT * FROM basesync_mappings WHERE id = ?', [id]);
  const row = rows[0];
  return row ? mappingOf(row) : undefined;
}
