import type { ColumnInfo } from '../introspect/catalog.js';
import { captureTriggers, createTriggerSql, type CaptureSpec } from './trigger-sql.js';

/** A NOT NULL key column of the given type, as introspection would report it. */
export function keyColumn(name: string, dataType: string): ColumnInfo {
  return {
    name,
    dataType,
    columnType: dataType,
    nullable: false,
    defaultValue: null,
    comment: '',
    charset: null,
    autoIncrement: false,
    generated: false,
  };
}

/** A table `shop`.`order_lines` keyed by (order_id BIGINT, line INT), outbox in `basesync`. */
export const EXAMPLE_CAPTURE_SPEC: CaptureSpec = {
  schema: 'shop',
  table: 'order_lines',
  keyColumns: [keyColumn('order_id', 'bigint'), keyColumn('line', 'int')],
  outboxSchema: 'basesync',
  outboxTable: 'basesync_outbox',
};

/** The text of sql/capture-triggers.example.sql: the three triggers for the example table. */
export function renderCaptureExample(): string {
  const header = [
    '-- What the capture-trigger installer creates for one table, rendered from',
    '-- apps/server/src/db/capture/trigger-sql.ts for `shop`.`order_lines` (key: order_id BIGINT, line INT)',
    '-- with the outbox in the `basesync` database. Regenerate: pnpm --filter @basesync/server sql:example',
    '-- Reference only: basesync installs these itself (MariaDB: CREATE OR REPLACE; MySQL: DROP + CREATE).',
  ].join('\n');
  const statements = captureTriggers(EXAMPLE_CAPTURE_SPEC).map(
    (t) => `${createTriggerSql(EXAMPLE_CAPTURE_SPEC, t, true)};`,
  );
  return `${header}\n\nDELIMITER ;;\n\n${statements.join(';\n\n')};\n\nDELIMITER ;\n`;
}
