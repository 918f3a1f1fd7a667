import { describe, expect, test } from 'vitest';
import { keyColumn } from './render-capture-example.js';
import { captureTriggerName, captureTriggers, createTriggerSql, type CaptureSpec } from './trigger-sql.js';

const SPEC: CaptureSpec = {
  schema: 'shop',
  table: 'order_lines',
  keyColumns: [keyColumn('order_id', 'bigint'), keyColumn('line', 'int'), keyColumn('uuid', 'binary')],
  outboxSchema: 'basesync',
  outboxTable: 'basesync_outbox',
};

describe('capture trigger SQL', () => {
  test('trigger names are stable, at most 64 characters, and differ for names that slug alike', () => {
    expect(captureTriggerName('order_lines', 'INSERT')).toBe(captureTriggerName('order_lines', 'INSERT'));
    expect(captureTriggerName('order_lines', 'INSERT')).toMatch(
      /^basesync_capture_ins_order_lines_[0-9a-f]{8}$/,
    );
    const long = captureTriggerName('t'.repeat(64), 'DELETE');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(captureTriggerName('a-b', 'UPDATE')).not.toBe(captureTriggerName('a_b', 'UPDATE'));
  });

  test('the key travels losslessly: bigint as decimal text, binary as hex', () => {
    const [insert] = captureTriggers(SPEC);
    expect(insert?.body).toContain(
      "JSON_OBJECT('order_id', CAST(NEW.`order_id` AS CHAR), 'line', NEW.`line`, 'uuid', HEX(NEW.`uuid`))",
    );
  });

  test('the update trigger splits a key change into delete + insert, and every trigger skips basesync', () => {
    const triggers = captureTriggers(SPEC);
    const update = triggers.find((t) => t.event === 'UPDATE');
    expect(update?.body).toContain('IF OLD.`order_id` <=> NEW.`order_id` AND OLD.`line` <=> NEW.`line`');
    expect(update?.body).toMatch(/'delete'[^;]*'insert'/s);
    for (const t of triggers) expect(t.body).toMatch(/^BEGIN\n {2}IF @basesync_origin IS NULL THEN/);
  });

  test('the statement names the table and the outbox quoted, after the AFTER event', () => {
    const [insert] = captureTriggers(SPEC);
    if (insert === undefined) throw new Error('no insert trigger');
    const sql = createTriggerSql(SPEC, insert, true);
    expect(sql).toMatch(
      /^CREATE OR REPLACE TRIGGER `shop`\.`basesync_capture_ins_order_lines_[0-9a-f]{8}` AFTER INSERT ON `shop`\.`order_lines` FOR EACH ROW\nBEGIN/,
    );
    expect(sql).toContain('INSERT INTO `basesync`.`basesync_outbox`');
  });

  test('names with quotes or backslashes become hex literals, never raw text', () => {
    const spec = { ...SPEC, table: "it's\\", keyColumns: [keyColumn("o'k", 'int')] };
    const [insert] = captureTriggers(spec);
    expect(insert?.body).toContain(`CONVERT(X'${Buffer.from("it's\\").toString('hex')}' USING utf8mb4)`);
    expect(insert?.body).toContain(
      `CONVERT(X'${Buffer.from("o'k").toString('hex')}' USING utf8mb4), NEW.\`o'k\``,
    );
  });
});
