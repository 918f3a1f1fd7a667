import { describe, expect, test } from 'vitest';
import type { PrivilegeGrant, ServerFacts } from '../introspect/server-facts.js';
import { missingCapturePrivileges } from './capture-privileges.js';

function facts(privileges: PrivilegeGrant[], binlog: Partial<ServerFacts> = {}): ServerFacts {
  return {
    version: '10.11.6-MariaDB',
    isMariaDb: true,
    currentUser: 'sync@%',
    logBin: false,
    binlogFormat: 'MIXED',
    logBinTrustFunctionCreators: false,
    timeZone: { global: 'SYSTEM', session: 'SYSTEM', system: 'UTC' },
    grants: [],
    privileges,
    ...binlog,
  };
}

const TABLE = { schema: 'shop', table: 'orders' };
const OUTBOX = { schema: 'basesync', table: 'basesync_outbox' };
const TRIGGER_ON_SHOP: PrivilegeGrant = { scope: 'schema', schema: 'shop', privilege: 'TRIGGER' };
const INSERT_ON_OUTBOX: PrivilegeGrant = { scope: 'table', ...OUTBOX, privilege: 'INSERT' };

describe('capture privileges', () => {
  test('TRIGGER on the table and INSERT on the outbox are enough without binary logging', () => {
    expect(missingCapturePrivileges(facts([TRIGGER_ON_SHOP, INSERT_ON_OUTBOX]), TABLE, OUTBOX)).toEqual([]);
  });

  test('a user with only row privileges is told the exact GRANTs', () => {
    const missing = missingCapturePrivileges(
      facts([{ scope: 'schema', schema: 'shop', privilege: 'SELECT' }]),
      TABLE,
      OUTBOX,
    );
    expect(missing.map((m) => m.fix)).toEqual([
      "GRANT TRIGGER ON `shop`.`orders` TO 'sync'@'%';",
      "GRANT INSERT ON `basesync`.`basesync_outbox` TO 'sync'@'%';",
    ]);
  });

  test('with binary logging on, SUPER or log_bin_trust_function_creators is required', () => {
    const enough = [TRIGGER_ON_SHOP, INSERT_ON_OUTBOX];
    const [missing] = missingCapturePrivileges(facts(enough, { logBin: true }), TABLE, OUTBOX);
    expect(missing?.fix).toContain('SET GLOBAL log_bin_trust_function_creators = 1;');
    expect(missing?.fix).toContain("GRANT SUPER ON *.* TO 'sync'@'%';");
    const trusted = facts(enough, { logBin: true, logBinTrustFunctionCreators: true });
    expect(missingCapturePrivileges(trusted, TABLE, OUTBOX)).toEqual([]);
    const superUser = facts([...enough, { scope: 'global', privilege: 'SUPER' }], { logBin: true });
    expect(missingCapturePrivileges(superUser, TABLE, OUTBOX)).toEqual([]);
  });

  test('database grants with LIKE wildcards count, escaped underscores only match themselves', () => {
    const wildcard: PrivilegeGrant = { scope: 'schema', schema: 'sh_p', privilege: 'TRIGGER' };
    const escaped: PrivilegeGrant = { scope: 'schema', schema: 'sh\\_p', privilege: 'TRIGGER' };
    const needTrigger = (p: PrivilegeGrant) =>
      missingCapturePrivileges(facts([p, INSERT_ON_OUTBOX]), TABLE, OUTBOX).length;
    expect(needTrigger(wildcard)).toBe(0);
    expect(needTrigger(escaped)).toBe(1);
  });
});
