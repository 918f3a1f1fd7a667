/** One column as information_schema describes it. */
export type ColumnInfo = {
  readonly name: string;
  /** e.g. `int`, `varchar`, `enum`. */
  readonly dataType: string;
  /** The full type, e.g. `int(10) unsigned`, `enum('a','b')`, `varchar(64)`. */
  readonly columnType: string;
  readonly nullable: boolean;
  /** The default as MariaDB prints it (string literals quoted); null when there is none. */
  readonly defaultValue: string | null;
  readonly comment: string;
  readonly charset: string | null;
  readonly autoIncrement: boolean;
  /** True for VIRTUAL/STORED generated columns, which cannot be written. */
  readonly generated: boolean;
};

/** A primary or unique key, columns in key order. */
export type KeyInfo = {
  readonly name: string;
  readonly primary: boolean;
  readonly columns: readonly string[];
};

/** ON DELETE / ON UPDATE rule of a foreign key. */
export type ForeignKeyRule = 'CASCADE' | 'SET NULL' | 'SET DEFAULT' | 'RESTRICT' | 'NO ACTION';

export type ForeignKeyInfo = {
  readonly name: string;
  readonly columns: readonly string[];
  readonly referencedSchema: string;
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
  readonly onDelete: ForeignKeyRule;
  readonly onUpdate: ForeignKeyRule;
};

export type TriggerInfo = {
  readonly name: string;
  readonly table: string;
  readonly timing: 'BEFORE' | 'AFTER';
  readonly event: 'INSERT' | 'UPDATE' | 'DELETE';
  readonly statement: string;
  readonly definer: string;
};

export type TableInfo = {
  readonly schema: string;
  readonly name: string;
  readonly engine: string | null;
  readonly comment: string;
  readonly collation: string | null;
  /** InnoDB's estimate, not a count. */
  readonly estimatedRows: number;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: readonly string[] | undefined;
  readonly uniqueKeys: readonly KeyInfo[];
  readonly foreignKeys: readonly ForeignKeyInfo[];
  readonly triggers: readonly TriggerInfo[];
};

/** Every base table of one schema, as basesync sees it. */
export type SchemaCatalog = { readonly schema: string; readonly tables: readonly TableInfo[] };
