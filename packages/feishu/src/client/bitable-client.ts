import { Client, Domain, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { ApiMeter } from '../calls/api-meter.js';
import { DEFAULT_BACKOFF } from '@basesync/core';
import { DEFAULT_BREAKER, type BreakerState } from '../calls/circuit-breaker.js';
import { FeishuCaller } from '../calls/feishu-caller.js';
import { SILENT_LOGGER, redactingLogger } from '../calls/log-hooks.js';
import { createLocalLeaseProvider } from '../limits/lease-provider.js';
import { createRateLimiter } from '../limits/rate-limiter.js';
import { FEISHU_RATE_TIERS } from '../limits/rate-tiers.js';
import { createRecords, type CreatedRecord, type CreateRequest } from '../records/create-records.js';
import type { BitableRecord, RecordUpdate, SearchQuery } from '../records/record-types.js';
import {
  batchGetRecords,
  deleteRecords,
  getRecord,
  listRecords,
  searchRecords,
  updateRecords,
  type BatchGetResult,
} from '../records/records-api.js';
import { createCheckedHttp } from '../sdk/checked-http.js';
import { sdkLogger } from '../sdk/sdk-logger.js';
import { ClearableTokenCache } from '../sdk/token-cache.js';
import type { CallSignal, ClientContext } from './client-context.js';
import { DEFAULT_RECORD_LIMITS, type BitableClientOptions } from './client-options.js';
import { findUsersByEmail, type UserIdType } from './contact-api.js';
import {
  downloadAttachment,
  isBaseSubscribed,
  subscribeBase,
  unsubscribeBase,
  uploadAttachment,
  type Attachment,
} from './drive-api.js';
import {
  createField,
  createTable,
  deleteField,
  listFields,
  listTables,
  updateField,
  type FieldInfo,
  type FieldSpec,
  type TableInfo,
} from './schema-api.js';

function sdkDomain(domain: BitableClientOptions['domain']): Domain | string {
  if (domain === undefined || domain === 'feishu') return Domain.Feishu;
  return domain === 'lark' ? Domain.Lark : domain;
}

/**
 * The Bitable client basesync writes through: the official SDK plus an app-wide rate limit,
 * one write in flight per table, retries with full-jitter backoff, token refresh, a circuit
 * breaker, exactly-once creates and a meter. See the package README for the guarantees.
 */
export class BitableClient {
  readonly meter = new ApiMeter();
  readonly #ctx: ClientContext;
  readonly #caller: FeishuCaller;

  constructor(options: BitableClientOptions) {
    const log = redactingLogger(options.logger ?? SILENT_LOGGER);
    const tokenCache = new ClearableTokenCache(options.now);
    const sdk = new Client({
      appId: options.appId,
      appSecret: options.appSecret,
      domain: sdkDomain(options.domain),
      cache: tokenCache,
      httpInstance: createCheckedHttp(options.requestTimeoutMs),
      logger: sdkLogger(log),
      loggerLevel: LoggerLevel.warn,
    });
    this.#caller = new FeishuCaller({
      limiter:
        options.limiter ??
        createRateLimiter({
          tiers: options.rateTiers ?? FEISHU_RATE_TIERS,
          ...(options.now ? { now: options.now } : {}),
        }),
      meter: this.meter,
      log,
      dropToken: () => {
        tokenCache.clear();
      },
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      breaker: options.breaker ?? DEFAULT_BREAKER,
      maxAttempts: options.maxAttempts ?? 10,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
    });
    const limits = { ...DEFAULT_RECORD_LIMITS, ...options.recordLimits };
    this.#ctx = {
      sdk,
      caller: this.#caller,
      leases: options.leases ?? createLocalLeaseProvider(),
      limits,
      log,
    };
  }

  /** closed, open (with the reason and the next probe time) or half_open. */
  get breakerState(): BreakerState {
    return this.#caller.breakerState;
  }

  listTables(appToken: string, opts?: CallSignal): AsyncGenerator<TableInfo> {
    return listTables(this.#ctx, appToken, opts);
  }
  createTable(
    appToken: string,
    name: string,
    fields: readonly FieldSpec[],
    opts?: CallSignal,
  ): Promise<string> {
    return createTable(this.#ctx, appToken, name, fields, opts);
  }
  listRecords(appToken: string, tableId: string, opts?: CallSignal): AsyncGenerator<BitableRecord> {
    return listRecords(this.#ctx, appToken, tableId, opts);
  }
  getRecord(appToken: string, tableId: string, recordId: string, opts?: CallSignal): Promise<BitableRecord> {
    return getRecord(this.#ctx, appToken, tableId, recordId, opts);
  }
  listFields(appToken: string, tableId: string, opts?: CallSignal): AsyncGenerator<FieldInfo> {
    return listFields(this.#ctx, appToken, tableId, opts);
  }
  createField(appToken: string, tableId: string, spec: FieldSpec, opts?: CallSignal): Promise<FieldInfo> {
    return createField(this.#ctx, appToken, tableId, spec, opts);
  }
  updateField(
    appToken: string,
    tableId: string,
    fieldId: string,
    spec: FieldSpec,
    opts?: CallSignal,
  ): Promise<FieldInfo> {
    return updateField(this.#ctx, appToken, tableId, fieldId, spec, opts);
  }
  deleteField(appToken: string, tableId: string, fieldId: string, opts?: CallSignal): Promise<void> {
    return deleteField(this.#ctx, appToken, tableId, fieldId, opts);
  }
  searchRecords(
    appToken: string,
    tableId: string,
    query?: SearchQuery,
    opts?: CallSignal,
  ): AsyncGenerator<BitableRecord> {
    return searchRecords(this.#ctx, appToken, tableId, query, opts);
  }
  batchGetRecords(
    appToken: string,
    tableId: string,
    recordIds: readonly string[],
    opts?: CallSignal,
  ): Promise<BatchGetResult> {
    return batchGetRecords(this.#ctx, appToken, tableId, recordIds, opts);
  }
  createRecords(
    appToken: string,
    tableId: string,
    request: CreateRequest,
    opts?: CallSignal,
  ): Promise<CreatedRecord[]> {
    return createRecords(this.#ctx, appToken, tableId, request, opts);
  }
  updateRecords(
    appToken: string,
    tableId: string,
    updates: readonly RecordUpdate[],
    opts?: CallSignal,
  ): Promise<BitableRecord[]> {
    return updateRecords(this.#ctx, appToken, tableId, updates, opts);
  }
  deleteRecords(
    appToken: string,
    tableId: string,
    recordIds: readonly string[],
    opts?: CallSignal,
  ): Promise<void> {
    return deleteRecords(this.#ctx, appToken, tableId, recordIds, opts);
  }
  subscribeBase(appToken: string, opts?: CallSignal): Promise<void> {
    return subscribeBase(this.#ctx, appToken, opts);
  }
  isBaseSubscribed(appToken: string, opts?: CallSignal): Promise<boolean> {
    return isBaseSubscribed(this.#ctx, appToken, opts);
  }
  unsubscribeBase(appToken: string, opts?: CallSignal): Promise<void> {
    return unsubscribeBase(this.#ctx, appToken, opts);
  }
  uploadAttachment(appToken: string, file: Attachment, opts?: CallSignal): Promise<string> {
    return uploadAttachment(this.#ctx, appToken, file, opts);
  }
  downloadAttachment(fileToken: string, opts?: CallSignal): Promise<Buffer> {
    return downloadAttachment(this.#ctx, fileToken, opts);
  }
  findUsersByEmail(
    emails: readonly string[],
    idType?: UserIdType,
    opts?: CallSignal,
  ): Promise<Map<string, string>> {
    return findUsersByEmail(this.#ctx, emails, idType, opts);
  }
}
