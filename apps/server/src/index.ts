export { loadConfig, rawOptionValues, type ConfigSources } from './config/load-config.js';
export { readConfigFile, parseConfigFile, CONFIG_FILE_NAME } from './config/read-config-file.js';
export { describeConfig } from './config/describe-config.js';
export { renderEnvExample } from './config/render-env-example.js';
export { OPTIONS, type OptionKey } from './config/options.js';
export type { Config, LogLevel } from './config/config.js';
export { createLogger, type Logger, type LogFields } from './log/logger.js';
export * from './db/schema/index.js';
export {
  migrateState,
  migrationLockName,
  MIGRATIONS_FOLDER,
  type MigrationReport,
} from './db/migrate-state.js';
export type { Queryable } from './db/queryable.js';
export { quoteIdentifier, quoteQualified, assertIdentifier } from './db/identifiers.js';
export type * from './db/introspect/catalog.js';
export { introspectSchema, currentSchema } from './db/introspect/introspect-schema.js';
export { resolveTable, resolveColumns } from './db/introspect/resolve-names.js';
export { readServerFacts } from './db/introspect/read-server-facts.js';
export type { ServerFacts, PrivilegeGrant } from './db/introspect/server-facts.js';
export { installCapture, removeCapture, type CaptureReport } from './db/capture/capture-installer.js';
export { missingCapturePrivileges } from './db/capture/capture-privileges.js';
export { captureTriggers, captureTriggerName, createTriggerSql } from './db/capture/trigger-sql.js';
export { setBasesyncOrigin, ORIGIN_VARIABLE } from './db/capture/origin.js';
export { hasDueOutboxRows, DUE_OUTBOX_PROBE_SQL } from './db/capture/outbox-probe.js';
export { BasesyncError, isBasesyncError, type ErrorCode } from '@basesync/core';
export { createMysqlPool, type MysqlPoolOptions } from './db/create-pool.js';
export {
  OutboxWorker,
  DEFAULT_OUTBOX_OPTIONS,
  type OutboxDeps,
  type OutboxWorkerOptions,
} from './workers/outbox-worker.js';
export type { DeleteBrake } from './workers/push-mapping.js';
export { type Mapping, readMapping } from './sync/mapping-model.js';
export { RowEncoder, type EncodedRow } from './sync/row-encoder.js';
