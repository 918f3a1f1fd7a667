import type { FieldInput } from '../store/field-ops.js';
import type { DirectoryUser } from '../store/user-directory.js';
import type { EmulatorStats } from '../gateway/call-stats.js';
import type { FaultConfig } from '../gateway/faults.js';
import type { LimitsConfig } from '../gateway/limits-config.js';

export type AdminBase = { appToken: string; name: string; revision: number; tables: AdminTable[] };
export type AdminField = {
  fieldId: string;
  name: string;
  type: number;
  uiType: string;
  isPrimary: boolean;
  property: Record<string, unknown> | null;
};
export type AdminTable = { tableId: string; name: string; revision: number; fields: AdminField[] };
/** A record as search returns it (fields by name, read shapes, empty cells omitted). */
export type AdminRecord = {
  record_id: string;
  fields: Record<string, unknown>;
  created_time: number;
  last_modified_time: number;
};
export type LimitsPatch = Partial<LimitsConfig>;

/**
 * Simulated users and test control, in process. The same operations are served over HTTP under
 * `/_emulator` (see docs/EMULATOR.md). Errors are FeishuError values with Feishu's codes.
 */
export type EmulatorAdmin = {
  createBase(name: string, options?: { timeZone?: string }): AdminBase;
  createTable(appToken: string, name: string, fields: readonly FieldInput[]): AdminTable;
  listBases(): AdminBase[];
  getTable(appToken: string, tableId: string): AdminTable;
  /** A person adds a record: raises a record_added event like a real user edit. */
  userCreateRecord(appToken: string, tableId: string, fields: Record<string, unknown>): AdminRecord;
  userUpdateRecord(
    appToken: string,
    tableId: string,
    recordId: string,
    fields: Record<string, unknown>,
  ): AdminRecord;
  userDeleteRecord(appToken: string, tableId: string, recordId: string): void;
  listRecords(appToken: string, tableId: string): AdminRecord[];
  getRecord(appToken: string, tableId: string, recordId: string): AdminRecord | undefined;
  /** Registers a wiki node for `wiki.get_node`; returns the node token. */
  addWikiNode(appToken: string, title?: string): string;
  setUsers(users: readonly DirectoryUser[]): void;
  users(): readonly DirectoryUser[];
  isSubscribed(appToken: string): boolean;
  setFaults(config: FaultConfig): void;
  setLimits(patch: LimitsPatch): LimitsConfig;
  expireTokens(): void;
  stats(): EmulatorStats;
  /** Back to an empty emulator: no bases, no faults, default limits, zeroed stats. */
  reset(): void;
};
