// `pnpm bench <name> [--quick]`: runs bench/<name>/index.ts and publishes its figures.
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publish, type Bench } from './support/report.js';

const here = dirname(fileURLToPath(import.meta.url));

async function benchNames(): Promise<string[]> {
  const entries = await readdir(here, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || ['support', 'results', 'node_modules'].includes(e.name)) continue;
    names.push(e.name);
  }
  return names.sort();
}

async function runOne(name: string, quick: boolean): Promise<void> {
  const mod = (await import(pathToFileURL(join(here, name, 'index.ts')).href)) as { default: Bench };
  const report = await mod.default({ quick });
  await publish(name, report, { quick });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const name = args.find((a) => !a.startsWith('--'));
  const names = await benchNames();
  if (!name || (name !== 'all' && !names.includes(name))) {
    console.error(`usage: pnpm bench <name> [--quick]\n  names: ${[...names, 'all'].join(', ')}`);
    process.exitCode = 2;
    return;
  }
  for (const n of name === 'all' ? names : [name]) {
    if (name === 'all') console.log(`\n== ${n} ==`);
    await runOne(n, quick);
  }
}

await main();
