// `pnpm --filter @basesync/server sql:example`: rewrites sql/capture-triggers.example.sql.
import { writeFile } from 'node:fs/promises';
import { renderCaptureExample } from '../db/capture/render-capture-example.js';

const target = new URL('../../../../sql/capture-triggers.example.sql', import.meta.url);
await writeFile(target, renderCaptureExample());
console.log(`wrote ${target.pathname}`);
