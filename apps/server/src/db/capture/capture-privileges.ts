import { quoteQualified } from '../identifiers.js';
import { hasGlobalPrivilege, hasPrivilege, type ServerFacts } from '../introspect/server-facts.js';

/** One thing the MySQL user lacks for capture, and the statement an administrator runs to fix it. */
export type MissingCapturePrivilege = { readonly need: string; readonly fix: string };

function userLiteral(currentUser: string): string {
  const at = currentUser.lastIndexOf('@');
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  return `${quote(currentUser.slice(0, at))}@${quote(currentUser.slice(at + 1))}`;
}

/**
 * What capture on `table` needs and `facts` lack: TRIGGER on the table; INSERT on the outbox (a
 * trigger runs with its definer's rights); with binary logging on, SUPER or
 * log_bin_trust_function_creators. Pure, so it runs before anything is created.
 */
export function missingCapturePrivileges(
  facts: ServerFacts,
  table: { readonly schema: string; readonly table: string },
  outbox: { readonly schema: string; readonly table: string },
): MissingCapturePrivilege[] {
  const user = userLiteral(facts.currentUser);
  const missing: MissingCapturePrivilege[] = [];
  if (!hasPrivilege(facts, 'TRIGGER', table.schema, table.table)) {
    missing.push({
      need: `TRIGGER on ${table.schema}.${table.table}`,
      fix: `GRANT TRIGGER ON ${quoteQualified(table.schema, table.table)} TO ${user};`,
    });
  }
  if (!hasPrivilege(facts, 'INSERT', outbox.schema, outbox.table)) {
    missing.push({
      need: `INSERT on ${outbox.schema}.${outbox.table} (the triggers write there as their definer)`,
      fix: `GRANT INSERT ON ${quoteQualified(outbox.schema, outbox.table)} TO ${user};`,
    });
  }
  if (facts.logBin && !facts.logBinTrustFunctionCreators && !hasGlobalPrivilege(facts, 'SUPER')) {
    missing.push({
      need: 'SUPER or log_bin_trust_function_creators=ON (binary logging is on)',
      fix:
        'SET GLOBAL log_bin_trust_function_creators = 1; (and log_bin_trust_function_creators = 1 ' +
        `under [mysqld] in my.cnf so it survives a restart), or GRANT SUPER ON *.* TO ${user};`,
    });
  }
  return missing;
}
