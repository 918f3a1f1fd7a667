/** Bitable field `type` numbers (reference §4). */
export const FieldType = {
  text: 1,
  number: 2,
  singleSelect: 3,
  multiSelect: 4,
  dateTime: 5,
  checkbox: 7,
  user: 11,
  phone: 13,
  url: 15,
  attachment: 17,
  singleLink: 18,
  lookup: 19,
  formula: 20,
  duplexLink: 21,
  location: 22,
  groupChat: 23,
  stage: 24,
  createdTime: 1001,
  modifiedTime: 1002,
  createdUser: 1003,
  modifiedUser: 1004,
  autoNumber: 1005,
  button: 3001,
} as const;
export type FieldType = (typeof FieldType)[keyof typeof FieldType];

const KNOWN_TYPES = new Set<number>(Object.values(FieldType));

export function isFieldType(value: unknown): value is FieldType {
  return typeof value === 'number' && KNOWN_TYPES.has(value);
}

/** Types whose values the server computes or that the API cannot write (reference §4). */
const READ_ONLY_TYPES = new Set<number>([
  FieldType.lookup,
  FieldType.formula,
  FieldType.stage,
  FieldType.createdTime,
  FieldType.modifiedTime,
  FieldType.createdUser,
  FieldType.modifiedUser,
  FieldType.autoNumber,
  FieldType.button,
]);

export function isReadOnlyType(type: FieldType): boolean {
  return READ_ONLY_TYPES.has(type);
}

/** Types a primary (index) field may have; anything else gets 1254012. */
const PRIMARY_TYPES = new Set<number>([1, 2, 5, 13, 15, 20, 22]);

export function isPrimaryCapable(type: FieldType): boolean {
  return PRIMARY_TYPES.has(type);
}

/** Types the API may not create (lookup needs a console-side config in Feishu too). */
export function isCreatableType(type: FieldType): boolean {
  return type !== FieldType.lookup && type !== FieldType.stage && type !== FieldType.button;
}

/** The default `ui_type` per type, as the fields list reports it. */
export const DEFAULT_UI_TYPE: Record<FieldType, string> = {
  1: 'Text',
  2: 'Number',
  3: 'SingleSelect',
  4: 'MultiSelect',
  5: 'DateTime',
  7: 'Checkbox',
  11: 'User',
  13: 'Phone',
  15: 'Url',
  17: 'Attachment',
  18: 'SingleLink',
  19: 'Lookup',
  20: 'Formula',
  21: 'DuplexLink',
  22: 'Location',
  23: 'GroupChat',
  24: 'Stage',
  1001: 'CreatedTime',
  1002: 'ModifiedTime',
  1003: 'CreatedUser',
  1004: 'ModifiedUser',
  1005: 'AutoNumber',
  3001: 'Button',
};
