/** One rate tier: a call budget per second and/or per minute; hitting either window waits. */
export type RateTier = { readonly perSecond?: number; readonly perMinute?: number };

/** Endpoint key (as the emulator and the meter name them) → tier. */
export type RateTiers = Readonly<Record<string, RateTier>>;

const WRITES: RateTier = { perSecond: 50 };
const READS: RateTier = { perSecond: 20 };
const FIELD_WRITES: RateTier = { perSecond: 10 };

/**
 * Feishu's documented limits per API, per app, per tenant (reference §8): record batch writes 50/s,
 * search/batch_get and listings 20/s, field writes 10/s, subscribe 1000/min & 50/s,
 * delete_subscribe 10/min. Limits of the single-record endpoints are unconfirmed: they get the
 * write tier. Endpoints not listed here are not throttled by the client.
 */
export const FEISHU_RATE_TIERS: RateTiers = {
  'apps.get': READS,
  'tables.list': READS,
  'tables.create': FIELD_WRITES,
  'fields.list': READS,
  'fields.create': FIELD_WRITES,
  'fields.update': FIELD_WRITES,
  'fields.delete': FIELD_WRITES,
  'records.search': READS,
  'records.batch_get': READS,
  'records.list': READS,
  'records.get': READS,
  'records.create': WRITES,
  'records.update': WRITES,
  'records.delete': WRITES,
  'records.batch_create': WRITES,
  'records.batch_update': WRITES,
  'records.batch_delete': WRITES,
  'drive.subscribe': { perSecond: 50, perMinute: 1000 },
  'drive.get_subscribe': READS,
  'drive.delete_subscribe': { perMinute: 10 },
  'wiki.get_node': { perMinute: 100 },
};
