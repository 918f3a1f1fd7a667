// Batch-create throughput of the BitableClient against the emulator with its real limits
// (50/s writes, one write in flight per table) and 50 ms injected latency, as a ratio of the
// ceiling those limits allow. One table allows one write in flight, so its ceiling is one bare
// SDK round trip per batch; bare and client batches alternate, so machine load hits both alike.
import { BitableClient } from '@basesync/feishu';
import { createEmulatorClient, startTestEmulator } from '@basesync/test-support';
import type { Bench } from '../support/report.js';
import { bareBatchSeconds, clientBatchSeconds, createTable, timeClient } from './workload.js';

const LATENCY_MS = 50;
const BATCH = 500;
const WRITE_RATE_PER_S = 50;

const bench: Bench = async ({ quick }) => {
  const emu = await startTestEmulator({ seed: 1 });
  try {
    emu.admin.setFaults({ latency: { fixedMs: LATENCY_MS, jitterMs: 0 } });
    const n = quick ? 10_000 : 50_000;
    const tables = quick ? 2 : 4;
    const sdk = createEmulatorClient(emu);
    const client = new BitableClient({ appId: emu.appId, appSecret: emu.appSecret, domain: emu.url });
    const [bare, single] = [createTable(emu, 'bare'), createTable(emu, 'single')];
    for (let w = 0; w < 3; w++) {
      await bareBatchSeconds(sdk, bare, BATCH, `warm${w}-`);
      await clientBatchSeconds(client, single, BATCH, `warm${w}-`);
    }
    const callsBefore = client.meter.total();

    let bareSeconds = 0;
    let clientSeconds = 0;
    for (let i = 0; i < n; i += BATCH) {
      bareSeconds += await bareBatchSeconds(sdk, bare, BATCH, `b${i}-`);
      clientSeconds += await clientBatchSeconds(client, single, BATCH, `c${i}-`);
    }
    const rtt = bareSeconds / (n / BATCH);
    const oneTableCeiling = Math.min(WRITE_RATE_PER_S, 1 / rtt) * BATCH;
    const singleRate = n / clientSeconds;
    const callsPer1000 = ((client.meter.total() - callsBefore) / n) * 1000;

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
    return {
      rows: [
        { figure: 'bare SDK batch_create round trip (500 records)', value: rtt * 1000, unit: 'ms' },
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
