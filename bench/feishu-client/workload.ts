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

/** Seconds for one logical batch through the BitableClient (limiter, lease, client_token, meter). */
export async function clientBatchSeconds(
  client: BitableClient,
  table: Table,
  batch: number,
  prefix: string,
): Promise<number> {
  const request = { batchKey: prefix, matchField: 'Key', records: records(batch, prefix) };
  const t0 = performance.now();
  await client.createRecords(table.appToken, table.tableId, request);
  return (performance.now() - t0) / 1000;
}

/** Seconds for one bare batch_create through the raw SDK: the floor of one table's serialised writes. */
export async function bareBatchSeconds(
  sdk: Client,
  table: Table,
  batch: number,
  prefix: string,
): Promise<number> {
  const data = { records: records(batch, prefix).map((r) => ({ fields: r.fields })) };
  const t0 = performance.now();
  await sdk.bitable.v1.appTableRecord.batchCreate({
    path: { app_token: table.appToken, table_id: table.tableId },
    data,
  });
  return (performance.now() - t0) / 1000;
}

/** Seconds to create `n` records through the client in logical batches of `batch`. */
export async function timeClient(
  client: BitableClient,
  table: Table,
  n: number,
  batch: number,
  prefix: string,
): Promise<number> {
  let seconds = 0;
  for (let i = 0; i < n; i += batch)
    seconds += await clientBatchSeconds(client, table, batch, `${prefix}${i}-`);
  return seconds;
}
