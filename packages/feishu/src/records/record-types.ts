/** Cell values keyed by field name, in the write shapes of reference §4. */
export type RecordFields = Readonly<Record<string, unknown>>;

export type BitableRecord = { readonly recordId: string; readonly fields: RecordFields };

export type SearchCondition = {
  readonly fieldName: string;
  readonly operator: string;
  readonly value: readonly string[];
};

export type SearchFilter = {
  readonly conjunction: 'and' | 'or';
  readonly conditions: readonly SearchCondition[];
  readonly children?: readonly { conjunction: 'and' | 'or'; conditions: readonly SearchCondition[] }[];
};

export type SearchQuery = {
  readonly fieldNames?: readonly string[];
  readonly filter?: SearchFilter;
  readonly sort?: readonly { fieldName: string; desc?: boolean }[];
  readonly viewId?: string;
  readonly automaticFields?: boolean;
};

export type RecordUpdate = { readonly recordId: string; readonly fields: RecordFields };
