CREATE TABLE `basesync_mappings` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`name` varchar(128) NOT NULL,
	`app_token` varchar(64) NOT NULL,
	`table_id` varchar(64) NOT NULL,
	`mysql_schema` varchar(64) NOT NULL,
	`mysql_table` varchar(64) NOT NULL,
	`key_columns` json NOT NULL,
	`field_map` json NOT NULL,
	`direction` varchar(24) NOT NULL DEFAULT 'both',
	`conflict_policy` varchar(24) NOT NULL DEFAULT 'manual',
	`state` varchar(12) NOT NULL DEFAULT 'enabled',
	`pause_reason` json,
	`paused_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`updated_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_mappings_id` PRIMARY KEY(`id`),
	CONSTRAINT `basesync_mappings_name` UNIQUE(`name`),
	CONSTRAINT `basesync_mappings_bitable_table` UNIQUE(`app_token`,`table_id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_links` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`mapping_id` bigint unsigned NOT NULL,
	`row_key` varchar(512) NOT NULL,
	`record_id` varchar(64),
	`base_values` json NOT NULL,
	`base_hash` varchar(64) NOT NULL,
	`tombstone` boolean NOT NULL DEFAULT false,
	`deleted_at` datetime(3),
	`synced_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_links_id` PRIMARY KEY(`id`),
	CONSTRAINT `basesync_links_row` UNIQUE(`mapping_id`,`row_key`),
	CONSTRAINT `basesync_links_record` UNIQUE(`mapping_id`,`record_id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_outbox` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`source_schema` varchar(64) NOT NULL,
	`source_table` varchar(64) NOT NULL,
	`row_key` varchar(1024) NOT NULL,
	`op` varchar(8) NOT NULL,
	`enqueued_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`state` varchar(12) NOT NULL DEFAULT 'pending',
	`claimed_by` varchar(128),
	`claimed_at` datetime(3),
	`attempts` int unsigned NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`last_error_code` varchar(64),
	`last_error_message` varchar(2000),
	CONSTRAINT `basesync_outbox_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_inbox` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`event_id` varchar(128) NOT NULL,
	`event_type` varchar(128) NOT NULL,
	`app_token` varchar(64),
	`table_id` varchar(64),
	`payload` json NOT NULL,
	`received_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`processed_at` datetime(3),
	`state` varchar(12) NOT NULL DEFAULT 'pending',
	`claimed_by` varchar(128),
	`claimed_at` datetime(3),
	`attempts` int unsigned NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`last_error_code` varchar(64),
	`last_error_message` varchar(2000),
	CONSTRAINT `basesync_inbox_id` PRIMARY KEY(`id`),
	CONSTRAINT `basesync_inbox_event` UNIQUE(`event_id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_conflicts` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`mapping_id` bigint unsigned NOT NULL,
	`row_key` varchar(512) NOT NULL,
	`record_id` varchar(64),
	`field_id` varchar(64) NOT NULL,
	`column_name` varchar(64) NOT NULL,
	`base_value` json,
	`mysql_value` json,
	`bitable_value` json,
	`mysql_changed_at` datetime(3),
	`mysql_changed_by` varchar(128),
	`bitable_changed_at` datetime(3),
	`bitable_changed_by` varchar(128),
	`status` varchar(12) NOT NULL DEFAULT 'open',
	`resolution` varchar(12),
	`resolved_value` json,
	`resolved_by` varchar(128),
	`resolved_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_conflicts_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_record_history` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`mapping_id` bigint unsigned NOT NULL,
	`row_key` varchar(512) NOT NULL,
	`record_id` varchar(64),
	`direction` varchar(24) NOT NULL,
	`op` varchar(8) NOT NULL,
	`origin` varchar(12) NOT NULL,
	`changes` json NOT NULL,
	`at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_record_history_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_sync_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`mapping_id` bigint unsigned,
	`level` varchar(8) NOT NULL,
	`event` varchar(64) NOT NULL,
	`code` varchar(64),
	`message` varchar(2000) NOT NULL,
	`data` json,
	`at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_sync_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_scheduled_tasks` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`name` varchar(128) NOT NULL,
	`kind` varchar(32) NOT NULL,
	`mapping_id` bigint unsigned,
	`interval_ms` int unsigned,
	`args` json,
	`enabled` boolean NOT NULL DEFAULT true,
	`next_run_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`created_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_scheduled_tasks_id` PRIMARY KEY(`id`),
	CONSTRAINT `basesync_scheduled_tasks_name` UNIQUE(`name`)
);
--> statement-breakpoint
CREATE TABLE `basesync_task_runs` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`task_id` bigint unsigned NOT NULL,
	`holder` varchar(128) NOT NULL,
	`status` varchar(12) NOT NULL DEFAULT 'running',
	`started_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`finished_at` datetime(3),
	`result` json,
	`error_code` varchar(64),
	`error_message` varchar(2000),
	CONSTRAINT `basesync_task_runs_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `basesync_leases` (
	`name` varchar(128) NOT NULL,
	`holder` varchar(128) NOT NULL,
	`fence` bigint unsigned NOT NULL DEFAULT 1,
	`acquired_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	`expires_at` datetime(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
	CONSTRAINT `basesync_leases_name` PRIMARY KEY(`name`)
);
--> statement-breakpoint
CREATE TABLE `basesync_api_calls` (
	`minute` datetime NOT NULL,
	`endpoint` varchar(128) NOT NULL,
	`outcome` varchar(16) NOT NULL,
	`calls` int unsigned NOT NULL DEFAULT 0,
	`total_ms` bigint unsigned NOT NULL DEFAULT 0,
	CONSTRAINT `basesync_api_calls_minute_endpoint_outcome_pk` PRIMARY KEY(`minute`,`endpoint`,`outcome`)
);
--> statement-breakpoint
ALTER TABLE `basesync_links` ADD CONSTRAINT `basesync_links_mapping_id_basesync_mappings_id_fk` FOREIGN KEY (`mapping_id`) REFERENCES `basesync_mappings`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `basesync_conflicts` ADD CONSTRAINT `basesync_conflicts_mapping_id_basesync_mappings_id_fk` FOREIGN KEY (`mapping_id`) REFERENCES `basesync_mappings`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `basesync_record_history` ADD CONSTRAINT `basesync_record_history_mapping_id_basesync_mappings_id_fk` FOREIGN KEY (`mapping_id`) REFERENCES `basesync_mappings`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `basesync_task_runs` ADD CONSTRAINT `basesync_task_runs_task_id_basesync_scheduled_tasks_id_fk` FOREIGN KEY (`task_id`) REFERENCES `basesync_scheduled_tasks`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `basesync_mappings_mysql_table` ON `basesync_mappings` (`mysql_schema`,`mysql_table`);--> statement-breakpoint
CREATE INDEX `basesync_outbox_due` ON `basesync_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `basesync_inbox_due` ON `basesync_inbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `basesync_conflicts_open` ON `basesync_conflicts` (`mapping_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `basesync_conflicts_row` ON `basesync_conflicts` (`mapping_id`,`row_key`,`field_id`);--> statement-breakpoint
CREATE INDEX `basesync_record_history_row` ON `basesync_record_history` (`mapping_id`,`row_key`,`id`);--> statement-breakpoint
CREATE INDEX `basesync_record_history_record` ON `basesync_record_history` (`mapping_id`,`record_id`,`id`);--> statement-breakpoint
CREATE INDEX `basesync_sync_log_mapping` ON `basesync_sync_log` (`mapping_id`,`id`);--> statement-breakpoint
CREATE INDEX `basesync_scheduled_tasks_due` ON `basesync_scheduled_tasks` (`enabled`,`next_run_at`);--> statement-breakpoint
CREATE INDEX `basesync_task_runs_task` ON `basesync_task_runs` (`task_id`,`id`);