-- What the capture-trigger installer creates for one table, rendered from
-- apps/server/src/db/capture/trigger-sql.ts for `shop`.`order_lines` (key: order_id BIGINT, line INT)
-- with the outbox in the `basesync` database. Regenerate: pnpm --filter @basesync/server sql:example
-- Reference only: basesync installs these itself (MariaDB: CREATE OR REPLACE; MySQL: DROP + CREATE).

DELIMITER ;;

CREATE OR REPLACE TRIGGER `shop`.`basesync_capture_ins_order_lines_6d1ede42` AFTER INSERT ON `shop`.`order_lines` FOR EACH ROW
BEGIN
  IF @basesync_origin IS NULL THEN
    INSERT INTO `basesync`.`basesync_outbox` (source_schema, source_table, row_key, op, enqueued_at, next_attempt_at)
      VALUES ('shop', 'order_lines', JSON_OBJECT('order_id', CAST(NEW.`order_id` AS CHAR), 'line', NEW.`line`), 'insert', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
  END IF;
END;;

CREATE OR REPLACE TRIGGER `shop`.`basesync_capture_upd_order_lines_6d1ede42` AFTER UPDATE ON `shop`.`order_lines` FOR EACH ROW
BEGIN
  IF @basesync_origin IS NULL THEN
    IF OLD.`order_id` <=> NEW.`order_id` AND OLD.`line` <=> NEW.`line` THEN
      INSERT INTO `basesync`.`basesync_outbox` (source_schema, source_table, row_key, op, enqueued_at, next_attempt_at)
        VALUES ('shop', 'order_lines', JSON_OBJECT('order_id', CAST(NEW.`order_id` AS CHAR), 'line', NEW.`line`), 'update', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
    ELSE
      INSERT INTO `basesync`.`basesync_outbox` (source_schema, source_table, row_key, op, enqueued_at, next_attempt_at)
        VALUES ('shop', 'order_lines', JSON_OBJECT('order_id', CAST(OLD.`order_id` AS CHAR), 'line', OLD.`line`), 'delete', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
               ('shop', 'order_lines', JSON_OBJECT('order_id', CAST(NEW.`order_id` AS CHAR), 'line', NEW.`line`), 'insert', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
    END IF;
  END IF;
END;;

CREATE OR REPLACE TRIGGER `shop`.`basesync_capture_del_order_lines_6d1ede42` AFTER DELETE ON `shop`.`order_lines` FOR EACH ROW
BEGIN
  IF @basesync_origin IS NULL THEN
    INSERT INTO `basesync`.`basesync_outbox` (source_schema, source_table, row_key, op, enqueued_at, next_attempt_at)
      VALUES ('shop', 'order_lines', JSON_OBJECT('order_id', CAST(OLD.`order_id` AS CHAR), 'line', OLD.`line`), 'delete', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
  END IF;
END;;

DELIMITER ;
