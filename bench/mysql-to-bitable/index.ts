// MySQL → Bitable through the outbox worker, emulator latency 0. P1: commit→visible lag at an
// open-loop 200 changes/s, seen by an observer polling the emulator's records. API calls per
// 1,000 changed rows: at that trickle, and for a burst of 1,000 committed inserts.
import { startEmulator, type EmulatorHandle } from '@basesync/feishu-emulator';
import { BitableClient } from '@basesync/feishu';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import type { Bench } from '../support/report.js';
import { quantile } from '../support/stats.js';
import { createLogger, installCapture, migrateState, OutboxWorker } from '../../apps/server/src/index.js';

const RATE_PER_S = 200;
const ROWS = 200;
const BURST = 1000;

type Setup = {
  db: TestDatabase;
  emu: EmulatorHandle;
  appToken: string;
  tableId: string;
  worker: OutboxWorker;
};

async function setUp(): Promise<Setup> {
  const db = await createTestDatabase('bench mysql to bitable');
  await migrateState(db.pool);
  await db.pool.query(
    'CREATE TABLE items (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NULL, qty INT NULL)',
  );
  await installCapture(db.pool, { table: 'items' });
  const emu = await startEmulator({ port: 0, appId: `cli_bench_${String(Date.now())}` });
  const base = emu.admin.createBase('Bench');
  const table = emu.admin.createTable(base.appToken, 'Items', [
    { field_name: 'Id', type: 2 },
    { field_name: 'Name', type: 1 },
    { field_name: 'Qty', type: 2 },
  ]);
  const fid = (n: string) => table.fields.find((f) => f.name === n)?.fieldId ?? '';
  const fieldMap = [
    { fieldId: fid('Id'), fieldName: 'Id', fieldType: 2, column: 'id', columnType: 'int(11)' },
    { fieldId: fid('Name'), fieldName: 'Name', fieldType: 1, column: 'name', columnType: 'varchar(50)' },
    { fieldId: fid('Qty'), fieldName: 'Qty', fieldType: 2, column: 'qty', columnType: 'int(11)' },
  ];
  await db.pool.query(
    `INSERT INTO basesync_mappings (name, app_token, table_id, mysql_schema, mysql_table, key_columns, field_map, direction)
     VALUES ('items', ?, ?, DATABASE(), 'items', '["id"]', ?, 'mysql_to_bitable')`,
    [base.appToken, table.tableId, JSON.stringify(fieldMap)],
  );
  const client = new BitableClient({ appId: emu.appId, appSecret: emu.appSecret, domain: emu.url });
  const log = createLogger({ level: 'error', write: () => undefined });
  const worker = new OutboxWorker({ pool: db.pool, client, log });
  return { db, emu, appToken: base.appToken, tableId: table.tableId, worker };
}

function apiCalls(emu: EmulatorHandle): number {
  let n = 0;
  for (const [endpoint, s] of Object.entries(emu.admin.stats().calls))
    if (endpoint.startsWith('records.')) n += s.total;
  return n;
}

async function recordIds(s: Setup): Promise<Map<number, string>> {
  type LinkRow = { row_key: string; record_id: string };
  const [rows] = (await s.db.pool.query('SELECT row_key, record_id FROM basesync_links')) as unknown as [
    LinkRow[],
  ];
  return new Map(rows.map((r) => [Number((JSON.parse(r.row_key) as { id: string }).id), r.record_id]));
}

/** Open-loop updates at RATE_PER_S; the observer polls every 1 ms for each pending change. */
async function measureLag(s: Setup, seconds: number, ids: Map<number, string>) {
  const lags: number[] = [];
  const pending = new Map<number, { id: number; committedAt: number }>();
  const observer = setInterval(() => {
    for (const [seq, p] of pending) {
      const rec = s.emu.admin.getRecord(s.appToken, s.tableId, ids.get(p.id) ?? '');
      const qty = rec?.fields['Qty'];
      if (typeof qty === 'number' && qty >= seq) {
        lags.push(performance.now() - p.committedAt);
        pending.delete(seq);
      }
    }
  }, 1);
  const total = seconds * RATE_PER_S;
  const start = performance.now();
  const writes: Promise<void>[] = [];
  for (let seq = 1; seq <= total; seq++) {
    const due = start + (seq * 1000) / RATE_PER_S;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = seq % ROWS;
    writes.push(
      s.db.pool.query('UPDATE items SET qty = ? WHERE id = ?', [seq, id]).then(() => {
        pending.set(seq, { id, committedAt: performance.now() });
      }),
    );
  }
  await Promise.all(writes);
  const deadline = performance.now() + 10_000;
  while (pending.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  clearInterval(observer);
  return { lags, lost: pending.size, total };
}

const bench: Bench = async ({ quick }) => {
  const s = await setUp();
  try {
    s.worker.start();
    await s.db.pool.query('INSERT INTO items (id, name, qty) VALUES ?', [
      Array.from({ length: ROWS }, (_, i) => [i, `item ${String(i)}`, 0]),
    ]);
    const ids = new Map<number, string>();
    while (ids.size < ROWS) {
      await new Promise((r) => setTimeout(r, 20));
      for (const [k, v] of await recordIds(s)) ids.set(k, v);
    }
    const before = apiCalls(s.emu);
    const { lags, lost, total } = await measureLag(s, quick ? 5 : 20, ids);
    const trickleCalls = ((apiCalls(s.emu) - before) / total) * 1000;
    await s.worker.stop();
    const burstBefore = apiCalls(s.emu);
    await s.db.pool.query('INSERT INTO items (id, name, qty) VALUES ?', [
      Array.from({ length: BURST }, (_, i) => [ROWS + i, `burst ${String(i)}`, i]),
    ]);
    const burst = new OutboxWorker({
      pool: s.db.pool,
      client: new BitableClient({ appId: s.emu.appId, appSecret: s.emu.appSecret, domain: s.emu.url }),
      log: createLogger({ level: 'error', write: () => undefined }),
    });
    const signal = new AbortController().signal;
    while ((await burst.runOnce(signal)) === 'worked');
    const burstCalls = ((apiCalls(s.emu) - burstBefore) / BURST) * 1000;
    const p50 = quantile(lags, 0.5);
    const p99 = quantile(lags, 0.99);
    return {
      rows: [
        { figure: 'P1 commit→visible lag p50 @200/s', value: p50, unit: 'ms', goal: '<= 25', met: p50 <= 25 },
        {
          figure: 'P1 commit→visible lag p99 @200/s',
          value: p99,
          unit: 'ms',
          goal: '<= 100',
          met: p99 <= 100,
        },
        { figure: 'changes never seen', value: lost, goal: '0', met: lost === 0 },
        {
          figure: 'API calls / 1,000 rows, trickle 200/s',
          value: trickleCalls,
          goal: '<= 3',
          met: trickleCalls <= 3,
        },
        {
          figure: 'API calls / 1,000 rows, burst of 1,000 inserts',
          value: burstCalls,
          goal: '<= 3',
          met: burstCalls <= 3,
        },
      ],
      figures: {
        changes: total,
        lag_p50_ms: p50,
        lag_p99_ms: p99,
        lost,
        calls_per_1000_trickle: trickleCalls,
        calls_per_1000_burst: burstCalls,
      },
    };
  } finally {
    await s.worker.stop();
    await s.emu.close();
    await s.db.drop();
  }
};

export default bench;
