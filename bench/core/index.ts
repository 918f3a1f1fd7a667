// pnpm bench core [--quick]: encode + hash throughput of a 10-column row, and merges per second.
import { performance } from 'node:perf_hooks';
import {
  createFieldCodec,
  hashRow,
  mergeRecord,
  parseColumnType,
  type BitableField,
  type Cell,
  type FieldCodec,
  type MergeInput,
} from '@basesync/core';
import type { Bench, BenchRow } from '../support/report.js';

const ROWS_GOAL_PER_S = 200_000;

const COLUMNS: [BitableField, string, string, unknown][] = [
  [{ name: 'id', type: 2 }, 'id', 'bigint unsigned', '1234567'],
  [{ name: 'title', type: 1 }, 'title', 'varchar(255)', 'Quarterly report for the east region'],
  [{ name: 'amount', type: 2 }, 'amount', 'decimal(12,2)', '10234.50'],
  [{ name: 'qty', type: 2 }, 'qty', 'int', 42],
  [{ name: 'status', type: 3 }, 'status', "enum('open','done','late')", 'open'],
  [{ name: 'tags', type: 4 }, 'tags', 'varchar(255)', 'red,green'],
  [{ name: 'due', type: 5 }, 'due', 'datetime(3)', '2026-03-01 20:15:00.250'],
  [{ name: 'done', type: 7 }, 'done', 'tinyint(1)', 1],
  [{ name: 'owner', type: 11 }, 'owner', 'varchar(255)', 'ou_0123456789abcdef0123456789abcdef'],
  [{ name: 'site', type: 15 }, 'site', 'varchar(255)', 'https://example.com/a'],
];

function codecs(): FieldCodec[] {
  return COLUMNS.map(([field, columnName, type]) =>
    createFieldCodec({ field, columnName, column: parseColumnType(type), direction: 'two-way' }),
  );
}

/** MySQL row → canonical cells → Bitable write values, plus the row hash. */
function encodeAndHash(all: FieldCodec[], row: readonly unknown[]): string {
  const cells: Record<string, Cell> = {};
  const fields: Record<string, unknown> = {};
  for (let i = 0; i < all.length; i++) {
    const codec = all[i];
    if (!codec) continue;
    const cell = codec.fromMysql(row[i]);
    cells[codec.spec.columnName] = cell;
    fields[codec.spec.field.name] = codec.toBitable(cell);
  }
  return hashRow(cells);
}

const ROUNDS = 5;

/** Best of ROUNDS timed rounds after a warm-up: the machine's 2 cores are shared, so slow rounds are noise. */
function perSecond(iterations: number, run: (i: number) => void): number {
  for (let i = 0; i < Math.min(iterations, 5_000); i++) run(i);
  const perRound = Math.ceil(iterations / ROUNDS);
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) run(i);
    best = Math.max(best, perRound / ((performance.now() - start) / 1000));
  }
  return Math.round(best);
}

function mergeInput(i: number): MergeInput {
  const t = (text: string): Cell => ({ kind: 'text', text });
  const fields = COLUMNS.map(([, name]) => name);
  const base = Object.fromEntries(fields.map((f) => [f, t(`v${f}`)]));
  return {
    fields,
    base,
    mysql: { ...base, title: t(`m${i}`) },
    bitable: { ...base, amount: t(`b${i}`), title: i % 4 === 0 ? t(`b${i}`) : t(`m${i}`) },
    policy: { policy: 'last-write-wins' },
    times: { mysqlMs: i, bitableMs: i + 1 },
  };
}

const bench: Bench = async ({ quick }) => {
  const all = codecs();
  const rows = COLUMNS.map((c) => c[3]);
  const n = quick ? 100_000 : 1_000_000;
  const rowsPerS = perSecond(n, (i) => {
    rows[3] = i;
    encodeAndHash(all, rows);
  });
  const inputs = Array.from({ length: 1_000 }, (_, i) => mergeInput(i));
  const mergesPerS = perSecond(n, (i) => mergeRecord(inputs[i % inputs.length] as MergeInput));
  const table: BenchRow[] = [
    {
      figure: 'encode + hash, 10-column row',
      value: rowsPerS,
      unit: 'rows/s',
      goal: `≥ ${ROWS_GOAL_PER_S.toLocaleString('en-US')}`,
      met: rowsPerS >= ROWS_GOAL_PER_S,
    },
    { figure: 'three-way merge, 10 fields', value: mergesPerS, unit: 'merges/s' },
  ];
  return Promise.resolve({
    rows: table,
    figures: { rowsPerS, mergesPerS, rowsGoalPerS: ROWS_GOAL_PER_S, iterations: n, rounds: ROUNDS },
  });
};

export default bench;
