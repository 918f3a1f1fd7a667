import type { Queryable } from '../queryable.js';

/**
 * The session variable that marks a connection as basesync's own: capture triggers skip rows
 * written while it is set, so Bitable → MySQL writes are not echoed back to Bitable.
 */
export const ORIGIN_VARIABLE = '@basesync_origin';

/** Marks (or unmarks) one connection as basesync's; its writes are then not captured. */
export async function setBasesyncOrigin(conn: Queryable, on: boolean): Promise<void> {
  await conn.query(on ? `SET ${ORIGIN_VARIABLE} = 'basesync'` : `SET ${ORIGIN_VARIABLE} = NULL`);
}
