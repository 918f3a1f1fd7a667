import { addTableWithFields } from '../http/app-routes.js';
import type { Base, StoredRecord, Table } from '../store/model.js';
import { readContext, recordView } from '../store/record-view.js';
import { createRecords, deleteRecords, updateRecords, type WriteOptions } from '../store/record-writes.js';
import type { Runtime } from '../runtime.js';
import type { AdminBase, AdminRecord, AdminTable, EmulatorAdmin } from './emulator-admin.js';

function tableInfo(table: Table): AdminTable {
  return {
    tableId: table.id,
    name: table.name,
    revision: table.revision,
    fields: table.fields.map((f) => ({
      fieldId: f.id,
      name: f.name,
      type: f.type,
      uiType: f.uiType,
      isPrimary: f.isPrimary,
      property: f.property,
    })),
  };
}

function baseInfo(base: Base): AdminBase {
  return {
    appToken: base.appToken,
    name: base.name,
    revision: base.revision,
    tables: base.tables.map(tableInfo),
  };
}

/** Builds the typed admin over a runtime; `initialLimits` is what `reset()` restores. */
export function createAdmin(rt: Runtime): EmulatorAdmin {
  const initialLimits = rt.limits;
  const userWrite: WriteOptions = { userIdType: 'open_id', operator: rt.userOperator, allowReadOnly: true };
  const view = (appToken: string, table: Table, record: StoredRecord): AdminRecord => {
    const opts = { userIdType: 'open_id' as const };
    const v = recordView(table, record, readContext(rt.store, rt.publicUrl(), opts), opts, appToken);
    return {
      record_id: record.id,
      fields: v['fields'] as Record<string, unknown>,
      created_time: record.createdTime,
      last_modified_time: record.modifiedTime,
    };
  };
  const admin: EmulatorAdmin = {
    createBase: (name, options) => baseInfo(rt.store.createBase(name, options?.timeZone)),
    createTable: (appToken, name, fields) =>
      tableInfo(addTableWithFields(rt.store, appToken, name, fields, rt)),
    listBases: () => [...rt.store.bases.values()].map(baseInfo),
    getTable: (appToken, tableId) => tableInfo(rt.store.table(appToken, tableId)),
    userCreateRecord: (appToken, tableId, fields) => {
      const [record] = createRecords(rt.store, appToken, tableId, [{ fields }], userWrite);
      return view(appToken, rt.store.table(appToken, tableId), record as StoredRecord);
    },
    userUpdateRecord: (appToken, tableId, recordId, fields) => {
      const [record] = updateRecords(
        rt.store,
        appToken,
        tableId,
        [{ record_id: recordId, fields }],
        userWrite,
      );
      return view(appToken, rt.store.table(appToken, tableId), record as StoredRecord);
    },
    userDeleteRecord: (appToken, tableId, recordId) => {
      deleteRecords(rt.store, appToken, tableId, [recordId], rt.userOperator);
    },
    listRecords: (appToken, tableId) => {
      const table = rt.store.table(appToken, tableId);
      return [...table.records.values()].map((r) => view(appToken, table, r));
    },
    getRecord: (appToken, tableId, recordId) => {
      const table = rt.store.table(appToken, tableId);
      const record = table.records.get(recordId);
      return record === undefined ? undefined : view(appToken, table, record);
    },
    addWikiNode: (appToken, title) => {
      const base = rt.store.base(appToken);
      const token = rt.store.deps.ids.nodeToken();
      rt.store.wikiNodes.set(token, { appToken, title: title ?? base.name, spaceId: '7034502641455497244' });
      return token;
    },
    setUsers: (users) => {
      rt.store.users.replace(users);
    },
    users: () => rt.store.users.all(),
    isSubscribed: (appToken) => rt.store.isSubscribed(appToken),
    setFaults: (config) => {
      rt.faults.set(config);
    },
    setLimits: (patch) => (rt.limits = { ...rt.limits, ...patch }),
    expireTokens: () => {
      rt.tokens.expireAll();
    },
    stats: () => rt.stats.snapshot(),
    reset: () => {
      rt.store.reset();
      rt.stats.reset();
      rt.faults.set({});
      rt.limiter.reset();
      rt.clientTokens.reset();
      rt.limits = initialLimits;
    },
  };
  return admin;
}
