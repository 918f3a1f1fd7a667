/**
 * A Feishu business error as the OpenAPI reports it: `{code, msg}` in the body and an HTTP status.
 * Codes and messages follow reference §1, §8 and §9; statuses follow the documented error tables.
 */
export class FeishuError extends Error {
  override readonly name = 'FeishuError';
  readonly code: number;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: number, msg: string, status = 200, headers: Record<string, string> = {}) {
    super(msg);
    this.code = code;
    this.status = status;
    this.headers = headers;
  }
}

/** The codes the emulator raises, by name; see docs/EMULATOR.md for when each fires. */
export const FeishuCode = {
  wrongRequestJson: 1254000,
  wrongRequestBody: 1254001,
  fail: 1254002,
  pageSizeInvalid: 1254011,
  notSupportFieldOrView: 1254012,
  tableNameDuplicated: 1254013,
  fieldNameDuplicated: 1254014,
  fieldTypeMismatch: 1254015,
  invalidSort: 1254016,
  invalidFilter: 1254018,
  invalidFieldNames: 1254024,
  emptyFieldName: 1254028,
  invalidPageToken: 1254030,
  invalidClientToken: 1254037,
  baseNotFound: 1254040,
  tableNotFound: 1254041,
  recordNotFound: 1254043,
  fieldIdNotFound: 1254044,
  fieldNameNotFound: 1254045,
  primaryFieldDelete: 1254046,
  textConvFail: 1254060,
  numberConvFail: 1254061,
  singleSelectConvFail: 1254062,
  multiSelectConvFail: 1254063,
  datetimeConvFail: 1254064,
  checkboxConvFail: 1254065,
  userConvFail: 1254066,
  linkConvFail: 1254067,
  urlConvFail: 1254068,
  attachConvFail: 1254069,
  phoneConvFail: 1254072,
  duplexLinkConvFail: 1254074,
  tableExceedLimit: 1254100,
  batchSizeExceeded: 1254104,
  columnExceedLimit: 1254105,
  filterTooLong: 1254107,
  sortTooLong: 1254108,
  tooLargeCell: 1254130,
  writeConflict: 1254291,
  attachPermNotAllow: 1254303,
  dataNotChange: 1254606,
  sameRequestRepeated: 1254608,
  internalError: 1255001,
  clientTokenConflict: 1255006,
  rateLimited: 99991400,
  needToken: 99991661,
  invalidToken: 99991663,
  pathNotFound: 99991201,
  badParam: 99992402,
  appSecretInvalid: 10014,
  appIdInvalid: 10003,
  subscriptionExists: 60007,
  wikiNodeNotFound: 131005,
  userLookupInvalid: 41050,
} as const;
export type FeishuCode = (typeof FeishuCode)[keyof typeof FeishuCode];

/** HTTP status per code where the documented tables give a non-200 (reference §2, §9.1). */
const DOCUMENTED_STATUS: Partial<Record<number, number>> = {
  1254011: 400,
  1254015: 400,
  1254028: 400,
  1254037: 400,
  1254074: 400,
  1254291: 400,
  1254303: 403,
  1254608: 403,
  1255001: 500,
  1255006: 400,
  99991661: 400,
  99991663: 400,
  99991201: 404,
  99992402: 400,
  10014: 400,
  10003: 400,
};

/** Raises a Feishu error with its documented HTTP status. */
export function feishuError(code: FeishuCode, msg: string): FeishuError {
  return new FeishuError(code, msg, DOCUMENTED_STATUS[code] ?? 200);
}
