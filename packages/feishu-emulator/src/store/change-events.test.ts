import { describe, expect, test } from 'vitest';
import { ChangeFeed, type Change } from '../change-feed.js';
import { createIdFactory } from '../ids.js';
import { createRandom } from '../random.js';
import { EmulatorStore } from './emulator-store.js';
import { createField, deleteField, updateField } from './field-ops.js';
import { createRecords, deleteRecords, updateRecords } from './record-writes.js';

const operator = { open_id: 'ou_app', union_id: 'on_app', user_id: '' };

function setup() {
  const feed = new ChangeFeed();
  const changes: Change[] = [];
  feed.subscribe((c) => changes.push(c));
  const store = new EmulatorStore({
    ids: createIdFactory(createRandom(1)),
    now: () => 1_000,
    feed,
    appOperator: operator,
  });
  const base = store.createBase('b');
  const table = store.addTable(base.appToken, 't');
  const name = createField(store, base.appToken, table.id, { field_name: 'Name', type: 1 }, operator);
  const status = createField(store, base.appToken, table.id, { field_name: 'Status', type: 3 }, operator);
  changes.length = 0;
  const write = { userIdType: 'open_id' as const, operator };
  return { store, changes, app: base.appToken, table, name, status, write };
}

describe('every write publishes one change with the table revision after it', () => {
  test('a batch create is one record change with an added action per record, values keyed by field_id', () => {
    const { store, changes, app, table, name, status, write } = setup();
    const before = table.revision;
    const [a, b] = createRecords(
      store,
      app,
      table.id,
      [{ fields: { Name: 'a', Status: 'Open' } }, { fields: { Name: 'b' } }],
      write,
    );
    const optionId = (status.property?.['options'] as { id: string }[])[0]?.id;
    expect(changes).toEqual([
      {
        kind: 'record',
        appToken: app,
        tableId: table.id,
        revision: before + 1,
        operator,
        at: 1_000,
        actions: [
          {
            record_id: a?.id,
            action: 'record_added',
            after_value: [
              { field_id: name.id, field_value: '"a"' },
              { field_id: status.id, field_value: JSON.stringify(optionId) },
            ],
          },
          {
            record_id: b?.id,
            action: 'record_added',
            after_value: [{ field_id: name.id, field_value: '"b"' }],
          },
        ],
      },
    ]);
  });

  test('an update lists only the changed fields before and after; a delete lists what was there', () => {
    const { store, changes, app, table, name, write } = setup();
    const [rec] = createRecords(store, app, table.id, [{ fields: { Name: 'old' } }], write);
    changes.length = 0;
    updateRecords(store, app, table.id, [{ record_id: rec?.id, fields: { Name: 'new' } }], write);
    deleteRecords(store, app, table.id, [rec?.id], operator);
    expect(changes.map((c) => (c.kind === 'record' ? c.actions : []))).toEqual([
      [
        {
          record_id: rec?.id,
          action: 'record_edited',
          before_value: [{ field_id: name.id, field_value: '"old"' }],
          after_value: [{ field_id: name.id, field_value: '"new"' }],
        },
      ],
      [
        {
          record_id: rec?.id,
          action: 'record_deleted',
          before_value: [{ field_id: name.id, field_value: '"new"' }],
        },
      ],
    ]);
    expect(changes.map((c) => c.revision)).toEqual([table.revision - 1, table.revision]);
  });

  test('a rejected batch publishes nothing and leaves the revision alone', () => {
    const { store, changes, app, table, write } = setup();
    const revision = table.revision;
    expect(() =>
      createRecords(store, app, table.id, [{ fields: { Name: 'ok' } }, { fields: { Name: 5 } }], write),
    ).toThrow(/TextFieldConvFail/);
    expect(changes).toEqual([]);
    expect(table.revision).toBe(revision);
  });

  test('field create, update and delete publish field changes with before and after shapes', () => {
    const { store, changes, app, table } = setup();
    const f = createField(store, app, table.id, { field_name: 'Qty', type: 2 }, operator);
    updateField(store, app, table.id, f.id, { field_name: 'Quantity', type: 2 }, operator);
    deleteField(store, app, table.id, f.id, operator);
    const actions = changes.map((c) => (c.kind === 'field' ? c.actions[0] : undefined));
    expect(actions.map((a) => a?.action)).toEqual(['field_added', 'field_edited', 'field_deleted']);
    expect(actions[1]?.before_value?.name).toBe('Qty');
    expect(actions[1]?.after_value).toMatchObject({
      id: f.id,
      name: 'Quantity',
      type: 2,
      property: { formatter: '0' },
    });
    expect(actions[2]?.after_value).toBeUndefined();
  });
});
