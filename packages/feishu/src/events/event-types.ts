/** The schema 2.0 header every event carries. */
export type EventHeader = {
  readonly eventId: string;
  readonly eventType: string;
  /** Epoch ms (Feishu sends it as a string). */
  readonly createTime: number;
  readonly appId: string;
  readonly tenantKey: string;
};

/** One field of a record before or after the change; `value` is Feishu's JSON string, parsed. */
export type EventCell = { readonly fieldId: string; readonly value: unknown };

export type RecordAction = {
  readonly recordId: string;
  readonly action: 'record_added' | 'record_edited' | 'record_deleted';
  readonly before: readonly EventCell[];
  readonly after: readonly EventCell[];
};

export type FieldAction = {
  readonly fieldId: string;
  readonly action: 'field_added' | 'field_edited' | 'field_deleted';
  readonly before: EventFieldMeta | undefined;
  readonly after: EventFieldMeta | undefined;
};

export type EventFieldMeta = {
  readonly id: string;
  readonly name: string;
  readonly type: number;
  readonly property: unknown;
};

/** A decoded callback or long-connection message. */
export type FeishuEvent =
  | { readonly kind: 'url_verification'; readonly challenge: string }
  | {
      readonly kind: 'record_changed';
      readonly header: EventHeader;
      readonly appToken: string;
      readonly tableId: string;
      readonly revision: number | undefined;
      readonly actions: readonly RecordAction[];
    }
  | {
      readonly kind: 'field_changed';
      readonly header: EventHeader;
      readonly appToken: string;
      readonly tableId: string;
      readonly revision: number | undefined;
      readonly actions: readonly FieldAction[];
    }
  /** A well-formed event of a type basesync does not consume (e.g. drive.file.edit_v1). */
  | { readonly kind: 'other'; readonly header: EventHeader };

export const RECORD_CHANGED_EVENT = 'drive.file.bitable_record_changed_v1';
export const FIELD_CHANGED_EVENT = 'drive.file.bitable_field_changed_v1';
