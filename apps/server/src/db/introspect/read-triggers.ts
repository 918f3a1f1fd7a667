import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { TriggerInfo } from './catalog.js';

type TriggerRow = RowDataPacket & {
  name: string;
  table: string;
  timing: TriggerInfo['timing'];
  event: TriggerInfo['event'];
  statement: string;
  definer: string;
};

/** Triggers of every table in `schema`, by table. */
export async function readTriggers(db: Queryable, schema: string): Promise<Map<string, TriggerInfo[]>> {
  const [rows] = await db.query<TriggerRow[]>(
    `SELECT TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS \`table\`, ACTION_TIMING AS timing,
            EVENT_MANIPULATION AS event, ACTION_STATEMENT AS statement, DEFINER AS definer
       FROM information_schema.TRIGGERS
      WHERE TRIGGER_SCHEMA = ?
      ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER, TRIGGER_NAME`,
    [schema],
  );
  const byTable = new Map<string, TriggerInfo[]>();
  for (const r of rows) {
    const list = byTable.get(r.table) ?? [];
    list.push({ ...r });
    byTable.set(r.table, list);
  }
  return byTable;
}
