export { startEmulator, type EmulatorHandle } from './start-emulator.js';
export type { EmulatorOptions } from './options.js';
export { DEFAULT_APP_ID, DEFAULT_APP_SECRET } from './options.js';
export type {
  AdminBase,
  AdminField,
  AdminRecord,
  AdminTable,
  EmulatorAdmin,
  LimitsPatch,
} from './admin/emulator-admin.js';
export type { EmulatorStats } from './gateway/call-stats.js';
export type { EndpointFaults, FaultConfig, LatencyConfig } from './gateway/faults.js';
export type { LimitsConfig, RateWindow } from './gateway/limits-config.js';
export type { EndpointKey } from './gateway/endpoint-keys.js';
export { ENDPOINT_KEYS } from './gateway/endpoint-keys.js';
export { FeishuError, FeishuCode } from './feishu-error.js';
export type { FieldInput } from './store/field-ops.js';
export { FieldType } from './store/field-types.js';
export { DEFAULT_USERS, type DirectoryUser } from './store/user-directory.js';
export type { Change, ChangeFeed, FieldChange, RecordChange } from './change-feed.js';
export type { EventAdmin } from './events/index.js';
