import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  recordEdit,
  startDeliveryServer,
  startReceiver,
  type DeliveryServer,
} from './testing/start-delivery-server.js';

type Arrival = { eventId: string; revision: number; at: number };

let emulator: DeliveryServer;
let receiver: { url: string; close(): Promise<void> };
let arrivals: Arrival[] = [];

beforeAll(async () => {
  receiver = await startReceiver((_req, body, res) => {
    const event = JSON.parse(body) as { header: { event_id: string }; event: { revision: number } };
    arrivals.push({ eventId: event.header.event_id, revision: event.event.revision, at: Date.now() });
    res.end();
  });
  emulator = await startDeliveryServer({ callbackUrl: receiver.url });
});
afterAll(async () => {
  await emulator.close();
  await receiver.close();
});
beforeEach(() => {
  emulator.delivery.admin.reset();
  arrivals = [];
});

/** Publishes revisions 1..n under the given settings and returns the revisions in arrival order. */
async function run(settings: Record<string, unknown>, n: number): Promise<number[]> {
  emulator.delivery.admin.reset();
  arrivals = [];
  emulator.delivery.admin.configure(settings);
  for (let revision = 1; revision <= n; revision++) emulator.feed.publish(recordEdit(revision));
  await emulator.delivery.admin.drain(10_000);
  return arrivals.map((a) => a.revision);
}

const count = (values: number[], value: number) => values.filter((v) => v === value).length;

describe('event faults under a seed', () => {
  const lossy = { faults: { seed: 11, dropRate: 0.1, duplicateRate: 0.15 } };

  test('drops and duplicates happen near their rates and never elsewhere', async () => {
    const received = await run(lossy, 1_000);
    const { counts, deliveries } = emulator.delivery.admin.deliveries();

    const dropped = deliveries.filter((d) => d.status === 'dropped').map((d) => d.revision);
    const duplicated = deliveries.filter((d) => d.copy === 2).map((d) => d.revision);
    expect(dropped.length).toBeGreaterThan(60);
    expect(dropped.length).toBeLessThan(140);
    expect(duplicated.length).toBeGreaterThan(95);
    expect(duplicated.length).toBeLessThan(205);
    for (const revision of dropped) expect(count(received, revision)).toBe(0);
    for (const revision of duplicated) expect(count(received, revision)).toBe(2);
    expect(received).toHaveLength(1_000 - dropped.length + duplicated.length);
    expect(counts).toMatchObject({ pending: 0, failed: 0, dropped: dropped.length });
  });

  test('the same seed drops and duplicates the same events; another seed does not', async () => {
    const first = (await run(lossy, 300)).sort((a, b) => a - b);
    const again = (await run(lossy, 300)).sort((a, b) => a - b);
    const other = (await run({ faults: { ...lossy.faults, seed: 12 } }, 300)).sort((a, b) => a - b);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  test('reordering holds an event back until later ones overtake it, reproducibly', async () => {
    // One delivery at a time, so the only reordering is the injected one.
    const reorder = {
      concurrency: 1,
      faults: { seed: 5, reorder: { rate: 0.2, window: 2, maxHoldMs: 5_000 } },
    };
    const first = await run(reorder, 200);
    const again = await run(reorder, 200);

    expect(again).toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const inversions = first.filter((revision, i) => i > 0 && revision < (first[i - 1] ?? 0)).length;
    expect(inversions).toBeGreaterThan(15);
    expect(inversions).toBeLessThan(60);
  });

  test('a fixed delay holds every event back at least that long', async () => {
    emulator.delivery.admin.configure({ faults: { delay: { fixedMs: 150, jitterMs: 50 } } });
    const published = Date.now();
    for (let revision = 1; revision <= 20; revision++) emulator.feed.publish(recordEdit(revision));
    await emulator.delivery.admin.drain(5_000);

    expect(arrivals).toHaveLength(20);
    for (const arrival of arrivals) expect(arrival.at - published).toBeGreaterThanOrEqual(150);
  });
});
