import type { DeliveryMode } from './event-settings.js';

export const DeliveryStatus = {
  pending: 'pending',
  delivered: 'delivered',
  failed: 'failed',
  dropped: 'dropped',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** One copy of one event on its way to the receiver; a duplicated event has two. */
export type DeliveryRecord = {
  readonly id: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly appToken: string;
  readonly tableId: string;
  readonly revision: number;
  readonly channel: DeliveryMode;
  /** 1 for the original, 2 for an injected duplicate. */
  readonly copy: number;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | undefined;
  /** Emulator clock when the receiver acknowledged it. */
  deliveredAt: number | undefined;
};

export type DeliveryCounts = Record<DeliveryStatus, number>;

/** Settled records kept for assertions; older settled ones are forgotten so a long run stays small. */
export const MAX_SETTLED_RECORDS = 200_000;

/** Every delivery since the last reset (up to the cap), for assertions, plus a wait for the queue to drain. */
export class DeliveryLog {
  readonly #records = new Map<number, DeliveryRecord>();
  readonly #counts: DeliveryCounts = { pending: 0, delivered: 0, failed: 0, dropped: 0 };
  #drainWaiters: (() => void)[] = [];
  #nextId = 1;
  #settled = 0;
  readonly #maxSettled: number;

  constructor(maxSettled = MAX_SETTLED_RECORDS) {
    this.#maxSettled = maxSettled;
  }

  add(
    fields: Omit<DeliveryRecord, 'id' | 'status' | 'attempts' | 'lastError' | 'deliveredAt'>,
    status: DeliveryStatus,
  ) {
    const record: DeliveryRecord = {
      ...fields,
      id: this.#nextId++,
      status,
      attempts: 0,
      lastError: undefined,
      deliveredAt: undefined,
    };
    this.#records.set(record.id, record);
    this.#counts[status] += 1;
    if (status !== DeliveryStatus.pending) this.#noteSettled();
    return record;
  }

  isPending(record: DeliveryRecord): boolean {
    return this.#records.get(record.id) === record && record.status === DeliveryStatus.pending;
  }

  settle(record: DeliveryRecord, status: DeliveryStatus, at: number): void {
    if (!this.isPending(record)) return;
    this.#counts.pending -= 1;
    this.#counts[status] += 1;
    record.status = status;
    if (status === DeliveryStatus.delivered) record.deliveredAt = at;
    this.#noteSettled();
    if (this.#counts.pending === 0) this.#wakeDrainWaiters();
  }

  list(status?: DeliveryStatus): DeliveryRecord[] {
    const all = [...this.#records.values()];
    return status === undefined ? all : all.filter((r) => r.status === status);
  }

  counts(): DeliveryCounts {
    return { ...this.#counts };
  }

  /** Resolves true once nothing is pending, false when `timeoutMs` passes first. */
  whenDrained(timeoutMs: number): Promise<boolean> {
    if (this.#counts.pending === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#drainWaiters = this.#drainWaiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.#drainWaiters.push(wake);
    });
  }

  clear(): void {
    this.#records.clear();
    this.#settled = 0;
    for (const key of Object.keys(this.#counts) as DeliveryStatus[]) this.#counts[key] = 0;
    this.#wakeDrainWaiters();
  }

  /** Forgets the oldest settled records past the cap; counts keep every delivery. */
  #noteSettled(): void {
    this.#settled += 1;
    if (this.#settled <= this.#maxSettled) return;
    for (const [id, record] of this.#records) {
      if (record.status === DeliveryStatus.pending) continue;
      this.#records.delete(id);
      this.#settled -= 1;
      return;
    }
  }

  #wakeDrainWaiters(): void {
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const wake of waiters) wake();
  }
}
