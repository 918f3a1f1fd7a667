// Emulator write throughput: batch_create and batch_update over HTTP (limits off), from a client in
// the same process, plus the event delivery figures measured by ./events.ts.
import { startEmulator, type EmulatorHandle } from '@basesync/feishu-emulator';
import type { Bench, BenchRow } from '../support/report.js';
import { EVENTS_GOAL_PER_SECOND, measureEventDelivery } from './events.js';

const WRITES_GOAL_PER_SECOND = 20_000;
const BATCH_SIZE = 1_000;
const WRITERS = 4;

type Target = { url: string; token: string; appToken: string; tableId: string };

async function tenantToken(emu: EmulatorHandle): Promise<string> {
  const res = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: emu.appId, app_secret: emu.appSecret }),
  });
  return ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
}

async function post(t: Target, op: string, body: unknown): Promise<{ records: { record_id: string }[] }> {
  const res = await fetch(
    `${t.url}/open-apis/bitable/v1/apps/${t.appToken}/tables/${t.tableId}/records/${op}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body: JSON.stringify(body),
    },
  );
  const json = (await res.json()) as {
    code: number;
    msg: string;
    data: { records: { record_id: string }[] };
  };
  if (json.code !== 0) throw new Error(`${op} failed: ${json.code} ${json.msg}`);
  return json.data;
}

function row(i: number): Record<string, unknown> {
  return {
    Name: `order ${i}`,
    Amount: i * 1.5,
    Status: i % 3 === 0 ? 'Open' : 'Paid',
    Day: 1_700_000_000_000 + i * 1000,
    Done: i % 2 === 0,
  };
}

type Rate = { wall: number; cpu: number };

/**
 * Each writer owns a table and writes `batches` batches. Returns writes per wall second and per
 * CPU second of this process (client and server both): the CPU figure is steadier on a shared machine.
 */
async function measure(
  targets: Target[],
  batches: number,
  op: 'batch_create' | 'batch_update',
  ids: string[][],
): Promise<Rate> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await Promise.all(
    targets.map(async (t, w) => {
      for (let b = 0; b < batches; b++) {
        const records = Array.from({ length: BATCH_SIZE }, (_, i) => {
          const n = b * BATCH_SIZE + i;
          return op === 'batch_create'
            ? { fields: row(n) }
            : { record_id: ids[w]?.[n] ?? '', fields: { Amount: n } };
        });
        const data = await post(t, op, { records });
        if (op === 'batch_create') ids[w]?.push(...data.records.map((r) => r.record_id));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const writes = targets.length * batches * BATCH_SIZE;
  return { wall: writes / seconds, cpu: writes / ((cpu.user + cpu.system) / 1e6) };
}

async function writeThroughput(quick: boolean): Promise<{ create: Rate; update: Rate; records: number }> {
  const emu = await startEmulator({ limits: false });
  try {
    const token = await tenantToken(emu);
    const appToken = emu.admin.createBase('bench').appToken;
    const fields = [
      { field_name: 'Name', type: 1 },
      { field_name: 'Amount', type: 2 },
      { field_name: 'Status', type: 3 },
      { field_name: 'Day', type: 5 },
      { field_name: 'Done', type: 7 },
    ];
    const targets = Array.from({ length: WRITERS }, (_, i) => ({
      url: emu.url,
      token,
      appToken,
      tableId: emu.admin.createTable(appToken, `t${i}`, fields).tableId,
    }));
    const ids = targets.map(() => [] as string[]);
    await measure(targets, 1, 'batch_create', ids); // warm-up: JIT and option creation
    const batches = quick ? 10 : 40;
    const create = await measure(targets, batches, 'batch_create', ids);
    const update = await measure(targets, batches, 'batch_update', ids);
    return { create, update, records: targets.length * (batches + 1) * BATCH_SIZE };
  } finally {
    await emu.close();
  }
}

const bench: Bench = async ({ quick }) => {
  const writes = await writeThroughput(quick);
  const rows: BenchRow[] = [
    {
      figure: 'batch_create writes/s',
      value: Math.round(writes.create.wall),
      unit: 'records/s',
      goal: `≥ ${WRITES_GOAL_PER_SECOND}`,
      met: writes.create.wall >= WRITES_GOAL_PER_SECOND,
    },
    { figure: 'batch_create ratio to goal', value: writes.create.wall / WRITES_GOAL_PER_SECOND, unit: '×' },
    {
      figure: 'batch_create writes per CPU second',
      value: Math.round(writes.create.cpu),
      unit: 'records/cpu-s',
    },
    {
      figure: 'batch_update writes/s',
      value: Math.round(writes.update.wall),
      unit: 'records/s',
      goal: `≥ ${WRITES_GOAL_PER_SECOND}`,
      met: writes.update.wall >= WRITES_GOAL_PER_SECOND,
    },
    { figure: 'records in store at end', value: writes.records, unit: 'records' },
  ];
  const events = await measureEventDelivery({ quick });
  rows.push(
    {
      figure: 'event delivery (HTTP, plain)',
      value: Math.round(events.eventsPerSecond),
      unit: 'events/s',
      goal: `≥ ${EVENTS_GOAL_PER_SECOND}`,
      met: events.eventsPerSecond >= EVENTS_GOAL_PER_SECOND,
    },
    {
      figure: 'event delivery ratio to goal',
      value: events.eventsPerSecond / EVENTS_GOAL_PER_SECOND,
      unit: '×',
    },
  );
  return {
    rows,
    figures: {
      batchCreateWritesPerSecond: Math.round(writes.create.wall),
      batchCreateWritesPerCpuSecond: Math.round(writes.create.cpu),
      batchUpdateWritesPerSecond: Math.round(writes.update.wall),
      writesGoalPerSecond: WRITES_GOAL_PER_SECOND,
      writesRatioToGoal: Number((writes.create.wall / WRITES_GOAL_PER_SECOND).toFixed(3)),
      eventsPerSecond: Math.round(events.eventsPerSecond),
      events: events.events,
      eventsRatioToGoal: Number((events.eventsPerSecond / EVENTS_GOAL_PER_SECOND).toFixed(3)),
    },
  };
};

export default bench;
