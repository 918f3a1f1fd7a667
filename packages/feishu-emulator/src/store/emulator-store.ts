import type { ChangeFeed, ChangeOperator } from '../change-feed.js';
import { FeishuCode, feishuError } from '../feishu-error.js';
import type { IdFactory } from '../ids.js';
import type { MediaInfo } from '../codec/read-value.js';
import type { Base, Table } from './model.js';
import { UserDirectory } from './user-directory.js';

export const MAX_TABLES_PER_BASE = 100;
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type StoredMedia = MediaInfo & { readonly appToken: string; readonly bytes: Uint8Array };

export type StoreDeps = {
  readonly ids: IdFactory;
  readonly now: () => number;
  readonly feed: ChangeFeed;
  /** Who API writes are attributed to (the app's bot identity). */
  readonly appOperator: ChangeOperator;
};

/** The emulator's whole in-memory state: bases, media, subscriptions, wiki nodes and users. */
export class EmulatorStore {
  readonly deps: StoreDeps;
  readonly bases = new Map<string, Base>();
  readonly media = new Map<string, StoredMedia>();
  readonly subscriptions = new Set<string>();
  readonly wikiNodes = new Map<string, { appToken: string; title: string; spaceId: string }>();
  readonly users = new UserDirectory();

  constructor(deps: StoreDeps) {
    this.deps = deps;
  }

  reset(): void {
    this.bases.clear();
    this.media.clear();
    this.subscriptions.clear();
    this.wikiNodes.clear();
  }

  base(appToken: string): Base {
    const base = this.bases.get(appToken);
    if (base === undefined)
      throw feishuError(FeishuCode.baseNotFound, `BaseTokenNotFound: no base with app_token ${appToken}`);
    return base;
  }

  table(appToken: string, tableId: string): Table {
    const table = this.base(appToken).tables.find((t) => t.id === tableId);
    if (table === undefined)
      throw feishuError(FeishuCode.tableNotFound, `TableIdNotFound: no table ${tableId} in base ${appToken}`);
    return table;
  }

  /** Creates an empty base (no tables); `apps.create` adds its default table itself. */
  createBase(name: string, timeZone = DEFAULT_TIME_ZONE): Base {
    let appToken = this.deps.ids.appToken();
    // A snapshot may already hold ids this seed produces again.
    while (this.bases.has(appToken)) appToken = this.deps.ids.appToken();
    const base: Base = {
      appToken,
      name,
      revision: 1,
      timeZone,
      tables: [],
      createdTime: this.deps.now(),
    };
    this.bases.set(base.appToken, base);
    return base;
  }

  /** Adds a table with no fields; callers add the primary field first. */
  addTable(appToken: string, name: string): Table {
    const base = this.base(appToken);
    const trimmed = name.trim();
    if (trimmed === '')
      throw feishuError(FeishuCode.wrongRequestBody, 'WrongRequestBody: table name must not be empty');
    if (base.tables.some((t) => t.name === trimmed)) {
      throw feishuError(
        FeishuCode.tableNameDuplicated,
        `TableNameDuplicated: base already has a table named "${trimmed}"`,
      );
    }
    if (base.tables.length >= MAX_TABLES_PER_BASE) {
      throw feishuError(
        FeishuCode.tableExceedLimit,
        `TableExceedLimit: a base holds at most ${MAX_TABLES_PER_BASE} tables`,
      );
    }
    let id = this.deps.ids.tableId();
    while (base.tables.some((t) => t.id === id)) id = this.deps.ids.tableId();
    const table: Table = {
      id,
      name: trimmed,
      revision: 1,
      fields: [],
      records: new Map(),
      nextAutoNumber: 1,
      defaultViewId: this.deps.ids.viewId(),
    };
    base.tables.push(table);
    base.revision++;
    return table;
  }

  deleteTable(appToken: string, tableId: string): void {
    const base = this.base(appToken);
    this.table(appToken, tableId);
    base.tables = base.tables.filter((t) => t.id !== tableId);
    base.revision++;
  }

  isSubscribed(appToken: string): boolean {
    return this.subscriptions.has(appToken);
  }
}
