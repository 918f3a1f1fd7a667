import type { RowDataPacket } from 'mysql2';
import type { Queryable } from '../queryable.js';
import type { PrivilegeGrant, ServerFacts } from './server-facts.js';

type VariablesRow = RowDataPacket & {
  version: string;
  currentUser: string;
  logBin: number | string;
  binlogFormat: string | null;
  trust: number | string;
  globalTz: string;
  sessionTz: string;
  systemTz: string;
};

type PrivilegeRow = RowDataPacket & {
  scope: 'global' | 'schema' | 'table';
  schemaName: string | null;
  tableName: string | null;
  privilege: string;
};

/** `user@host` from CURRENT_USER() as information_schema's GRANTEE spells it: `'user'@'host'`. */
export function granteeOf(currentUser: string): string {
  const at = currentUser.lastIndexOf('@');
  return `'${currentUser.slice(0, at)}'@'${currentUser.slice(at + 1)}'`;
}

async function readPrivileges(db: Queryable, grantee: string): Promise<PrivilegeGrant[]> {
  const [rows] = await db.query<PrivilegeRow[]>(
    `SELECT 'global' AS scope, NULL AS schemaName, NULL AS tableName, PRIVILEGE_TYPE AS privilege
       FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ?
     UNION ALL
     SELECT 'schema', TABLE_SCHEMA, NULL, PRIVILEGE_TYPE
       FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ?
     UNION ALL
     SELECT 'table', TABLE_SCHEMA, TABLE_NAME, PRIVILEGE_TYPE
       FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE = ?`,
    [grantee, grantee, grantee],
  );
  return rows.map((r): PrivilegeGrant => {
    if (r.scope === 'global') return { scope: 'global', privilege: r.privilege };
    if (r.scope === 'schema') return { scope: 'schema', schema: r.schemaName ?? '', privilege: r.privilege };
    return { scope: 'table', schema: r.schemaName ?? '', table: r.tableName ?? '', privilege: r.privilege };
  });
}

function isOn(value: number | string): boolean {
  return value === 1 || value === '1' || String(value).toUpperCase() === 'ON';
}

/** Version, binary logging, time zones and the current user's grants. */
export async function readServerFacts(db: Queryable): Promise<ServerFacts> {
  const [vars] = await db.query<VariablesRow[]>(
    `SELECT VERSION() AS version, CURRENT_USER() AS currentUser, @@global.log_bin AS logBin,
            @@global.binlog_format AS binlogFormat, @@global.log_bin_trust_function_creators AS trust,
            @@global.time_zone AS globalTz, @@session.time_zone AS sessionTz,
            @@global.system_time_zone AS systemTz`,
  );
  const v = vars[0];
  if (v === undefined) throw new Error('SELECT VERSION() returned no row');
  const [grantRows] = await db.query<RowDataPacket[]>('SHOW GRANTS FOR CURRENT_USER()');
  return {
    version: v.version,
    isMariaDb: /mariadb/i.test(v.version),
    currentUser: v.currentUser,
    logBin: isOn(v.logBin),
    binlogFormat: v.binlogFormat,
    logBinTrustFunctionCreators: isOn(v.trust),
    timeZone: { global: v.globalTz, session: v.sessionTz, system: v.systemTz },
    grants: grantRows.map((r) => String(Object.values(r)[0])),
    privileges: await readPrivileges(db, granteeOf(v.currentUser)),
  };
}
