import { createRandom, type Random } from '../random.js';
import type { CallbackRequest } from './callback-request.js';
import { DeliveryLog, DeliveryStatus, type DeliveryRecord } from './delivery-log.js';
import { DeliveryMode, type EventSettings } from './event-settings.js';
import { planAttemptFaults, planEventFaults, type AttemptFaultPlan } from './fault-plan.js';
import type { HttpSender, SendResult } from './http-sender.js';
import type { LongConnectionHub } from './long-connection-hub.js';
import { ReorderHold } from './reorder-hold.js';
import { retryDelayMs } from './retry-schedule.js';

export type QueuedEvent = {
  eventId: string;
  eventType: string;
  appToken: string;
  tableId: string;
  revision: number;
  json: string;
};

type Job = { record: DeliveryRecord; json: string };

export type DeliveryQueueDeps = {
  settings: () => EventSettings;
  now: () => number;
  http: HttpSender;
  hub: LongConnectionHub;
  buildRequest: (json: string, faults: AttemptFaultPlan) => CallbackRequest;
};

/** Applies faults, then delivers each event copy with bounded concurrency and Feishu's retry schedule. */
export class DeliveryQueue {
  readonly log = new DeliveryLog();
  readonly #deps: DeliveryQueueDeps;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #hold = new ReorderHold<Job>((job) => {
    this.#ready(job);
  });
  /** Per-event faults: a stream of its own, so the n-th event's plan never depends on timing. */
  #eventRandom: Random;
  /** Per-attempt faults (signature, encryption). */
  #attemptRandom: Random;
  #queue: Job[] = [];
  #head = 0;
  #waitingForClient: Job[] = [];
  #inFlight = 0;

  constructor(deps: DeliveryQueueDeps) {
    this.#deps = deps;
    this.#eventRandom = createRandom(0);
    this.#attemptRandom = createRandom(0);
    this.reseed(deps.settings().faults.seed);
  }

  /** Restarts the fault PRNG: the same seed replays the same faults on the same events. */
  reseed(seed: number): void {
    this.#eventRandom = createRandom(seed);
    this.#attemptRandom = createRandom(seed ^ 0x5bd1e995);
  }

  publish(event: QueuedEvent): void {
    const { faults, mode } = this.#deps.settings();
    const plan = planEventFaults(this.#eventRandom, faults);
    const { json, ...meta } = event;
    const fields = { ...meta, channel: mode };
    if (plan.drop) {
      this.log.add({ ...fields, copy: 1 }, DeliveryStatus.dropped);
      return;
    }
    for (let copy = 1; copy <= plan.copies; copy++) {
      const job = { record: this.log.add({ ...fields, copy }, DeliveryStatus.pending), json };
      const { window, maxHoldMs } = faults.reorder;
      this.#later(plan.delayMs, () => {
        if (plan.reorder) this.#hold.hold(job, window, maxHoldMs);
        else this.#ready(job);
      });
    }
  }

  /** A long-connection client connected: events that were waiting for one go out now. */
  clientConnected(): void {
    const waiting = this.#waitingForClient;
    this.#waitingForClient = [];
    for (const job of waiting) this.#enqueue(job);
    this.#pump();
  }

  clear(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#hold.clear();
    this.#queue = [];
    this.#head = 0;
    this.#waitingForClient = [];
    this.log.clear();
  }

  #later(delayMs: number, run: () => void): void {
    if (delayMs <= 0) {
      run();
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, delayMs);
    this.#timers.add(timer);
  }

  #ready(job: Job): void {
    this.#enqueue(job);
    for (const due of this.#hold.passed()) this.#enqueue(due);
    this.#pump();
  }

  #enqueue(job: Job): void {
    this.#queue.push(job);
  }

  #pump(): void {
    const { concurrency } = this.#deps.settings();
    while (this.#inFlight < concurrency && this.#head < this.#queue.length) {
      const job = this.#queue[this.#head++];
      if (job) this.#attempt(job);
    }
    if (this.#head === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    }
  }

  #attempt(job: Job): void {
    const sent = this.#send(job);
    if (sent === 'no_client') {
      this.#waitingForClient.push(job);
      return;
    }
    job.record.attempts += 1;
    this.#inFlight += 1;
    void sent.then((result) => {
      this.#inFlight -= 1;
      this.#settle(job, result);
      this.#pump();
    });
  }

  #send(job: Job): Promise<SendResult> | 'no_client' {
    const settings = this.#deps.settings();
    if (job.record.channel === DeliveryMode.longConnection) {
      return this.#deps.hub.send(job.json, settings.fragmentBytes, settings.ackTimeoutMs);
    }
    if (settings.callbackUrl === undefined)
      return Promise.resolve({ ok: false, error: 'no callback URL set' });
    const request = this.#deps.buildRequest(
      job.json,
      planAttemptFaults(this.#attemptRandom, settings.faults),
    );
    return this.#deps.http.post(settings.callbackUrl, request.body, request.headers, settings.ackTimeoutMs);
  }

  #settle(job: Job, result: SendResult): void {
    const { record } = job;
    if (!this.log.isPending(record)) return; // reset while in flight
    if (result.ok) {
      this.log.settle(record, DeliveryStatus.delivered, this.#deps.now());
      return;
    }
    record.lastError = result.error;
    const delayMs = retryDelayMs(record.attempts, this.#deps.settings().retryTimeFactor);
    if (delayMs === undefined) this.log.settle(record, DeliveryStatus.failed, this.#deps.now());
    else
      this.#later(delayMs, () => {
        this.#ready(job);
      });
  }
}
