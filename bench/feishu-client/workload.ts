import type { Client } from '@larksuiteoapi/node-sdk';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import type { BitableClient } from '@basesync/feishu';

export type Table = { appToken: string; tableId: string };

export function createTable(emu: EmulatorHandle, name: string): Table {
  const base = emu.admin.createBase(name);
  const table = emu.admin.createTable(base.appToken, name, [
    { field_name: 'Key', type: 1 },
    { field_name: 'Name', type: 1 },
    { field_name: 'Qty', type: 2 },
  ]);
  return { appToken: base.appToken, tableId: table.tableId };
}

export function records(n: number, prefix: string): { fields: { Key: string; Name: string; Qty: number } }[] {
  return Array.from({ length: n }, (_, i) => ({
    fields: { Key: `${prefix}${i}`, Name: `record ${i} of ${prefix}`, Qty: i },
  }));
}

/** Seconds to create `n` records through the BitableClient, in logical batches of `batch`. */
export async function timeClient(
  client: BitableClient,
  table: Table,
  n: number,
  batch: number,
  prefix: string,
): Promise<number> {
  const all = records(n, prefix);
  const t0 = performance.now();
  for (let i = 0; i < n; i += batch) {
    const slice = all.slice(i, i + batch);
    await client.createRecords(table.appToken, table.tableId, {
      batchKey: `${prefix}:${i}`,
      matchField: 'Key',
      records: slice,
    });
  }
  return (performance.now() - t0) / 1000;
}

/**
 * Median seconds of one bare batch_create round trip through the raw SDK (token cached, nothing
 * else): the floor one table's serialised writes can reach.
 */
export async function bareRoundTripSeconds(
  sdk: Client,
  table: Table,
  batch: number,
  samples: number,
): Promise<number> {
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const data = { records: records(batch, `bare${s}-`).map((r) => ({ fields: r.fields })) };
    const t0 = performance.now();
    await sdk.bitable.v1.appTableRecord.batchCreate({
      path: { app_token: table.appToken, table_id: table.tableId },
      data,
    });
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
