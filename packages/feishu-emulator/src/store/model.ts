import type { FieldType } from './field-types.js';

export type SelectOption = { id: string; name: string; color: number };

export type Field = {
  id: string;
  name: string;
  type: FieldType;
  uiType: string;
  /** The `property` object as the API returns it (options carry server-assigned ids). */
  property: Record<string, unknown> | null;
  description: string;
  isPrimary: boolean;
};

/**
 * A stored cell in its normalised write form: strings, numbers, booleans, id lists, or for
 * structured types a plain object. Absent = empty (reference §3.2: empty cells are omitted).
 */
export type StoredValue = string | number | boolean | readonly string[] | Readonly<Record<string, unknown>>;

export type StoredRecord = {
  id: string;
  cells: Map<string, StoredValue>;
  createdTime: number;
  modifiedTime: number;
  /** open_ids of the creator and last modifier. */
  createdBy: string;
  modifiedBy: string;
  autoNumber: number;
};

export type Table = {
  id: string;
  name: string;
  revision: number;
  fields: Field[];
  records: Map<string, StoredRecord>;
  nextAutoNumber: number;
  defaultViewId: string;
};

export type Base = {
  appToken: string;
  name: string;
  revision: number;
  timeZone: string;
  tables: Table[];
  createdTime: number;
};
