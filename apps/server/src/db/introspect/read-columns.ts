import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { ColumnInfo } from './catalog.js';

type ColumnRow = RowDataPacket & {
  tableName: string;
  name: string;
  dataType: string;
  columnType: string;
  nullable: 'YES' | 'NO';
  defaultValue: string | null;
  comment: string;
  charset: string | null;
  extra: string;
  generated: string | null;
};

/** MariaDB prints "no default" on a nullable column as the bare word NULL (quoted literals differ). */
function normaliseDefault(value: string | null): string | null {
  return value === null || value === 'NULL' ? null : value;
}

/** Columns of every base table in `schema`, by table, in ordinal order. */
export async function readColumns(db: Queryable, schema: string): Promise<Map<string, ColumnInfo[]>> {
  const [rows] = await db.query<ColumnRow[]>(
    `SELECT c.TABLE_NAME AS tableName, c.COLUMN_NAME AS name, c.DATA_TYPE AS dataType,
            c.COLUMN_TYPE AS columnType, c.IS_NULLABLE AS nullable, c.COLUMN_DEFAULT AS defaultValue,
            c.COLUMN_COMMENT AS comment, c.CHARACTER_SET_NAME AS charset, c.EXTRA AS extra,
            c.IS_GENERATED AS generated
       FROM information_schema.COLUMNS c
       JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
      WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'
      ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`,
    [schema],
  );
  const byTable = new Map<string, ColumnInfo[]>();
  for (const r of rows) {
    const list = byTable.get(r.tableName) ?? [];
    list.push({
      name: r.name,
      dataType: r.dataType.toLowerCase(),
      columnType: r.columnType,
      nullable: r.nullable === 'YES',
      defaultValue: normaliseDefault(r.defaultValue),
      comment: r.comment,
      charset: r.charset,
      autoIncrement: /\bauto_increment\b/i.test(r.extra),
      generated: r.generated === 'ALWAYS',
    });
    byTable.set(r.tableName, list);
  }
  return byTable;
}
