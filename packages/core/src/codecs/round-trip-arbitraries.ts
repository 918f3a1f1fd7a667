// Test support for round-trip.test.ts: generators of Bitable read values and mysql2 read values.
import fc from 'fast-check';
import { VALUE_CLASS } from '../bitable/field-kind.js';
import { formatDate, formatDateTime } from '../time/mysql-date-text.js';
import { fromLocal, type LocalDateTime } from '../time/time-zone.js';
import type { MysqlValue } from './codec-context.js';
import type { FieldCodec } from './field-codec.js';

type Arb = fc.Arbitrary<unknown>;

const word = fc
  .string({ unit: fc.constantFrom('a', 'b', 'z', 'é', '中', ' ', '-', '1'), minLength: 1, maxLength: 8 })
  .filter((s) => s.trim() === s);
const hex32 = fc.string({
  unit: fc.constantFrom(...Array.from('0123456789abcdef')),
  minLength: 32,
  maxLength: 32,
});
const openId = hex32.map((h) => `ou_${h}`);
const chatId = hex32.map((h) => `oc_${h}`);
const recordNumber = fc.integer({ min: 1, max: 99_999 });
const point = fc
  .tuple(fc.integer({ min: -179_999, max: 179_999 }), fc.integer({ min: -89_999, max: 89_999 }))
  .map(([lng, lat]) => `${(lng / 1000).toString()},${(lat / 1000).toString()}`);
const doubleValue = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
  .map((n) => (Object.is(n, -0) ? 0 : n));

const localParts = fc.record({
  year: fc.integer({ min: 1971, max: 2037 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  ms: fc.integer({ min: 0, max: 999 }),
});
const midnight = (t: LocalDateTime): LocalDateTime => ({ ...t, hour: 0, minute: 0, second: 0, ms: 0 });

function members(codec: FieldCodec): fc.Arbitrary<string> {
  const values = codec.spec.column.enumValues;
  return values && values.length > 0 ? fc.constantFrom(...values) : word;
}

/** A list without duplicates, as a comma list or JSON text, in the form the codec writes. */
function listText(items: fc.Arbitrary<string>, codec: FieldCodec, minLength = 1): fc.Arbitrary<string> {
  return fc
    .uniqueArray(items, { minLength, maxLength: 4 })
    .map((list) => (codec.entry.family === 'json' ? JSON.stringify(list) : list.join(',')));
}

function mysqlInstant(codec: FieldCodec): Arb {
  const fsp = codec.spec.column.fsp ?? 0;
  switch (codec.entry.family) {
    case 'date':
      return localParts.map((t) => formatDate(t));
    case 'integer':
      return fc.integer({ min: -1e13, max: 1e13 }).map(String);
    default:
      return localParts.map((t) => formatDateTime(t, fsp));
  }
}

function mysqlNumber(codec: FieldCodec): Arb {
  const c = codec.spec.column;
  switch (codec.entry.family) {
    case 'decimal':
      return fc
        .oneof(
          fc.bigInt({
            min: -(10n ** BigInt(c.precision ?? 10)) + 1n,
            max: 10n ** BigInt(c.precision ?? 10) - 1n,
          }),
          fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        )
        .map((n) => {
          const scale = c.scale ?? 0;
          const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
          const int = digits.slice(0, digits.length - scale);
          return `${n < 0n ? '-' : ''}${int}${scale > 0 ? `.${digits.slice(-scale)}` : ''}`;
        });
    case 'integer':
      return c.dataType === 'bigint'
        ? fc
            .oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 53n }))
            .map(String)
        : fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'year':
      return fc.integer({ min: 1901, max: 2155 });
    default:
      return doubleValue;
  }
}

const isSingleLink = (codec: FieldCodec): boolean =>
  (codec.spec.field.property as { multiple?: boolean } | undefined)?.multiple === false;

/** Values as mysql2 reads them for this codec's column (see README contract). */
export function mysqlArbitrary(codec: FieldCodec): Arb {
  const family = codec.entry.family;
  const json = family === 'json';
  switch (VALUE_CLASS[codec.entry.kind]) {
    case 'text':
      if (family === 'enum') return members(codec);
      if (family === 'time')
        return fc
          .tuple(
            fc.integer({ min: 0, max: 838 }),
            fc.integer({ min: 0, max: 59 }),
            fc.integer({ min: 0, max: 59 }),
          )
          .map(([h, m, s]) => [h, m, s].map((n) => String(n).padStart(2, '0')).join(':'));
      return codec.entry.kind === 'phone' ? fc.stringMatching(/^\+?\d{1,20}$/) : fc.string({ maxLength: 50 });
    case 'number':
      return mysqlNumber(codec);
    case 'option':
      return members(codec).map((m) => (json ? JSON.stringify(m) : m));
    case 'options':
      return family === 'set'
        ? fc.subarray(['red', 'green', 'blue'], { minLength: 1 }).map((l) => l.join(','))
        : listText(
            word.filter((w) => !w.includes(',')),
            codec,
          );
    case 'instant':
      return mysqlInstant(codec);
    case 'boolean':
      return family === 'bit' ? fc.constantFrom(Uint8Array.of(0), Uint8Array.of(1)) : fc.constantFrom(0, 1);
    case 'users':
      return listText(openId, codec);
    case 'chats':
      return listText(chatId, codec);
    case 'url':
      return fc.webUrl().map((link) => (json ? JSON.stringify({ link, text: link }) : link));
    case 'attachments':
      return fc
        .uniqueArray(
          fc.record({ token: hex32, name: word, mime: fc.constant('image/png'), size: fc.nat() }),
          { minLength: 1, maxLength: 2, selector: (f) => f.token },
        )
        .map((files) => JSON.stringify(files));
    case 'links':
      if (codec.entry.family === 'integer')
        return codec.spec.column.dataType === 'bigint' ? recordNumber.map(String) : recordNumber;
      if (isSingleLink(codec)) return recordNumber.map((n) => (json ? JSON.stringify(String(n)) : String(n)));
      return listText(recordNumber.map(String), codec, 1);
    case 'location':
      return point.map((p) => (json ? JSON.stringify({ point: p }) : p));
    default:
      return fc.constant(null);
  }
}

function bitableNumber(codec: FieldCodec): Arb {
  switch (codec.entry.family) {
    case 'year':
      return fc.integer({ min: 1901, max: 2155 });
    case 'integer':
      return codec.spec.column.unsigned === true ? fc.nat() : fc.integer();
    case 'decimal':
      return fc
        .integer({ min: -99_999_999, max: 99_999_999 })
        .map((n) => n / 10 ** (codec.spec.column.scale ?? 0));
    default:
      return fc.oneof(
        fc.integer(),
        doubleValue,
        fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 100),
      );
  }
}

function bitableText(codec: FieldCodec): Arb {
  if (codec.entry.family === 'time') return mysqlArbitrary(codec);
  if (codec.entry.family === 'enum') return members(codec).map((m) => [{ type: 'text', text: m }]);
  const segment = fc.oneof(
    fc.string({ maxLength: 12 }).map((text) => ({ type: 'text', text })),
    fc.webUrl().map((link) => ({ type: 'url', text: link, link })),
    openId.map((token) => ({ type: 'mention', mentionType: 'User', token, text: '@Zhang San' })),
  );
  switch (codec.entry.kind) {
    case 'phone':
      return fc.stringMatching(/^\+?\d{1,20}$/);
    case 'email':
      return word
        .map((w) => `${w.replace(/\W/g, 'x')}@example.com`)
        .map((a) => [{ type: 'url', text: a, link: `mailto:${a}` }]);
    default:
      return fc.array(segment, { maxLength: 4 });
  }
}

/** Values as the OpenAPI reads them (search / batch_get) for this codec's field. */
export function bitableArbitrary(codec: FieldCodec): Arb {
  const zone = codec.spec.options?.timeZone ?? 'Asia/Shanghai';
  switch (VALUE_CLASS[codec.entry.kind]) {
    case 'text':
      return bitableText(codec);
    case 'number':
      return bitableNumber(codec);
    case 'option':
      return members(codec);
    case 'options':
      return fc.uniqueArray(
        codec.entry.family === 'set'
          ? fc.constantFrom('red', 'green', 'blue')
          : word.filter((w) => !w.includes(',')),
        { maxLength: 3 },
      );
    case 'instant':
      return fc.tuple(localParts, fc.boolean()).map(([t, atMidnight]) => {
        const fsp = codec.entry.family === 'integer' ? 3 : (codec.spec.column.fsp ?? 0);
        const parts = atMidnight ? midnight(t) : { ...t, ms: fsp >= 3 ? t.ms : 0 };
        // a fair share of local midnights, so DATE columns accept some
        return fromLocal(parts, zone)[0] ?? Date.UTC(t.year, t.month - 1, t.day);
      });
    case 'boolean':
      return fc.boolean();
    case 'users':
      return fc
        .uniqueArray(openId, { maxLength: 3 })
        .map((ids) =>
          ids.map((id) => ({ id, name: 'Zhang San', en_name: 'Zhang San', email: 'z@example.com' })),
        );
    case 'chats':
      return fc
        .uniqueArray(chatId, { maxLength: 3 })
        .map((ids) => ids.map((id) => ({ id, name: 'Team', avatar_url: 'https://x' })));
    case 'url':
      return fc.webUrl().map((link) => ({ link, text: codec.entry.family === 'json' ? 'a link' : link }));
    case 'attachments':
      return fc.uniqueArray(hex32, { minLength: 1, maxLength: 2 }).map((tokens) =>
        tokens.map((t) => ({
          file_token: t,
          name: 'a.png',
          type: 'image/png',
          size: 10,
          url: 'https://x',
          tmp_url: 'https://y',
        })),
      );
    case 'links': {
      const scalar = isSingleLink(codec) || codec.entry.family === 'integer';
      return fc
        .uniqueArray(recordNumber, { maxLength: scalar ? 1 : 3 })
        .map((ns) => ({ link_record_ids: ns.map((n) => `rec${n}`) }));
    }
    case 'location':
      return point.map((p) => ({
        location: p,
        ...(codec.entry.family === 'json'
          ? { address: 'Chang’an Ave', name: 'Tiananmen', full_address: 'Beijing' }
          : {}),
      }));
    default:
      return fc.constant(null);
  }
}

/** What mysql2 reads back after writing `value`: BIT(1) comes back as one byte. */
export function mysqlReadForm(value: MysqlValue, codec: FieldCodec): MysqlValue {
  if (codec.entry.family === 'bit' && typeof value === 'number') return Uint8Array.of(value);
  return value;
}
