/**
 * Every Bitable field type basesync knows, by the name it carries here. OpenAPI tells some apart only
 * by `ui_type` (Barcode/Email share type 1; Currency/Progress/Rating share 2); the JS SDK gives them
 * their own numbers (990xx).
 */
export const FieldKind = {
  text: 'text',
  barcode: 'barcode',
  email: 'email',
  number: 'number',
  currency: 'currency',
  progress: 'progress',
  rating: 'rating',
  singleSelect: 'singleSelect',
  multiSelect: 'multiSelect',
  dateTime: 'dateTime',
  checkbox: 'checkbox',
  user: 'user',
  phone: 'phone',
  url: 'url',
  attachment: 'attachment',
  singleLink: 'singleLink',
  lookup: 'lookup',
  formula: 'formula',
  duplexLink: 'duplexLink',
  location: 'location',
  groupChat: 'groupChat',
  stage: 'stage',
  createdTime: 'createdTime',
  modifiedTime: 'modifiedTime',
  createdUser: 'createdUser',
  modifiedUser: 'modifiedUser',
  autoNumber: 'autoNumber',
  button: 'button',
} as const;
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

/** OpenAPI `type` numbers, and the `ui_type` strings that refine type 1 and 2. */
const BY_TYPE: Record<number, FieldKind> = {
  1: 'text',
  2: 'number',
  3: 'singleSelect',
  4: 'multiSelect',
  5: 'dateTime',
  7: 'checkbox',
  11: 'user',
  13: 'phone',
  15: 'url',
  17: 'attachment',
  18: 'singleLink',
  19: 'lookup',
  20: 'formula',
  21: 'duplexLink',
  22: 'location',
  23: 'groupChat',
  24: 'stage',
  1001: 'createdTime',
  1002: 'modifiedTime',
  1003: 'createdUser',
  1004: 'modifiedUser',
  1005: 'autoNumber',
  3001: 'button',
  // JS SDK numbers for the ui variants
  99001: 'barcode',
  99002: 'progress',
  99003: 'currency',
  99004: 'rating',
  99005: 'email',
};

const BY_UI_TYPE: Record<string, FieldKind> = {
  Barcode: 'barcode',
  Email: 'email',
  Currency: 'currency',
  Progress: 'progress',
  Rating: 'rating',
};

/** A Bitable field as OpenAPI lists it (`ui_type` optional) or as the JS SDK types it. */
export type BitableField = {
  readonly name: string;
  readonly type: number;
  readonly uiType?: string;
  readonly id?: string;
  readonly property?: unknown;
};

/** The kind of a field from its type number and ui_type; undefined for unknown types. */
export function fieldKindOf(field: Pick<BitableField, 'type' | 'uiType'>): FieldKind | undefined {
  const refined = field.uiType === undefined ? undefined : BY_UI_TYPE[field.uiType];
  if (refined && (field.type === 1 || field.type === 2)) return refined;
  return BY_TYPE[field.type];
}

/** Kinds Bitable computes: synced from Bitable to MySQL only. */
export const READ_ONLY_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'lookup',
  'formula',
  'createdTime',
  'modifiedTime',
  'createdUser',
  'modifiedUser',
  'autoNumber',
]);

/** Kinds basesync does not sync at all. */
export const UNSUPPORTED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['stage', 'button']);

/** Which canonical cell kind a field kind's values take. */
export const VALUE_CLASS = {
  text: 'text',
  barcode: 'text',
  email: 'text',
  phone: 'text',
  autoNumber: 'text',
  number: 'number',
  currency: 'number',
  progress: 'number',
  rating: 'number',
  singleSelect: 'option',
  multiSelect: 'options',
  dateTime: 'instant',
  createdTime: 'instant',
  modifiedTime: 'instant',
  checkbox: 'boolean',
  user: 'users',
  createdUser: 'users',
  modifiedUser: 'users',
  url: 'url',
  attachment: 'attachments',
  singleLink: 'links',
  duplexLink: 'links',
  location: 'location',
  groupChat: 'chats',
  formula: 'computed',
  lookup: 'computed',
  stage: 'none',
  button: 'none',
} as const satisfies Record<FieldKind, string>;
export type ValueClass = (typeof VALUE_CLASS)[FieldKind];
