import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { ForeignKeyInfo, ForeignKeyRule, KeyInfo } from './catalog.js';

type KeyRow = RowDataPacket & { tableName: string; keyName: string; columnName: string };

/** Primary and unique keys of every table in `schema`, by table. */
export async function readUniqueKeys(db: Queryable, schema: string): Promise<Map<string, KeyInfo[]>> {
  const [rows] = await db.query<KeyRow[]>(
    `SELECT TABLE_NAME AS tableName, INDEX_NAME AS keyName, COLUMN_NAME AS columnName
       FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 0
      ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    [schema],
  );
  const byTable = new Map<string, KeyInfo[]>();
  for (const r of rows) {
    const keys = byTable.get(r.tableName) ?? [];
    let key = keys.find((k) => k.name === r.keyName);
    if (key === undefined) {
      key = { name: r.keyName, primary: r.keyName === 'PRIMARY', columns: [] };
      keys.push(key);
    }
    (key.columns as string[]).push(r.columnName);
    byTable.set(r.tableName, keys);
  }
  return byTable;
}

type ForeignKeyRow = RowDataPacket & {
  tableName: string;
  name: string;
  columnName: string;
  refSchema: string;
  refTable: string;
  refColumn: string;
  onDelete: ForeignKeyRule;
  onUpdate: ForeignKeyRule;
};

/** Foreign keys declared by tables of `schema`, with their ON DELETE / ON UPDATE rules, by table. */
export async function readForeignKeys(db: Queryable, schema: string): Promise<Map<string, ForeignKeyInfo[]>> {
  const [rows] = await db.query<ForeignKeyRow[]>(
    `SELECT k.TABLE_NAME AS tableName, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS columnName,
            k.REFERENCED_TABLE_SCHEMA AS refSchema, k.REFERENCED_TABLE_NAME AS refTable,
            k.REFERENCED_COLUMN_NAME AS refColumn, r.DELETE_RULE AS onDelete, r.UPDATE_RULE AS onUpdate
       FROM information_schema.KEY_COLUMN_USAGE k
       JOIN information_schema.REFERENTIAL_CONSTRAINTS r
         ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
        AND r.TABLE_NAME = k.TABLE_NAME
      WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
      ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    [schema],
  );
  const byTable = new Map<string, ForeignKeyInfo[]>();
  for (const r of rows) {
    const fks = byTable.get(r.tableName) ?? [];
    let fk = fks.find((f) => f.name === r.name);
    if (fk === undefined) {
      fk = {
        name: r.name,
        columns: [],
        referencedSchema: r.refSchema,
        referencedTable: r.refTable,
        referencedColumns: [],
        onDelete: r.onDelete,
        onUpdate: r.onUpdate,
      };
      fks.push(fk);
    }
    (fk.columns as string[]).push(r.columnName);
    (fk.referencedColumns as string[]).push(r.refColumn);
    byTable.set(r.tableName, fks);
  }
  return byTable;
}
