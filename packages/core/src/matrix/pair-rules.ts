import { VALUE_CLASS, type FieldKind, type ValueClass } from '../bitable/field-kind.js';
import type { MysqlCodec } from '../codecs/codec-context.js';
import { booleanCodec } from '../codecs/mysql-boolean.js';
import { computedCodec } from '../codecs/mysql-computed.js';
import { instantCodec } from '../codecs/mysql-instant.js';
import { linksCodec } from '../codecs/mysql-links.js';
import { numberCodec } from '../codecs/mysql-number.js';
import { attachmentsCodec, locationCodec, urlCodec } from '../codecs/mysql-objects.js';
import { optionsCodec } from '../codecs/mysql-options.js';
import { chatsCodec, usersCodec } from '../codecs/mysql-people.js';
import { textCodec } from '../codecs/mysql-text.js';
import type { ColumnFamily } from '../mysql/column-family.js';

/**
 * How one value class crosses into one column family. `lossless`: every value either side accepts
 * comes back unchanged after a round trip, and any other value is refused with a CODEC_* error (never
 * silently changed). Lossy pairs may sync one way only.
 */
export type PairRule = { readonly codec: MysqlCodec; readonly lossless: boolean; readonly note: string };

const rule = (codec: MysqlCodec, lossless: boolean, note: string): PairRule => ({ codec, lossless, note });

const LIST_NOTE =
  'comma list (spaces around commas dropped) or JSON with listFormat "json"; compared as a set, order not kept';

export const PAIR_RULES: Record<Exclude<ValueClass, 'none'>, Partial<Record<ColumnFamily, PairRule>>> = {
  text: {
    string: rule(
      textCodec,
      true,
      'plain text; mentions and links keep only their text; longer than the column is refused; empty reads as NULL',
    ),
    enum: rule(textCodec, true, 'text must be one of the ENUM values'),
    time: rule(textCodec, true, 'text must be written HH:MM:SS with the column’s fraction digits'),
    integer: rule(textCodec, false, 'digits only; "007" comes back as "7"'),
    decimal: rule(textCodec, false, 'digits only; "1.50" comes back as "1.5"'),
    double: rule(textCodec, false, 'digits only; number formatting is not kept'),
    year: rule(textCodec, false, 'a year 1901–2155; formatting is not kept'),
    json: rule(textCodec, false, 'text stored as a JSON string; other JSON reads as its text'),
  },
  number: {
    integer: rule(numberCodec, true, 'whole numbers within the type range; fractions and overflow refused'),
    decimal: rule(
      numberCodec,
      true,
      'more places than the scale, or more than ~15 significant digits toward Bitable, refused',
    ),
    double: rule(numberCodec, true, 'exact (both are IEEE doubles)'),
    float: rule(numberCodec, false, 'FLOAT is single precision: 0.1 comes back as 0.10000000149'),
    year: rule(numberCodec, true, 'whole years 1901–2155'),
    string: rule(numberCodec, false, 'number formatting in MySQL ("1.50") is not kept'),
  },
  option: {
    enum: rule(optionsCodec, true, 'option names must be ENUM values; option ids stay in Bitable'),
    string: rule(optionsCodec, true, 'the option name; a new name creates a Bitable option'),
    json: rule(optionsCodec, true, 'the option name as a JSON string'),
  },
  options: {
    set: rule(optionsCodec, true, 'names must be SET members; compared as a set'),
    string: rule(optionsCodec, true, LIST_NOTE),
    json: rule(optionsCodec, true, 'JSON list of option names; compared as a set'),
  },
  instant: {
    date: rule(instantCodec, true, 'midnight in the configured time zone; a time of day is refused'),
    datetime: rule(
      instantCodec,
      true,
      'wall clock in the configured time zone; digits beyond fsp, and the repeated DST hour, refused',
    ),
    timestamp: rule(instantCodec, true, 'read and written in the session time zone; 1970–2038 only'),
    integer: rule(instantCodec, true, 'milliseconds since the epoch (use BIGINT)'),
  },
  boolean: {
    integer: rule(
      booleanCodec,
      true,
      '0/1 (TINYINT(1)/BOOLEAN); other numbers refused; NULL reads as unticked',
    ),
    bit: rule(booleanCodec, true, 'BIT(1); NULL reads as unticked'),
  },
  users: {
    string: rule(usersCodec, true, `user ids, or e-mails through a resolver; ${LIST_NOTE}`),
    json: rule(usersCodec, true, 'JSON list of user ids (or e-mails); compared as a set'),
  },
  url: {
    string: rule(urlCodec, true, 'the link; the display text is not kept (compared by link)'),
    json: rule(urlCodec, true, '{"link", "text"}'),
  },
  attachments: {
    json: rule(
      attachmentsCodec,
      true,
      'JSON list of {token, name, mime, size}; tokens are valid only in their base',
    ),
    string: rule(attachmentsCodec, true, 'JSON list in a TEXT column; tokens are valid only in their base'),
  },
  links: {
    integer: rule(linksCodec, true, 'foreign key of one linked record, through the link table'),
    string: rule(linksCodec, true, 'foreign key (single link) or list of keys, through the link table'),
    json: rule(linksCodec, true, 'JSON list of keys of the linked rows; compared as a set'),
  },
  location: {
    string: rule(locationCodec, true, '"lng,lat"; the address parts are not kept'),
    json: rule(locationCodec, true, '{"point", "address", "name", "fullAddress"}'),
  },
  chats: {
    string: rule(chatsCodec, true, `chat ids (oc_…); ${LIST_NOTE}`),
    json: rule(chatsCodec, true, 'JSON list of chat ids; compared as a set'),
  },
  computed: {
    string: rule(computedCodec, true, 'the result as text'),
    integer: rule(computedCodec, true, 'numeric results only'),
    decimal: rule(computedCodec, true, 'numeric results only'),
    double: rule(computedCodec, true, 'numeric results only'),
    datetime: rule(computedCodec, true, 'date results only'),
    json: rule(computedCodec, true, 'the result as a JSON string'),
  },
};

/** Text-like kinds whose values only make sense as strings (a phone number is not a TIME). */
const STRING_ONLY: Partial<Record<FieldKind, readonly ColumnFamily[]>> = {
  barcode: ['string', 'enum'],
  email: ['string'],
  phone: ['string'],
  autoNumber: ['string', 'integer'],
};

/** The rule for a field kind and a column family, or undefined when they cannot be paired. */
export function pairRuleFor(kind: FieldKind, family: ColumnFamily): PairRule | undefined {
  const valueClass = VALUE_CLASS[kind];
  const only = STRING_ONLY[kind];
  if (only && !only.includes(family)) return undefined;
  return valueClass === 'none' ? undefined : PAIR_RULES[valueClass][family];
}
