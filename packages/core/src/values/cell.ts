/**
 * The canonical value of one cell: what a value *is*, independent of how Bitable or MySQL spell it.
 * `null` is an empty cell. Equality and hashing go through `cellKey` (see cell-key.ts), which keeps
 * only what both sides can hold: display decorations (rich-text segments, url text, option ids,
 * person names) travel along but never make two values differ.
 */
export type Cell =
  | null
  | TextCell
  | NumberCell
  | BooleanCell
  | OptionsCell
  | InstantCell
  | UsersCell
  | UrlCell
  | AttachmentsCell
  | LinksCell
  | LocationCell
  | ChatsCell;

/** Plain text; `segments` keeps Bitable's rich form (mentions, links) when the value came from there. */
export type TextCell = {
  readonly kind: 'text';
  readonly text: string;
  readonly segments?: readonly TextSegment[];
};

export type TextSegment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'url'; readonly text: string; readonly link: string }
  | {
      readonly type: 'mention';
      readonly text: string;
      readonly token: string;
      readonly mentionType: string;
      readonly name?: string;
    };

/** A number as a normalised decimal string (`"-12.5"`, never `"1e21"`), so DECIMAL and BIGINT keep every digit. */
export type NumberCell = { readonly kind: 'number'; readonly value: string };

export type BooleanCell = { readonly kind: 'boolean'; readonly value: boolean };

/** Select options by name; `ids` (Bitable option ids, same order) are kept when known. Compared as a set. */
export type OptionsCell = {
  readonly kind: 'options';
  readonly names: readonly string[];
  readonly ids?: readonly (string | undefined)[];
};

/** A point in time, in milliseconds since the Unix epoch (UTC). */
export type InstantCell = { readonly kind: 'instant'; readonly ms: number };

export type Person = { readonly id: string; readonly name?: string; readonly email?: string };
/** People by user id (open_id by default). Compared as a set of ids. */
export type UsersCell = { readonly kind: 'users'; readonly people: readonly Person[] };

/** A link with its display text; compared by `link` only. */
export type UrlCell = { readonly kind: 'url'; readonly link: string; readonly text: string };

export type Attachment = {
  readonly token: string;
  readonly name: string;
  readonly mime?: string;
  readonly size?: number;
};
/** Files by token; compared as a list of tokens in order. */
export type AttachmentsCell = { readonly kind: 'attachments'; readonly files: readonly Attachment[] };

/** Linked records by record id; compared as a set. */
export type LinksCell = { readonly kind: 'links'; readonly recordIds: readonly string[] };

/** A place: `point` is `"lng,lat"` as Bitable spells it; the address parts are decoration. */
export type LocationCell = {
  readonly kind: 'location';
  readonly point: string;
  readonly address?: string;
  readonly name?: string;
  readonly fullAddress?: string;
};

export type Chat = { readonly id: string; readonly name?: string };
/** Group chats by chat id (`oc_…`); compared as a set. */
export type ChatsCell = { readonly kind: 'chats'; readonly chats: readonly Chat[] };

export type CellKind = Exclude<Cell, null>['kind'];

export const textCell = (text: string): TextCell => ({ kind: 'text', text });
export const numberCell = (value: string): NumberCell => ({ kind: 'number', value });
export const booleanCell = (value: boolean): BooleanCell => ({ kind: 'boolean', value });
export const instantCell = (ms: number): InstantCell => ({ kind: 'instant', ms });
