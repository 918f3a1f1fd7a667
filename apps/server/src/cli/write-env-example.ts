// `pnpm --filter @basesync/server env:example`: rewrites .env.example from the option declarations.
import { writeFile } from 'node:fs/promises';
import { renderEnvExample } from '../config/render-env-example.js';

const target = new URL('../../../../.env.example', import.meta.url);
await writeFile(target, renderEnvExample());
console.log(`wrote ${target.pathname}`);
