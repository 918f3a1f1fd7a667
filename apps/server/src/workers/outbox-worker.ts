import { randomUUID } from 'node:crypto';
import { backoffDelayMs, isBasesyncError } from '@basesync/core';
import type { BitableClient } from '@basesync/feishu';
import { hasDueOutboxRows } from '../db/capture/outbox-probe.js';
import type { ConnectionSource } from '../db/queryable.js';
import type { Logger } from '../log/logger.js';
import { mappingsFeeding, type Mapping } from '../sync/mapping-model.js';
import type { Change } from '../sync/plan-push.js';
import { canonicalKeyText, type RowKey } from '../sync/row-key.js';
import type { Isolated } from './isolate-failures.js';
import { isPermanent } from './isolate-failures.js';
import { claimOutbox, deferRows, recordFailure, removeDone, type OutboxEntry } from './outbox-queries.js';
import { pushMapping, type DeleteBrake } from './push-mapping.js';
import { sleep } from './sleep.js';

export type OutboxWorkerOptions = {
  readonly batchSize: number;
  readonly claimTtlMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryCapMs: number;
  /** Probe interval right after work; doubles while idle up to `maxProbeMs`. */
  readonly minProbeMs: number;
  readonly maxProbeMs: number;
  readonly pausedRetryMs: number;
  readonly brake: DeleteBrake;
};

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = {
  batchSize: 500,
  claimTtlMs: 60_000,
  maxAttempts: 8,
  retryBaseMs: 500,
  retryCapMs: 60_000,
  minProbeMs: 2,
  maxProbeMs: 20,
  pausedRetryMs: 5_000,
  brake: { share: 0.2, minRows: 10 },
};

export type OutboxDeps = {
  readonly pool: ConnectionSource;
  readonly client: BitableClient;
  readonly log: Logger;
  readonly workerId?: string;
  readonly options?: Partial<OutboxWorkerOptions>;
};

/** Pushes captured MySQL changes (basesync_outbox) to Bitable. See STYLE.md §7. */
export class OutboxWorker {
  readonly #deps: OutboxDeps;
  readonly #options: OutboxWorkerOptions;
  readonly #stopping = new AbortController();
  readonly #workerId: string;
  #loop: Promise<void> | undefined;

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
    this.#options = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
    this.#workerId = deps.workerId ?? `outbox-${randomUUID()}`;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#loop;
  }

  /** Claims one batch and pushes it; 'idle' when nothing was due. */
  async runOnce(signal: AbortSignal): Promise<'worked' | 'idle'> {
    const o = this.#options;
    const entries = await claimOutbox(this.#deps.pool, this.#workerId, o.batchSize, o.claimTtlMs);
    if (entries.length === 0) return 'idle';
    for (const group of groupByTable(entries)) await this.#pushTable(group, signal);
    return 'worked';
  }

  async #pushTable(entries: readonly OutboxEntry[], signal: AbortSignal): Promise<void> {
    const db = this.#deps.pool;
    const first = entries[0];
    if (!first || signal.aborted) return;
    const mappings = await mappingsFeeding(db, first.sourceSchema, first.sourceTable);
    const ids = entries.map((e) => e.id);
    if (mappings.some((m) => m.state !== 'enabled')) {
      await this.#pushEnabled(
        mappings.filter((m) => m.state === 'enabled'),
        entries,
        signal,
      );
      await deferRows(db, ids, this.#options.pausedRetryMs);
      return;
    }
    const failed = await this.#pushEnabled(mappings, entries, signal);
    if (stopped(signal)) return; // stopped before Feishu confirmed: the claim expires, another worker retries
    if (failed === 'paused') return deferRows(db, ids, this.#options.pausedRetryMs);
    await this.#recordFailures(entries, failed);
    const failedIds = new Set(failed.flatMap((f) => f.item.ids));
    await removeDone(
      db,
      this.#workerId,
      ids.filter((id) => !failedIds.has(id)),
    );
  }

  async #pushEnabled(
    mappings: readonly Mapping[],
    entries: readonly OutboxEntry[],
    signal: AbortSignal,
  ): Promise<Isolated<Change>[] | 'paused'> {
    const failed: Isolated<Change>[] = [];
    for (const mapping of mappings) {
      const { changes, keys } = coalesce(mapping, entries);
      const deps = { db: this.#deps.pool, client: this.#deps.client, brake: this.#options.brake, signal };
      const outcome = await pushMapping(deps, mapping, changes, keys);
      if (outcome.paused) {
        this.#deps.log.warn({ mappingId: mapping.id }, 'delete brake hit: mapping paused');
        return 'paused';
      }
      failed.push(...outcome.failed);
    }
    return failed;
  }

  async #recordFailures(entries: readonly OutboxEntry[], failed: readonly Isolated<Change>[]): Promise<void> {
    const o = this.#options;
    const attemptsOf = new Map(entries.map((e) => [e.id, e.attempts]));
    for (const { item, error } of failed) {
      const attempts = Math.max(...item.ids.map((id) => attemptsOf.get(id) ?? 0)) + 1;
      const dead = isPermanent(error) || attempts >= o.maxAttempts;
      const code = isBasesyncError(error) ? error.code : 'SYNC_PUSH_FAILED';
      const message = error instanceof Error ? error.message : String(error);
      const delayMs = backoffDelayMs(attempts, Math.random(), { baseMs: o.retryBaseMs, capMs: o.retryCapMs });
      this.#deps.log.warn({ code, attempts, dead }, 'outbox change failed');
      await recordFailure(this.#deps.pool, item.ids, { code, message, delayMs, dead });
    }
  }

  async #run(): Promise<void> {
    const { signal } = this.#stopping;
    const o = this.#options;
    let idleMs = o.minProbeMs;
    let failures = 0;
    while (!signal.aborted) {
      try {
        if ((await this.runOnce(signal)) === 'worked') {
          idleMs = o.minProbeMs;
        } else {
          await this.#waitForDue(signal, idleMs);
          idleMs = Math.min(o.maxProbeMs, idleMs * 2);
        }
        failures = 0;
      } catch (err) {
        const delayMs = backoffDelayMs(failures++, Math.random(), {
          baseMs: o.retryBaseMs,
          capMs: o.retryCapMs,
        });
        this.#deps.log.warn({ err, failures, delayMs }, 'outbox batch failed; will retry');
        await sleep(delayMs, signal);
      }
    }
  }

  /** Probes the index-only "anything due?" query, growing the interval while nothing is due. */
  async #waitForDue(signal: AbortSignal, startMs: number): Promise<void> {
    let waitMs = startMs;
    while (!signal.aborted) {
      await sleep(waitMs, signal);
      if (stopped(signal) || (await hasDueOutboxRows(this.#deps.pool))) return;
      waitMs = Math.min(this.#options.maxProbeMs, waitMs * 2);
    }
  }
}

/** Read through a call: TypeScript narrows `signal.aborted` across awaits as if it could not change. */
function stopped(signal: AbortSignal): boolean {
  return signal.aborted;
}

function groupByTable(entries: readonly OutboxEntry[]): OutboxEntry[][] {
  const groups = new Map<string, OutboxEntry[]>();
  for (const e of entries) {
    const key = `${e.sourceSchema}.${e.sourceTable}`;
    const group = groups.get(key) ?? [];
    group.push(e);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Repeated changes of one row become one change carrying every outbox id. */
function coalesce(mapping: Mapping, entries: readonly OutboxEntry[]) {
  const ids = new Map<string, number[]>();
  const keys = new Map<string, RowKey>();
  for (const e of entries) {
    const keyText = canonicalKeyText(mapping.keyColumns, e.rowKey);
    ids.set(keyText, [...(ids.get(keyText) ?? []), e.id]);
    keys.set(keyText, JSON.parse(e.rowKey) as RowKey);
  }
  const changes: Change[] = [...ids].map(([keyText, list]) => ({ keyText, ids: list }));
  return { changes, keys };
}
