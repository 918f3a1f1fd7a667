import type { CatalogueEntry } from './catalogue-entry.js';

/** Errors of packages/core codecs: a value that cannot cross between Bitable and MySQL unchanged. */
export const codecCodes = {
  CODEC_NOT_A_NUMBER: {
    area: 'codec',
    cause: 'A value that is not a number was sent to a numeric column or field.',
    fix: 'Enter a number (digits, optional sign and decimal point), or map the field to a text column.',
    retry: 'never',
  },
  CODEC_NUMBER_OUT_OF_RANGE: {
    area: 'codec',
    cause: 'A number does not fit the range of its column type (integer size, sign or DECIMAL digits).',
    fix: 'Enter a smaller number, or widen the column (e.g. BIGINT, a larger DECIMAL precision, drop UNSIGNED).',
    retry: 'never',
  },
  CODEC_NUMBER_TOO_PRECISE: {
    area: 'codec',
    cause: 'A number has more decimal places or significant digits than the other side can hold exactly.',
    fix: 'Round the value to the column scale, or widen the scale (DECIMAL(p,s)); Bitable numbers hold about 15 digits.',
    retry: 'never',
  },
  CODEC_TEXT_TOO_LONG: {
    area: 'codec',
    cause: 'A text is longer than its column (VARCHAR(n)/CHAR(n)/TEXT) or Bitable cell allows.',
    fix: 'Shorten the text, or widen the column (e.g. VARCHAR with a larger length, or TEXT).',
    retry: 'never',
  },
  CODEC_OPTION_UNKNOWN: {
    area: 'codec',
    cause: 'A select option is not one of the values the MySQL ENUM/SET column defines.',
    fix: 'Pick one of the listed options, or add the option to the column (ALTER TABLE … MODIFY … ENUM(…)).',
    retry: 'never',
  },
  CODEC_DATE_INVALID: {
    area: 'codec',
    cause:
      'A date or time is malformed, a zero date, or a local time that does not exist in the configured time zone.',
    fix: 'Enter a real date in the form YYYY-MM-DD [HH:MM:SS]; check the configured time zone.',
    retry: 'never',
  },
  CODEC_DATE_OUT_OF_RANGE: {
    area: 'codec',
    cause: 'A date lies outside the range of its column type (TIMESTAMP: 1970–2038, YEAR: 1901–2155).',
    fix: 'Enter a date within the range, or use a DATETIME or BIGINT (milliseconds) column.',
    retry: 'never',
  },
  CODEC_DATE_TOO_PRECISE: {
    area: 'codec',
    cause:
      'A date carries more precision than its column keeps (a time in a DATE column, milliseconds in DATETIME(0)).',
    fix: 'Use DATETIME(3) or BIGINT milliseconds, or enter the value without the extra precision.',
    retry: 'never',
  },
  CODEC_DATE_AMBIGUOUS: {
    area: 'codec',
    cause:
      'A moment falls in the repeated hour of a daylight-saving change, so a local DATETIME cannot tell it apart.',
    fix: 'Use a TIMESTAMP or BIGINT (milliseconds) column, or configure a time zone without daylight saving.',
    retry: 'never',
  },
  CODEC_VALUE_INVALID: {
    area: 'codec',
    cause: 'A value does not have the shape its field or column type expects.',
    fix: 'Check the mapping pairs the right field with the right column; the message names the expected shape.',
    retry: 'never',
  },
  CODEC_LINK_UNRESOLVED: {
    area: 'codec',
    cause: 'A linked record or a foreign key has no counterpart on the other side yet.',
    fix: 'Sync the linked table first (map it too), or create the referenced row/record.',
    retry: 'transient',
  },
  CODEC_TOO_MANY_VALUES: {
    area: 'codec',
    cause: 'Several values (linked records, people, options) were sent to a column that holds one.',
    fix: 'Keep one value in the cell, or map the field to a text or JSON column that holds a list.',
    retry: 'never',
  },
  CODEC_PERSON_UNRESOLVED: {
    area: 'codec',
    cause: 'An e-mail address or user id could not be mapped to a Feishu user.',
    fix: 'Check the e-mail belongs to a member of the tenant, or store user ids (ou_…) in the column.',
    retry: 'never',
  },
  CODEC_FIELD_READ_ONLY: {
    area: 'codec',
    cause:
      'A value was to be written to a Bitable field that is computed (formula, lookup, created/modified, auto number).',
    fix: 'Sync this field from Bitable to MySQL only.',
    retry: 'never',
  },
  CODEC_FIELD_TYPE_UNSUPPORTED: {
    area: 'codec',
    cause: 'The Bitable field type cannot be synced (e.g. workflow stage, button, or an unknown type).',
    fix: 'Leave this field out of the mapping.',
    retry: 'never',
  },
  CODEC_COLUMN_TYPE_UNSUPPORTED: {
    area: 'codec',
    cause: 'The MySQL column type cannot be synced (BLOB/BINARY, spatial types, or a malformed type).',
    fix: 'Leave the column out of the mapping, or change it to a supported type (see docs/field-types.md).',
    retry: 'never',
  },
  CODEC_PAIR_INCOMPATIBLE: {
    area: 'codec',
    cause: 'The Bitable field type and the MySQL column type cannot be mapped onto each other.',
    fix: 'Pick a column type listed for this field type in docs/field-types.md.',
    retry: 'never',
  },
  CODEC_PAIR_LOSSY: {
    area: 'codec',
    cause: 'Two-way sync was asked for a field/column pair that changes some values on the way.',
    fix: 'Choose a one-way direction for this field, or a lossless column type (see docs/field-types.md).',
    retry: 'never',
  },
  CODEC_TIME_ZONE_INVALID: {
    area: 'codec',
    cause: 'The configured time zone is not an IANA zone name or ±HH:MM offset.',
    fix: 'Use a zone such as Asia/Shanghai, America/New_York or UTC.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
