import { describe, expect, test } from 'vitest';
import { createLocalLeaseProvider } from './lease-provider.js';

describe('createLocalLeaseProvider', () => {
  test('one holder per key at a time, served in arrival order', async () => {
    const leases = createLocalLeaseProvider();
    const log: string[] = [];
    let inFlight = 0;
    const work = async (name: string): Promise<void> => {
      const lease = await leases.acquire('tblA');
      inFlight++;
      expect(inFlight).toBe(1);
      log.push(name);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      await lease.release();
    };
    await Promise.all(['a', 'b', 'c', 'd'].map(work));
    expect(log).toEqual(['a', 'b', 'c', 'd']);
  });

  test('different keys do not wait for each other', async () => {
    const leases = createLocalLeaseProvider();
    const a = await leases.acquire('tblA');
    const b = await leases.acquire('tblB');
    await a.release();
    await b.release();
  });

  test('a waiter that gives up does not block the ones behind it', async () => {
    const leases = createLocalLeaseProvider();
    const first = await leases.acquire('tblA');
    const abort = new AbortController();
    const quitter = leases.acquire('tblA', abort.signal);
    const third = leases.acquire('tblA');
    abort.abort();
    await first.release();
    await expect(quitter).rejects.toThrow();
    await (await third).release();
  });
});
