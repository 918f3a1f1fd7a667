/** Every OpenAPI endpoint the emulator serves, by the key faults, limits and stats use. */
export const ENDPOINT_KEYS = [
  'auth.tenant_token',
  'apps.create',
  'apps.get',
  'tables.list',
  'tables.create',
  'tables.delete',
  'fields.list',
  'fields.create',
  'fields.update',
  'fields.delete',
  'records.list',
  'records.search',
  'records.get',
  'records.batch_get',
  'records.create',
  'records.update',
  'records.delete',
  'records.batch_create',
  'records.batch_update',
  'records.batch_delete',
  'drive.subscribe',
  'drive.get_subscribe',
  'drive.delete_subscribe',
  'media.upload',
  'media.download',
  'contact.batch_get_id',
  'wiki.get_node',
] as const;
export type EndpointKey = (typeof ENDPOINT_KEYS)[number];

/** Record writes that take the one-writer-per-table lock (reference §3.3). */
export const TABLE_WRITE_KEYS: ReadonlySet<EndpointKey> = new Set<EndpointKey>([
  'records.create',
  'records.update',
  'records.delete',
  'records.batch_create',
  'records.batch_update',
  'records.batch_delete',
  'fields.create',
  'fields.update',
  'fields.delete',
]);
