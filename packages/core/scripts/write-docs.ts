// Writes docs/field-types.md from the compatibility matrix in code.
import { writeFile } from 'node:fs/promises';
import { FIELD_TYPES_DOC_PATH, formattedFieldTypesDoc } from '../src/matrix/format-field-types-doc.js';

await writeFile(FIELD_TYPES_DOC_PATH, await formattedFieldTypesDoc());
process.stdout.write(`wrote ${FIELD_TYPES_DOC_PATH}\n`);
