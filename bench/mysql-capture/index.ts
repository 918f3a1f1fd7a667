// MySQL write throughput on a captured table (capture triggers installed) against an identical
// plain table, measured in the same run and interleaved round by round. Goal: ratio >= 0.75.
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import type { Bench, BenchRow } from '../support/report.js';
import { quantile } from '../support/stats.js';
import { installCapture, migrateState } from '../../apps/server/src/index.js';

const WRITERS = 4;
const GOAL_RATIO = 0.75;

type Workload = 'single-row' | 'batch-100';

const TABLE_DDL = (name: string) =>
  `CREATE TABLE ${name} (shop_id INT NOT NULL, order_no INT NOT NULL, sku VARCHAR(32) NOT NULL,
   qty INT NOT NULL, note VARCHAR(200) NULL, PRIMARY KEY (shop_id, order_no))`;

/** Each writer inserts, updates and deletes its own rows: one statement per row, or 100 per statement. */
async function runWriter(db: TestDatabase, table: string, writer: number, rows: number, workload: Workload) {
  const conn = await db.pool.getConnection();
  try {
    // Writers own disjoint keys; READ COMMITTED spares them the gap-lock deadlocks that REPEATABLE
    // READ brings to neighbouring key ranges. Same setting for both tables, so the ratio holds.
    await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
    const step = workload === 'single-row' ? 1 : 100;
    for (let start = 0; start < rows; start += step) {
      const ids = Array.from({ length: Math.min(step, rows - start) }, (_, i) => start + i);
      const values = ids.map((id) => [writer, id, `SKU-${id}`, id % 7, null]);
      await conn.query(`INSERT INTO ${table} VALUES ?`, [values]);
      await conn.query(
        `UPDATE ${table} SET qty = qty + 1, note = 'changed' WHERE shop_id = ? AND order_no IN (?)`,
        [writer, ids],
      );
      await conn.query(`DELETE FROM ${table} WHERE shop_id = ? AND order_no IN (?)`, [writer, ids]);
    }
  } finally {
    conn.release();
  }
}

/** Row changes per second (3 per row: insert, update, delete) with WRITERS concurrent writers. */
async function measure(db: TestDatabase, table: string, rowsPerWriter: number, workload: Workload) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, (_, w) => runWriter(db, table, w, rowsPerWriter, workload)),
  );
  const seconds = (performance.now() - started) / 1000;
  return (3 * WRITERS * rowsPerWriter) / seconds;
}

async function compare(db: TestDatabase, workload: Workload, rowsPerWriter: number, rounds: number) {
  const plain: number[] = [];
  const captured: number[] = [];
  await measure(db, 'plain_orders', Math.min(200, rowsPerWriter), workload); // warm-up
  // Alternate which table goes first, so drift in a shared machine's load cancels out.
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['plain', 'captured'] : ['captured', 'plain'];
    for (const side of order) {
      const rate = await measure(db, `${side}_orders`, rowsPerWriter, workload);
      (side === 'plain' ? plain : captured).push(rate);
    }
    await db.pool.query('DELETE FROM basesync_outbox');
  }
  return { plain: quantile(plain, 0.5), captured: quantile(captured, 0.5) };
}

const bench: Bench = async ({ quick }) => {
  const db = await createTestDatabase('bench mysql capture');
  try {
    await migrateState(db.pool);
    await db.pool.query(TABLE_DDL('plain_orders'));
    await db.pool.query(TABLE_DDL('captured_orders'));
    await installCapture(db.pool, { table: 'captured_orders' });
    const rounds = quick ? 4 : 6;
    const rows: BenchRow[] = [];
    const figures: Record<string, number> = {};
    for (const [workload, perWriter] of [
      ['single-row', quick ? 250 : 1500],
      ['batch-100', quick ? 2000 : 10000],
    ] as const) {
      const { plain, captured } = await compare(db, workload, perWriter, rounds);
      const ratio = captured / plain;
      const key = workload.replace('-', '_');
      Object.assign(figures, {
        [`${key}_plain_changes_per_s`]: Math.round(plain),
        [`${key}_captured_changes_per_s`]: Math.round(captured),
        [`${key}_ratio`]: Number(ratio.toFixed(3)),
      });
      rows.push(
        { figure: `${workload}: writes/s without triggers`, value: Math.round(plain), unit: 'changes/s' },
        {
          figure: `${workload}: writes/s with capture triggers`,
          value: Math.round(captured),
          unit: 'changes/s',
        },
        {
          figure: `${workload}: with / without`,
          value: ratio,
          goal: `>= ${GOAL_RATIO}`,
          met: ratio >= GOAL_RATIO,
        },
      );
    }
    return { rows, figures: { writers: WRITERS, rounds, ...figures } };
  } finally {
    await db.drop();
  }
};

export default bench;
