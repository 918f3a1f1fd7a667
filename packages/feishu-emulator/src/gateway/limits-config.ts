import type { EndpointKey } from './endpoint-keys.js';

export type RateWindow = { readonly limit: number; readonly windowMs: number };

/** The real limits (reference §3, §8); every number is adjustable through `setLimits`. */
export type LimitsConfig = {
  /** false = no rate limits and no write serialisation (benchmarks). Sizes stay enforced. */
  readonly enabled: boolean;
  readonly batchCreateMax: number;
  readonly batchUpdateMax: number;
  readonly batchDeleteMax: number;
  readonly batchGetMax: number;
  readonly searchPageMax: number;
  readonly listPageMax: number;
  readonly fieldsPageMax: number;
  readonly tablesPageMax: number;
  /** A write to a table that already has one in flight: fail with 1254291, or wait its turn. */
  readonly writeConflict: 'reject' | 'queue';
  /** The gateway answers 429 (current APIs) or 400 (some older ones) when rate limited. */
  readonly rateLimitStatus: 429 | 400;
  /** UNCONFIRMED in the docs: a replayed client_token returns the first result (default) or 1254608. */
  readonly clientTokenReplay: 'first-result' | 'reject';
  readonly rates: Partial<Record<EndpointKey, readonly RateWindow[]>>;
};

const perSecond = (limit: number): RateWindow[] => [{ limit, windowMs: 1000 }];
const perMinute = (limit: number): RateWindow => ({ limit, windowMs: 60_000 });

export const DEFAULT_RATES: Partial<Record<EndpointKey, readonly RateWindow[]>> = {
  'apps.get': perSecond(20),
  'tables.list': perSecond(20),
  'tables.create': perSecond(10),
  'tables.delete': perSecond(10),
  'fields.list': perSecond(20),
  'fields.create': perSecond(10),
  'fields.update': perSecond(10),
  'fields.delete': perSecond(10),
  'records.search': perSecond(20),
  'records.batch_get': perSecond(20),
  'records.list': perSecond(20),
  'records.get': perSecond(20),
  'records.create': perSecond(50),
  'records.update': perSecond(50),
  'records.delete': perSecond(50),
  'records.batch_create': perSecond(50),
  'records.batch_update': perSecond(50),
  'records.batch_delete': perSecond(50),
  'drive.subscribe': [...perSecond(50), perMinute(1000)],
  'drive.delete_subscribe': [perMinute(10)],
  'wiki.get_node': [perMinute(100)],
};

export const DEFAULT_LIMITS: LimitsConfig = {
  enabled: true,
  batchCreateMax: 1000,
  batchUpdateMax: 1000,
  batchDeleteMax: 500,
  batchGetMax: 100,
  searchPageMax: 500,
  listPageMax: 500,
  fieldsPageMax: 100,
  tablesPageMax: 100,
  writeConflict: 'reject',
  rateLimitStatus: 429,
  clientTokenReplay: 'first-result',
  rates: DEFAULT_RATES,
};
