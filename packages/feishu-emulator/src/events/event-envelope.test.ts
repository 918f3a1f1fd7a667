import { describe, expect, test } from 'vitest';
import type { FieldChange, RecordAction } from '../change-feed.js';
import { buildEnvelope, onlyChangedValues } from './event-envelope.js';

const app = { appId: 'cli_a1b2c3d4e5f60718', tenantKey: '2ca1d211f64f6438', verificationToken: 'tok' };
const operator = { open_id: 'ou_1', union_id: 'on_1', user_id: 'u_1' };

describe('event envelopes', () => {
  test('a field change becomes a field-changed event in the 2.0 envelope', () => {
    const change: FieldChange = {
      kind: 'field',
      appToken: 'bascnA',
      tableId: 'tblA',
      revision: 12,
      operator,
      actions: [
        {
          field_id: 'fldN',
          action: 'field_added',
          after_value: { id: 'fldN', name: 'Note', type: 1, description: '', property: null },
        },
      ],
      at: 1_710_000_000_500,
    };
    const envelope = buildEnvelope(change, {
      eventId: 'a'.repeat(32),
      nowMs: 1_710_000_000_900,
      app,
      actionValues: 'changed',
    });

    expect(envelope).toEqual({
      schema: '2.0',
      header: {
        event_id: 'a'.repeat(32),
        event_type: 'drive.file.bitable_field_changed_v1',
        create_time: '1710000000900',
        token: 'tok',
        app_id: app.appId,
        tenant_key: app.tenantKey,
      },
      event: {
        file_type: 'bitable',
        file_token: 'bascnA',
        table_id: 'tblA',
        revision: 12,
        operator_id: { union_id: 'on_1', user_id: 'u_1', open_id: 'ou_1' },
        subscriber_id_list: [],
        update_time: 1_710_000_000,
        action_list: change.actions,
      },
    });
  });

  test('an edit keeps fields whose value changed, was set or was cleared, and drops unchanged ones', () => {
    const action: RecordAction = {
      record_id: 'rec1',
      action: 'record_edited',
      before_value: [
        { field_id: 'same', field_value: '"x"' },
        { field_id: 'edited', field_value: '1' },
        { field_id: 'cleared', field_value: '"gone"' },
      ],
      after_value: [
        { field_id: 'same', field_value: '"x"' },
        { field_id: 'edited', field_value: '2' },
        { field_id: 'set', field_value: '"new"' },
      ],
    };
    const kept = onlyChangedValues(action);
    expect(kept.before_value?.map((v) => v.field_id)).toEqual(['edited', 'cleared']);
    expect(kept.after_value?.map((v) => v.field_id)).toEqual(['edited', 'set']);
  });

  test('added and deleted records keep all their values', () => {
    const added: RecordAction = {
      record_id: 'r',
      action: 'record_added',
      after_value: [{ field_id: 'f', field_value: '1' }],
    };
    expect(onlyChangedValues(added)).toBe(added);
  });
});
