export { BasesyncError, isBasesyncError, type ErrorDetail } from './errors/basesync-error.js';
export { ERROR_CATALOGUE, ErrorCode } from './errors/catalogue.js';
export { RetryClass, type CatalogueEntry } from './errors/catalogue-entry.js';
