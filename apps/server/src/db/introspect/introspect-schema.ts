import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { SchemaCatalog, TableInfo } from './catalog.js';
import { readColumns } from './read-columns.js';
import { readForeignKeys, readUniqueKeys } from './read-keys.js';
import { readTriggers } from './read-triggers.js';

type TableRow = RowDataPacket & {
  name: string;
  engine: string | null;
  comment: string;
  collation: string | null;
  estimatedRows: number | string | null;
};

/** The database the connection's URL selects. */
export async function currentSchema(db: Queryable): Promise<string> {
  const [rows] = await db.query<(RowDataPacket & { name: string | null })[]>('SELECT DATABASE() AS name');
  const name = rows[0]?.name;
  if (name == null) throw new Error('the MySQL connection has no database selected');
  return name;
}

/** Reads every base table of `schema` (default: the connection's database) from information_schema. */
export async function introspectSchema(db: Queryable, schema?: string): Promise<SchemaCatalog> {
  const name = schema ?? (await currentSchema(db));
  const [tableRows] = await db.query<TableRow[]>(
    `SELECT TABLE_NAME AS name, ENGINE AS engine, TABLE_COMMENT AS comment,
            TABLE_COLLATION AS collation, TABLE_ROWS AS estimatedRows
       FROM information_schema.TABLES
      WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'
      ORDER BY TABLE_NAME`,
    [name],
  );
  const [columns, keys, foreignKeys, triggers] = await Promise.all([
    readColumns(db, name),
    readUniqueKeys(db, name),
    readForeignKeys(db, name),
    readTriggers(db, name),
  ]);
  const tables = tableRows.map((t): TableInfo => {
    const tableKeys = keys.get(t.name) ?? [];
    return {
      schema: name,
      name: t.name,
      engine: t.engine,
      comment: t.comment,
      collation: t.collation,
      estimatedRows: Number(t.estimatedRows ?? 0),
      columns: columns.get(t.name) ?? [],
      primaryKey: tableKeys.find((k) => k.primary)?.columns,
      uniqueKeys: tableKeys.filter((k) => !k.primary),
      foreignKeys: foreignKeys.get(t.name) ?? [],
      triggers: triggers.get(t.name) ?? [],
    };
  });
  return { schema: name, tables };
}
