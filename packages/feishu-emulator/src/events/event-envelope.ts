import type {
  Change,
  ChangeOperator,
  EventFieldValue,
  FieldChange,
  RecordAction,
  RecordChange,
} from '../change-feed.js';

export const EventType = {
  recordChanged: 'drive.file.bitable_record_changed_v1',
  fieldChanged: 'drive.file.bitable_field_changed_v1',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/**
 * Which cell values a `record_edited` action lists. Feishu's example shows only the edited field;
 * whether unchanged fields are ever listed is UNCONFIRMED (reference §7.3), hence a switch.
 */
export type ActionValues = 'changed' | 'all';

export type EventApp = { appId: string; tenantKey: string; verificationToken: string };

/** The schema 2.0 envelope every bitable event travels in (reference §7.2). */
export type EventEnvelope = {
  schema: '2.0';
  header: {
    event_id: string;
    event_type: EventType;
    /** Milliseconds, as a string. */
    create_time: string;
    token: string;
    app_id: string;
    tenant_key: string;
  };
  event: Record<string, unknown>;
};

export type EnvelopeContext = { eventId: string; nowMs: number; app: EventApp; actionValues: ActionValues };

/** Builds the Feishu event for one change published on the ChangeFeed. */
export function buildEnvelope(change: Change, ctx: EnvelopeContext): EventEnvelope {
  const eventType = change.kind === 'record' ? EventType.recordChanged : EventType.fieldChanged;
  const event = change.kind === 'record' ? recordEvent(change, ctx.actionValues) : fieldEvent(change);
  return {
    schema: '2.0',
    header: {
      event_id: ctx.eventId,
      event_type: eventType,
      create_time: String(ctx.nowMs),
      token: ctx.app.verificationToken,
      app_id: ctx.app.appId,
      tenant_key: ctx.app.tenantKey,
    },
    event,
  };
}

function commonEvent(change: Change): Record<string, unknown> {
  return {
    file_type: 'bitable',
    file_token: change.appToken,
    table_id: change.tableId,
    revision: change.revision,
    operator_id: operatorId(change.operator),
    // Who else subscribed is not modelled: a tenant-token subscription names no user.
    subscriber_id_list: [],
    update_time: Math.floor(change.at / 1000),
  };
}

function operatorId(operator: ChangeOperator): ChangeOperator {
  return { union_id: operator.union_id, user_id: operator.user_id, open_id: operator.open_id };
}

function recordEvent(change: RecordChange, actionValues: ActionValues): Record<string, unknown> {
  const actions = actionValues === 'all' ? change.actions : change.actions.map(onlyChangedValues);
  return { ...commonEvent(change), action_list: actions };
}

function fieldEvent(change: FieldChange): Record<string, unknown> {
  return { ...commonEvent(change), action_list: change.actions };
}

/** Keeps, for an edit, only the fields whose value differs before and after (or exists on one side). */
export function onlyChangedValues(action: RecordAction): RecordAction {
  if (action.action !== 'record_edited') return action;
  const before = action.before_value ?? [];
  const after = action.after_value ?? [];
  const beforeById = valuesById(before);
  const afterById = valuesById(after);
  const changed = (id: string) => beforeById.get(id) !== afterById.get(id);
  return {
    ...action,
    before_value: before.filter((v) => changed(v.field_id)),
    after_value: after.filter((v) => changed(v.field_id)),
  };
}

function valuesById(values: readonly EventFieldValue[]): Map<string, string> {
  return new Map(values.map((v) => [v.field_id, v.field_value]));
}
