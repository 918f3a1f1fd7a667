// Errors
export { BasesyncError, isBasesyncError, type ErrorDetail } from './errors/basesync-error.js';
export { ERROR_CATALOGUE, ErrorCode } from './errors/catalogue.js';
export { RetryClass, type CatalogueEntry } from './errors/catalogue-entry.js';

// Canonical values
export type {
  Attachment,
  AttachmentsCell,
  BooleanCell,
  Cell,
  CellKind,
  Chat,
  ChatsCell,
  InstantCell,
  LinksCell,
  LocationCell,
  NumberCell,
  OptionsCell,
  Person,
  TextCell,
  TextSegment,
  UrlCell,
  UsersCell,
} from './values/cell.js';
export { booleanCell, instantCell, numberCell, textCell } from './values/cell.js';
export { cellEquals, cellKey } from './values/cell-key.js';
export { decimalFromNumber, normalizeDecimal } from './values/decimal.js';
export { normalizeSegments, textFromSegments } from './values/text-segments.js';

// Bitable side
export { FieldKind, fieldKindOf, READ_ONLY_KINDS, type BitableField } from './bitable/field-kind.js';
export { decodeBitableValue } from './bitable/decode-openapi.js';
export { encodeBitableValue, BITABLE_TEXT_MAX_CHARS } from './bitable/encode-openapi.js';
export { decodeSdkValue, encodeSdkValue } from './bitable/sdk-shape.js';

// MySQL side
export { parseColumnType, type ColumnType } from './mysql/column-type.js';
export { ColumnFamily, columnFamilyOf, isBooleanColumn } from './mysql/column-family.js';

// Codecs and the compatibility matrix
export {
  DEFAULT_SESSION_TIME_ZONE,
  DEFAULT_TIME_ZONE,
  type CodecOptions,
  type LinkResolver,
  type MysqlValue,
  type PersonResolver,
} from './codecs/codec-context.js';
export {
  assessPair,
  createFieldCodec,
  type FieldCodec,
  type FieldMappingSpec,
} from './codecs/field-codec.js';
export {
  compatibilityMatrix,
  compatibilityOf,
  Direction,
  lossyPairs,
  type CompatibilityEntry,
} from './matrix/compatibility.js';

// Time zones
export { fromLocal, toLocal, type LocalDateTime } from './time/time-zone.js';

// Hashing
export { hashRow, rowFingerprint, type CanonicalRow } from './hash/hash-row.js';
export { hashText } from './hash/hash-text.js';

// Three-way merge
export { mergeField, type FieldMerge } from './merge/merge-field.js';
export {
  assertMergePolicy,
  ConflictPolicy,
  winnerOf,
  type ChangeTimes,
  type MergePolicy,
  type Side,
} from './merge/conflict-policy.js';
export {
  mergeRecord,
  type FieldConflict,
  type MergeInput,
  type RecordMerge,
  type UpdateMerge,
  type Values,
} from './merge/merge-record.js';

// Mapping suggestions
export {
  pickBestPairs,
  suggestMappings,
  type ColumnInfo,
  type MappingSuggestion,
} from './suggest/suggest-mappings.js';
export { nameSimilarity } from './suggest/name-similarity.js';
export { DEFAULT_BACKOFF, backoffDelayMs, type BackoffPolicy } from './retry/backoff.js';
