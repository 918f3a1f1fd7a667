import { describe, expect, test } from 'vitest';
import { DeliveryLog } from './delivery-log.js';

const fields = (revision: number) => ({
  eventId: `e${String(revision)}`,
  eventType: 'drive.file.bitable_record_changed_v1',
  appToken: 'bascnX',
  tableId: 'tblX',
  revision,
  channel: 'http' as const,
  copy: 1,
});

describe('delivery log', () => {
  test('past the cap the oldest settled deliveries are forgotten, pending ones and counts are kept', () => {
    const log = new DeliveryLog(2);
    const pending = log.add(fields(1), 'pending');
    for (let revision = 2; revision <= 5; revision++)
      log.settle(log.add(fields(revision), 'pending'), 'delivered', 0);

    expect(log.list().map((r) => r.revision)).toEqual([1, 4, 5]);
    expect(log.counts()).toEqual({ pending: 1, delivered: 4, failed: 0, dropped: 0 });
    expect(log.isPending(pending)).toBe(true);
  });

  test('a delivery settles once: a late second result does not change it', () => {
    const log = new DeliveryLog();
    const record = log.add(fields(1), 'pending');
    log.settle(record, 'delivered', 10);
    log.settle(record, 'failed', 20);

    expect(record).toMatchObject({ status: 'delivered', deliveredAt: 10 });
    expect(log.counts()).toEqual({ pending: 0, delivered: 1, failed: 0, dropped: 0 });
  });

  test('waiting for the drain ends when the last pending delivery settles, or at the deadline', async () => {
    const log = new DeliveryLog();
    const record = log.add(fields(1), 'pending');
    await expect(log.whenDrained(10)).resolves.toBe(false);
    const drained = log.whenDrained(5_000);
    log.settle(record, 'failed', 0);
    await expect(drained).resolves.toBe(true);
  });
});
