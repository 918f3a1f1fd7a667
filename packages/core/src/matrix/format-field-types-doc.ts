// Node-only helper for the docs script and the staleness test (not exported from the package).
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { renderFieldTypesDoc } from './render-field-types-doc.js';

export const FIELD_TYPES_DOC_PATH = fileURLToPath(
  new URL('../../../../docs/field-types.md', import.meta.url),
);

/** The rendered doc as Prettier would format it, so `pnpm format:check` and the staleness test agree. */
export async function formattedFieldTypesDoc(): Promise<string> {
  const config = await resolveConfig(FIELD_TYPES_DOC_PATH);
  return format(renderFieldTypesDoc(), { ...config, filepath: FIELD_TYPES_DOC_PATH });
}
