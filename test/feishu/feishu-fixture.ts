import { startTestEmulator } from '@basesync/test-support';
import type { EmulatorHandle } from '@basesync/feishu-emulator';
import { BitableClient, type BitableClientOptions } from '@basesync/feishu';

/** A base with one table: Key (text, primary), Name (text), Qty (number). */
export type TestTable = { appToken: string; tableId: string };

export function createTestTable(emu: EmulatorHandle, name = 'Orders'): TestTable {
  const base = emu.admin.createBase(`${name} base`);
  const table = emu.admin.createTable(base.appToken, name, [
    { field_name: 'Key', type: 1 },
    { field_name: 'Name', type: 1 },
    { field_name: 'Qty', type: 2 },
  ]);
  return { appToken: base.appToken, tableId: table.tableId };
}

/** A BitableClient pointed at the emulator, with fast backoff for tests. */
export function clientFor(emu: EmulatorHandle, options: Partial<BitableClientOptions> = {}): BitableClient {
  return new BitableClient({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    backoff: { baseMs: 20, capMs: 400 },
    ...options,
  });
}

export { startTestEmulator };

/** Text cells read back as segments; this gives their plain text. */
export function textOf(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cell;
  if (!Array.isArray(cell)) return undefined;
  return cell.map((s: { text?: string }) => s.text ?? '').join('');
}
