/** Where a privilege was granted: everywhere, on one database, or on one table. */
export type PrivilegeGrant =
  | { readonly scope: 'global'; readonly privilege: string }
  | { readonly scope: 'schema'; readonly schema: string; readonly privilege: string }
  | { readonly scope: 'table'; readonly schema: string; readonly table: string; readonly privilege: string };

/** What basesync needs to know about the MySQL server and the user it connects as. */
export type ServerFacts = {
  readonly version: string;
  readonly isMariaDb: boolean;
  /** `user@host` as the server authenticated it (CURRENT_USER()). */
  readonly currentUser: string;
  readonly logBin: boolean;
  readonly binlogFormat: string | null;
  readonly logBinTrustFunctionCreators: boolean;
  readonly timeZone: { readonly global: string; readonly session: string; readonly system: string };
  /** The lines of SHOW GRANTS, as the server prints them. */
  readonly grants: readonly string[];
  /** The same grants, one privilege per entry, from information_schema. */
  readonly privileges: readonly PrivilegeGrant[];
};

/** True when the privilege is held on the table (globally, on its database, or on the table). */
export function hasPrivilege(facts: ServerFacts, privilege: string, schema: string, table: string): boolean {
  return facts.privileges.some((p) => {
    if (p.privilege !== privilege && p.privilege !== 'ALL PRIVILEGES') return false;
    if (p.scope === 'global') return true;
    if (p.scope === 'schema') return matchesSchemaPattern(p.schema, schema);
    return p.schema === schema && p.table === table;
  });
}

/** True when a global privilege is held. */
export function hasGlobalPrivilege(facts: ServerFacts, privilege: string): boolean {
  return facts.privileges.some((p) => p.scope === 'global' && p.privilege === privilege);
}

// Schema-level grants may use LIKE wildcards (`test\_%`); `\_` and `\%` are literal.
function matchesSchemaPattern(pattern: string, schema: string): boolean {
  const source = pattern.replace(/\\([_%])|([_%])|([^_%\\]+)|(\\)/g, (_m, lit, wild, text, bs) => {
    if (lit !== undefined) return escapeRegExp(String(lit));
    if (wild !== undefined) return wild === '%' ? '.*' : '.';
    return escapeRegExp(String(text ?? bs));
  });
  return new RegExp(`^${source}$`, 's').test(schema);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
