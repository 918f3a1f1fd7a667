import type { Client } from '@larksuiteoapi/node-sdk';
import type { FeishuCaller } from '../calls/feishu-caller.js';
import type { FeishuLogger } from '../calls/log-hooks.js';
import type { LeaseProvider } from '../limits/lease-provider.js';
import type { BatchLimits } from '../records/split-batches.js';

/** Per-call limits of the record endpoints (reference §3; the safe create/update default is 500). */
export type RecordLimits = {
  readonly create: BatchLimits;
  readonly update: BatchLimits;
  readonly delete: BatchLimits;
  /** record_ids per batch_get call (Feishu: 1–100). */
  readonly batchGet: number;
  /** Page size for search (Feishu: ≤ 500). */
  readonly searchPage: number;
};

/** What the endpoint functions share: the SDK client, the call runner, the table write leases. */
export type ClientContext = {
  readonly sdk: Client;
  readonly caller: FeishuCaller;
  readonly leases: LeaseProvider;
  readonly limits: RecordLimits;
  readonly log: FeishuLogger;
};

/** Call options every endpoint function accepts. */
export type CallSignal = { readonly signal?: AbortSignal | undefined };

/** The lease key that serialises writes to one table. */
export function tableKey(appToken: string, tableId: string): string {
  return `${appToken}/${tableId}`;
}

/** Runs `fn` holding the table's write lease: one write in flight per table (else 1254291). */
export async function withTableWrite<T>(
  ctx: ClientContext,
  appToken: string,
  tableId: string,
  signal: AbortSignal | undefined,
  fn: () => Promise<T>,
): Promise<T> {
  const lease = await ctx.leases.acquire(tableKey(appToken, tableId), signal);
  try {
    return await fn();
  } finally {
    await lease.release();
  }
}
