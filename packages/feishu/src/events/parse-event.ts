import { BasesyncError } from '@basesync/core';
import {
  FIELD_CHANGED_EVENT,
  RECORD_CHANGED_EVENT,
  type EventCell,
  type EventFieldMeta,
  type EventHeader,
  type FeishuEvent,
  type FieldAction,
  type RecordAction,
} from './event-types.js';
import { array, asObject, child, malformed, oneOf, optionalInt, str, type JsonObject } from './read-json.js';

/**
 * Parses a decrypted event body (schema 2.0, or a url_verification challenge) into a typed event,
 * checking the verification token when one is configured.
 * Throws FEISHU_EVENT_MALFORMED or FEISHU_EVENT_TOKEN_MISMATCH.
 */
export function parseEvent(body: unknown, verificationToken: string | undefined): FeishuEvent {
  const root = asObject(body, 'body');
  if (root.value['type'] === 'url_verification') {
    checkToken(root.value['token'], verificationToken);
    return { kind: 'url_verification', challenge: str(root, 'challenge') };
  }
  if (root.value['schema'] !== '2.0') throw malformed('body.schema', root.value['schema'], '"2.0"');
  const headerObj = child(root, 'header');
  checkToken(headerObj.value['token'], verificationToken);
  const header = parseHeader(headerObj);
  if (header.eventType === RECORD_CHANGED_EVENT) {
    const event = child(root, 'event');
    return {
      kind: 'record_changed',
      header,
      ...tableOf(event),
      actions: array(event, 'action_list').map(parseRecordAction),
    };
  }
  if (header.eventType === FIELD_CHANGED_EVENT) {
    const event = child(root, 'event');
    return {
      kind: 'field_changed',
      header,
      ...tableOf(event),
      actions: array(event, 'action_list').map(parseFieldAction),
    };
  }
  return { kind: 'other', header };
}

function checkToken(given: unknown, expected: string | undefined): void {
  if (expected === undefined || given === expected) return;
  throw new BasesyncError('FEISHU_EVENT_TOKEN_MISMATCH', 'event verification token does not match', {
    field: 'header.token',
  });
}

function parseHeader(h: JsonObject): EventHeader {
  const createTime = Number(str(h, 'create_time'));
  if (!Number.isFinite(createTime))
    throw malformed(`${h.path}.create_time`, h.value['create_time'], 'epoch ms');
  return {
    eventId: str(h, 'event_id'),
    eventType: str(h, 'event_type'),
    createTime,
    appId: str(h, 'app_id'),
    tenantKey: str(h, 'tenant_key'),
  };
}

function tableOf(event: JsonObject): { appToken: string; tableId: string; revision: number | undefined } {
  return {
    appToken: str(event, 'file_token'),
    tableId: str(event, 'table_id'),
    revision: optionalInt(event, 'revision'),
  };
}

const RECORD_ACTIONS = ['record_added', 'record_edited', 'record_deleted'] as const;
const FIELD_ACTIONS = ['field_added', 'field_edited', 'field_deleted'] as const;

function parseRecordAction(raw: unknown, i: number): RecordAction {
  const a = asObject(raw, `event.action_list[${i}]`);
  return {
    recordId: str(a, 'record_id'),
    action: oneOf(a, 'action', RECORD_ACTIONS),
    before: array(a, 'before_value', true).map((c, j) => parseCell(c, `${a.path}.before_value[${j}]`)),
    after: array(a, 'after_value', true).map((c, j) => parseCell(c, `${a.path}.after_value[${j}]`)),
  };
}

function parseCell(raw: unknown, path: string): EventCell {
  const c = asObject(raw, path);
  const fieldValue = c.value['field_value'];
  return {
    fieldId: str(c, 'field_id'),
    value: typeof fieldValue === 'string' ? parseCellJson(fieldValue) : fieldValue,
  };
}

/** `field_value` is JSON-serialised; values seen in the wild are not always valid JSON, keep them raw. */
function parseCellJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function parseFieldAction(raw: unknown, i: number): FieldAction {
  const a = asObject(raw, `event.action_list[${i}]`);
  return {
    fieldId: str(a, 'field_id'),
    action: oneOf(a, 'action', FIELD_ACTIONS),
    before: parseFieldMeta(a.value['before_value'], `${a.path}.before_value`),
    after: parseFieldMeta(a.value['after_value'], `${a.path}.after_value`),
  };
}

function parseFieldMeta(raw: unknown, path: string): EventFieldMeta | undefined {
  if (raw === undefined || raw === null) return undefined;
  const m = asObject(raw, path);
  const type = optionalInt(m, 'type');
  if (type === undefined) throw malformed(`${path}.type`, undefined, 'an integer');
  return { id: str(m, 'id'), name: str(m, 'name'), type, property: m.value['property'] ?? null };
}
