import { sql } from 'drizzle-orm';
import { bigint, datetime, int, varchar } from 'drizzle-orm/mysql-core';

// Every timestamp basesync stores is UTC with milliseconds. Defaults use UTC_TIMESTAMP(3), not
// NOW(3): capture triggers run on the user's connections, whose session time zone is theirs.

/** A UTC instant with milliseconds, defaulting to the insert time. */
export function utcNow(name: string) {
  return datetime(name, { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`(UTC_TIMESTAMP(3))`);
}

/** A nullable UTC instant with milliseconds. */
export function utcInstant(name: string) {
  return datetime(name, { mode: 'date', fsp: 3 });
}

/** A reference to a row of another basesync table by its unsigned bigint id. */
export function idRef(name: string) {
  return bigint(name, { mode: 'number', unsigned: true });
}

/** MySQL's identifier limit: schema, table, column and trigger names are at most 64 characters. */
export function mysqlName(name: string) {
  return varchar(name, { length: 64 });
}

/** Claim and retry columns shared by the outbox and the inbox (a dead letter is state 'dead'). */
export function workColumns() {
  return {
    state: varchar('state', { length: 12 }).$type<WorkState>().notNull().default('pending'),
    claimedBy: varchar('claimed_by', { length: 128 }),
    claimedAt: utcInstant('claimed_at'),
    attempts: int('attempts', { unsigned: true }).notNull().default(0),
    nextAttemptAt: utcNow('next_attempt_at'),
    lastErrorCode: varchar('last_error_code', { length: 64 }),
    lastErrorMessage: varchar('last_error_message', { length: 2000 }),
  };
}

/** Where a queued change stands: waiting (maybe after failures), or given up on as a dead letter. */
export const WorkState = { pending: 'pending', dead: 'dead' } as const;
export type WorkState = (typeof WorkState)[keyof typeof WorkState];
