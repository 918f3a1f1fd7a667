// `pnpm emulator`: a standalone Feishu emulator with a demo base; prints its URL and credentials.
import { isBasesyncError } from '@basesync/core';
import { startEmulator } from '../start-emulator.js';
import { CLI_USAGE, parseCliOptions } from './parse-cli-options.js';
import { seedDemo } from './seed-demo.js';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(CLI_USAGE);
    return;
  }
  const emu = await startEmulator(options.emulator);
  console.log(`feishu emulator listening on ${emu.url}`);
  console.log(`  app id:             ${emu.appId}`);
  console.log(`  app secret:         ${emu.appSecret}`);
  console.log(`  verification token: ${emu.verificationToken}`);
  console.log(
    `  encrypt key:        ${emu.encryptKey === undefined ? '(none: events in plain JSON)' : 'set'}`,
  );
  console.log(`  admin API:          ${emu.url}/_emulator/bases`);
  if (options.demo && emu.admin.listBases().length === 0) {
    const demo = seedDemo(emu.admin, Date.now());
    console.log(`  demo base:          ${demo.appToken} (table ${demo.tableId})`);
  }
  for (const base of emu.admin.listBases()) {
    for (const table of base.tables)
      console.log(
        `  grid page:          ${emu.url}/base/${base.appToken}?table=${table.tableId} (${base.name} / ${table.name})`,
      );
  }
  let closing = false;
  const stop = () => {
    if (closing) process.exit(1);
    closing = true;
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (isBasesyncError(err)) console.error(`${err.code}: ${err.message}\n  fix: ${err.fix}`);
  else console.error(err);
  process.exit(2);
});
