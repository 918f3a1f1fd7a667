import { getTableName } from 'drizzle-orm';
import { apiCalls } from './api-calls.js';
import { conflicts } from './conflicts.js';
import { recordHistory, syncLog } from './history.js';
import { inbox } from './inbox.js';
import { leases } from './leases.js';
import { links } from './links.js';
import { mappings } from './mappings.js';
import { outbox } from './outbox.js';
import { scheduledTasks, taskRuns } from './tasks.js';

/** The names of basesync's own state tables (all start with `basesync_`). */
export const STATE_TABLE_NAMES: readonly string[] = [
  mappings,
  links,
  outbox,
  inbox,
  conflicts,
  recordHistory,
  syncLog,
  scheduledTasks,
  taskRuns,
  leases,
  apiCalls,
].map((t) => getTableName(t));
