// The seam between the emulator's data store (which changes records and fields) and its event
// delivery (which turns those changes into Feishu events). The store publishes, delivery subscribes.

/** Who made a change: an app (through the OpenAPI) or a simulated user (admin API / grid page). */
export type ChangeOperator = {
  readonly open_id: string;
  readonly union_id: string;
  readonly user_id: string;
};

/** One field's value as events carry it: keyed by field_id, value JSON-serialised (reference §7.3). */
export type EventFieldValue = { readonly field_id: string; readonly field_value: string };

export type RecordAction = {
  readonly record_id: string;
  readonly action: 'record_added' | 'record_deleted' | 'record_edited';
  readonly before_value?: readonly EventFieldValue[];
  readonly after_value?: readonly EventFieldValue[];
};

export type RecordChange = {
  readonly kind: 'record';
  readonly appToken: string;
  readonly tableId: string;
  /** The table's revision after the change. */
  readonly revision: number;
  readonly operator: ChangeOperator;
  readonly actions: readonly RecordAction[];
  /** Emulator clock, ms. */
  readonly at: number;
};

/** A field as field-changed events describe it (reference §7.5). */
export type EventFieldShape = {
  readonly id: string;
  readonly name: string;
  readonly type: number;
  readonly description: string;
  readonly property: Record<string, unknown> | null;
};

export type FieldAction = {
  readonly field_id: string;
  readonly action: 'field_added' | 'field_edited' | 'field_deleted';
  readonly before_value?: EventFieldShape;
  readonly after_value?: EventFieldShape;
};

export type FieldChange = {
  readonly kind: 'field';
  readonly appToken: string;
  readonly tableId: string;
  readonly revision: number;
  readonly operator: ChangeOperator;
  readonly actions: readonly FieldAction[];
  readonly at: number;
};

export type Change = RecordChange | FieldChange;

export type ChangeListener = (change: Change) => void;

/** A synchronous in-process publisher; listeners must not throw (delivery queues its own work). */
export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(change: Change): void {
    for (const listener of this.#listeners) listener(change);
  }
}
