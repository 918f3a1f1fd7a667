import type { ColumnFamily } from '../mysql/column-family.js';
import type { ColumnType } from '../mysql/column-type.js';
import type { Cell } from '../values/cell.js';

/**
 * A value as mysql2 returns or accepts it (see README: `dateStrings`, `bigNumberStrings`): strings for
 * DATE/DATETIME/TIMESTAMP/DECIMAL/BIGINT, numbers for other integers and floats, a Buffer (Uint8Array)
 * for BIT(1), parsed JSON or its text for JSON columns. Codecs write JSON as text.
 */
export type MysqlValue = null | string | number | Uint8Array;

/** Maps linked record ids to the key of the row they stand for, and back (the server's link table). */
export type LinkResolver = {
  /** The MySQL key for a record id, or undefined when the record is not linked to a row yet. */
  keyOf(recordId: string): string | number | undefined;
  /** The record id for a MySQL key, or undefined when the row has no record yet. */
  recordIdOf(key: string): string | undefined;
};

/** Maps user ids to e-mail addresses and back, for person columns that store e-mails. */
export type PersonResolver = {
  emailOf(userId: string): string | undefined;
  userIdOf(email: string): string | undefined;
};

export type CodecOptions = {
  /** IANA zone (or ±HH:MM) that DATE and DATETIME columns are written in. Default Asia/Shanghai. */
  readonly timeZone?: string;
  /** Session time zone of the MySQL connection, in which TIMESTAMP strings are read and written. Default +00:00. */
  readonly sessionTimeZone?: string;
  /** How lists (multi-select, people, links, chats) are stored in a string column. Default comma. */
  readonly listFormat?: 'comma' | 'json';
  /** Store people as e-mails (needs `people`) instead of user ids. Default id. */
  readonly personKey?: 'id' | 'email';
  readonly people?: PersonResolver;
  readonly links?: LinkResolver;
};

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_SESSION_TIME_ZONE = '+00:00';

/** What one pair codec needs to know: names for errors, the column, and the options. */
export type CodecContext = {
  readonly field: string;
  readonly column: ColumnType;
  readonly family: ColumnFamily;
  /** The Bitable field holds one value at most (single select, or a link with multiple=false). */
  readonly single: boolean;
  readonly timeZone: string;
  readonly sessionTimeZone: string;
  readonly listFormat: 'comma' | 'json';
  readonly personKey: 'id' | 'email';
  readonly people: PersonResolver | undefined;
  readonly links: LinkResolver | undefined;
};

/** Canonical value ⇄ MySQL value for one field/column pair. Both throw BasesyncError (CODEC_*). */
export type MysqlCodec = {
  toMysql(cell: Cell, ctx: CodecContext): MysqlValue;
  fromMysql(raw: unknown, ctx: CodecContext): Cell;
};
