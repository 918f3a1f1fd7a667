import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { BitableClient } from '@basesync/feishu';
import type { TestDatabase } from '@basesync/test-support';
import type { RowDataPacket } from 'mysql2';
import { createMigratedDatabase } from '../server/migrated-database.js';
import { startTestEmulator } from '../support/index.js';
import {
  createLogger,
  installCapture,
  OutboxWorker,
  type OutboxWorkerOptions,
} from '../server/server-under-test.js';

/** MySQL `products` mapped to a Bitable table of six fields of different types. */
export type Rig = {
  db: TestDatabase;
  emu: EmulatorHandle;
  client: BitableClient;
  appToken: string;
  tableId: string;
  mappingId: number;
  worker(options?: Partial<OutboxWorkerOptions>): OutboxWorker;
  drain(worker: OutboxWorker): Promise<void>;
  records(): Record<string, Record<string, unknown>>;
  outbox(): Promise<RowDataPacket[]>;
  close(): Promise<void>;
};

const COLUMNS = [
  ['sku', 'varchar(32)', 'Key', 1],
  ['name', 'varchar(100)', 'Name', 1],
  ['qty', 'int(11)', 'Qty', 2],
  ['price', 'decimal(10,2)', 'Price', 2],
  ['active', 'tinyint(1)', 'Active', 7],
  ['released', 'date', 'Released', 5],
] as const;

export async function createRig(label: string): Promise<Rig> {
  const db = await createMigratedDatabase(label);
  await db.pool.query(`CREATE TABLE products (sku VARCHAR(32) NOT NULL PRIMARY KEY, name VARCHAR(100) NULL,
    qty INT NULL, price DECIMAL(10,2) NULL, active TINYINT(1) NULL, released DATE NULL)`);
  await installCapture(db.pool, { table: 'products' });
  const emu = await startTestEmulator();
  const base = emu.admin.createBase('Shop');
  const table = emu.admin.createTable(
    base.appToken,
    'Products',
    COLUMNS.map(([, , name, type]) => ({ field_name: name, type })),
  );
  const fieldMap = COLUMNS.map(([column, columnType, name, type]) => ({
    fieldId: table.fields.find((f) => f.name === name)?.fieldId ?? '',
    fieldName: name,
    fieldType: type,
    column,
    columnType,
  }));
  const [schemaRows] = await db.pool.query<RowDataPacket[]>('SELECT DATABASE() AS s');
  const [res] = await db.pool.query<{ insertId: number } & RowDataPacket[]>(
    `INSERT INTO basesync_mappings (name, app_token, table_id, mysql_schema, mysql_table, key_columns, field_map, direction)
     VALUES ('products', ?, ?, ?, 'products', '["sku"]', ?, 'mysql_to_bitable')`,
    [base.appToken, table.tableId, String(schemaRows[0]?.['s']), JSON.stringify(fieldMap)],
  );
  const client = new BitableClient({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    backoff: { baseMs: 20, capMs: 200 },
  });
  const log = createLogger({ level: 'error', write: () => undefined });
  return {
    db,
    emu,
    client,
    appToken: base.appToken,
    tableId: table.tableId,
    mappingId: res.insertId,
    worker: (options = {}) =>
      new OutboxWorker({
        pool: db.pool,
        client,
        log,
        options: { retryBaseMs: 1, retryCapMs: 1, ...options },
      }),
    async drain(worker) {
      const signal = new AbortController().signal;
      for (let i = 0; i < 50; i++) if ((await worker.runOnce(signal)) === 'idle') return;
      throw new Error('outbox did not drain in 50 batches');
    },
    records() {
      const out: Record<string, Record<string, unknown>> = {};
      for (const r of emu.admin.listRecords(base.appToken, table.tableId))
        out[textOf(r.fields['Key'])] = r.fields;
      return out;
    },
    async outbox() {
      const [rows] = await db.pool.query<RowDataPacket[]>('SELECT * FROM basesync_outbox ORDER BY id');
      return rows;
    },
    async close() {
      await emu.close();
      await db.drop();
    },
  };
}

/** The plain text of a text cell in read shape. */
export function textOf(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (!Array.isArray(cell)) return '';
  return cell.map((s: { text?: string }) => s.text ?? '').join('');
}

/** Waits for a condition, polling every few ms, failing after `deadlineMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, deadlineMs = 5_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
