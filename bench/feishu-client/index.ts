// Batch-create throughput of the BitableClient against the emulator with its real limits
// (50/s writes, one write in flight per table) and 50 ms injected latency, as a ratio of the
// ceiling those limits allow, measured in the same run.
import { BitableClient } from '@basesync/feishu';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import type { Bench } from '../support/report.js';
import { bareRoundTripSeconds, createTable, timeClient } from './workload.js';

const LATENCY_MS = 50;
const BATCH = 500;
const WRITE_RATE_PER_S = 50;

const bench: Bench = async ({ quick }) => {
  const emu = await startTestEmulator({ seed: 1 });
  try {
    emu.admin.setFaults({ latency: { fixedMs: LATENCY_MS, jitterMs: 0 } });
    const n = quick ? 10_000 : 50_000;
    const tables = quick ? 2 : 4;

    // Ceiling for one table: one write in flight, each taking a bare round trip.
    const bareTable = createTable(emu, 'bare');
    const rtt = await bareRoundTripSeconds(createEmulatorClient(emu), bareTable, BATCH, quick ? 5 : 11);
    const oneTableCeiling = Math.min(WRITE_RATE_PER_S, 1 / rtt) * BATCH;

    const client = new BitableClient({ appId: emu.appId, appSecret: emu.appSecret, domain: emu.url });
    const single = createTable(emu, 'single');
    const singleSeconds = await timeClient(client, single, n, BATCH, 's');
    const singleRate = n / singleSeconds;
    const calls = client.meter.total();

    // Several tables at once: bound by the app-wide 50/s write tier or by each table's serialisation.
    const many = Array.from({ length: tables }, (_, i) => createTable(emu, `t${i}`));
    const manyCeiling = Math.min(WRITE_RATE_PER_S, tables / rtt) * BATCH;
    const perTable = Math.floor(n / tables);
    const t0 = performance.now();
    await Promise.all(many.map((t, i) => timeClient(client, t, perTable, BATCH, `m${i}-`)));
    const manyRate = (perTable * tables) / ((performance.now() - t0) / 1000);
    const rateLimited = emu.admin.stats().rateLimited;

    const ratio = singleRate / oneTableCeiling;
    const manyRatio = manyRate / manyCeiling;
    const callsPer1000 = (calls / n) * 1000;
    return {
      rows: [
        { figure: 'bare batch_create round trip (500 records)', value: rtt * 1000, unit: 'ms' },
        { figure: 'one table: ceiling', value: Math.round(oneTableCeiling), unit: 'records/s' },
        { figure: 'one table: client throughput', value: Math.round(singleRate), unit: 'records/s' },
        { figure: 'one table: throughput / ceiling', value: ratio, goal: '>= 0.9', met: ratio >= 0.9 },
        { figure: 'API calls per 1,000 records', value: callsPer1000, unit: 'calls' },
        { figure: `${tables} tables: ceiling`, value: Math.round(manyCeiling), unit: 'records/s' },
        { figure: `${tables} tables: client throughput`, value: Math.round(manyRate), unit: 'records/s' },
        { figure: `${tables} tables: throughput / ceiling`, value: manyRatio },
        { figure: '429s answered by the emulator', value: rateLimited, goal: '0', met: rateLimited === 0 },
      ],
      figures: {
        records: n,
        batch: BATCH,
        latencyMs: LATENCY_MS,
        bareRoundTripMs: rtt * 1000,
        oneTableCeiling,
        oneTableRecordsPerS: singleRate,
        oneTableRatio: ratio,
        callsPer1000Records: callsPer1000,
        tables,
        manyTablesCeiling: manyCeiling,
        manyTablesRecordsPerS: manyRate,
        manyTablesRatio: manyRatio,
        emulator429s: rateLimited,
      },
    };
  } finally {
    await emu.close();
  }
};

export default bench;
