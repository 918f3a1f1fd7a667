import { bigint, boolean, index, int, json, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { idRef, utcInstant, utcNow } from './columns.js';

/** Recurring or one-off work (reconcile, backfill, cleanup), picked by the next due time. */
export const scheduledTasks = mysqlTable(
  'basesync_scheduled_tasks',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    name: varchar('name', { length: 128 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    mappingId: idRef('mapping_id'),
    intervalMs: int('interval_ms', { unsigned: true }),
    args: json('args').$type<Record<string, unknown>>(),
    enabled: boolean('enabled').notNull().default(true),
    nextRunAt: utcNow('next_run_at'),
    createdAt: utcNow('created_at'),
  },
  (t) => [
    uniqueIndex('basesync_scheduled_tasks_name').on(t.name),
    index('basesync_scheduled_tasks_due').on(t.enabled, t.nextRunAt),
  ],
);

export const TaskRunStatus = { running: 'running', succeeded: 'succeeded', failed: 'failed' } as const;
export type TaskRunStatus = (typeof TaskRunStatus)[keyof typeof TaskRunStatus];

/** One run of a scheduled task: who ran it, how it ended, and its result or error. */
export const taskRuns = mysqlTable(
  'basesync_task_runs',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    taskId: idRef('task_id')
      .notNull()
      .references(() => scheduledTasks.id, { onDelete: 'cascade' }),
    holder: varchar('holder', { length: 128 }).notNull(),
    status: varchar('status', { length: 12 }).$type<TaskRunStatus>().notNull().default('running'),
    startedAt: utcNow('started_at'),
    finishedAt: utcInstant('finished_at'),
    result: json('result').$type<Record<string, unknown>>(),
    errorCode: varchar('error_code', { length: 64 }),
    errorMessage: varchar('error_message', { length: 2000 }),
  },
  (t) => [index('basesync_task_runs_task').on(t.taskId, t.id)],
);
