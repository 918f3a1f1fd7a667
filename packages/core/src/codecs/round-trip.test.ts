import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BitableField, FieldKind } from '../bitable/field-kind.js';
import { BasesyncError } from '../errors/basesync-error.js';
import { compatibilityMatrix } from '../matrix/compatibility.js';
import type { ColumnFamily } from '../mysql/column-family.js';
import { parseColumnType } from '../mysql/column-type.js';
import { cellEquals } from '../values/cell-key.js';
import type { CodecOptions, LinkResolver } from './codec-context.js';
import { createFieldCodec, type FieldCodec } from './field-codec.js';
import { bitableArbitrary, mysqlArbitrary, mysqlReadForm } from './round-trip-arbitraries.js';

/** One representative column per family, with the types most worth proving. */
const COLUMNS: Record<ColumnFamily, readonly string[]> = {
  integer: ['int', 'bigint unsigned', 'tinyint(1)'],
  decimal: ['decimal(10,2)', 'decimal(18,0)'],
  float: ['float'],
  double: ['double'],
  string: ['varchar(255)', 'text'],
  enum: ["enum('open','done','on hold')"],
  set: ["set('red','green','blue')"],
  date: ['date'],
  datetime: ['datetime', 'datetime(3)'],
  timestamp: ['timestamp(3)'],
  time: ['time'],
  year: ['year'],
  json: ['json'],
  bit: ['bit(1)'],
};

/** Record ids and row keys are a bijection `rec<n>` ⇄ `<n>`, as the server's link table would be. */
const links: LinkResolver = {
  keyOf: (recordId) => (/^rec\d+$/.test(recordId) ? recordId.slice(3) : undefined),
  recordIdOf: (key) => (/^\d+$/.test(key) ? `rec${key}` : undefined),
};

const ZONES = ['Asia/Shanghai', 'America/New_York'];
const KIND_TYPE: Partial<Record<FieldKind, BitableField>> = {
  text: { name: 'f', type: 1 },
  barcode: { name: 'f', type: 1, uiType: 'Barcode' },
  email: { name: 'f', type: 1, uiType: 'Email' },
  number: { name: 'f', type: 2 },
  currency: { name: 'f', type: 2, uiType: 'Currency' },
  progress: { name: 'f', type: 2, uiType: 'Progress' },
  rating: { name: 'f', type: 2, uiType: 'Rating' },
  singleSelect: { name: 'f', type: 3 },
  multiSelect: { name: 'f', type: 4 },
  dateTime: { name: 'f', type: 5 },
  checkbox: { name: 'f', type: 7 },
  user: { name: 'f', type: 11 },
  phone: { name: 'f', type: 13 },
  url: { name: 'f', type: 15 },
  attachment: { name: 'f', type: 17 },
  singleLink: { name: 'f', type: 18, property: { multiple: false } },
  duplexLink: { name: 'f', type: 21, property: { multiple: true } },
  location: { name: 'f', type: 22 },
  groupChat: { name: 'f', type: 23 },
};

type Trial = { codec: FieldCodec; label: string };

function trials(): Trial[] {
  const out: Trial[] = [];
  for (const entry of compatibilityMatrix().filter((e) => e.directions.includes('two-way'))) {
    const field = KIND_TYPE[entry.kind];
    if (!field) throw new Error(`no test field for two-way kind ${entry.kind}`);
    for (const type of COLUMNS[entry.family]) {
      const column = parseColumnType(type, { nullable: false });
      if (entry.family === 'integer' && (entry.kind === 'checkbox') !== (column.length === 1)) continue;
      if (entry.kind === 'dateTime' && type === 'int') continue; // milliseconds need BIGINT
      const zones = entry.family === 'date' || entry.family === 'datetime' ? ZONES : [ZONES[0] ?? ''];
      for (const timeZone of zones) {
        const options: CodecOptions = { timeZone, links };
        const codec = createFieldCodec({ field, columnName: 'c', column, direction: 'two-way', options });
        out.push({ codec, label: `${entry.kind} ⇄ ${type}${zones.length > 1 ? ` in ${timeZone}` : ''}` });
      }
    }
  }
  return out;
}

/** Runs `fn`; a BasesyncError with a CODEC_* code counts as a refusal (allowed), anything else fails. */
function acceptedOrRefused(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch (err) {
    if (err instanceof BasesyncError && err.code.startsWith('CODEC_')) return false;
    throw err;
  }
}

const RUNS = 60;

describe.each(trials())('$label', ({ codec }) => {
  test('a MySQL value comes back unchanged after a trip through Bitable, or is refused', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mysqlArbitrary(codec), (raw) => {
        const ok = acceptedOrRefused(() => {
          const cell = codec.fromMysql(raw);
          const back = mysqlReadForm(codec.toMysql(codec.fromBitable(codec.toBitable(cell))), codec);
          expect(cellEquals(codec.fromMysql(back), cell)).toBe(true);
          // Attachment metadata (name, size) is Bitable's: only the tokens are written to it.
          if (codec.entry.kind !== 'attachment') expect(back).toEqual(raw);
        });
        if (ok) accepted++;
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 3);
  });

  test('a Bitable value comes back unchanged after a trip through MySQL, or is refused', () => {
    let accepted = 0;
    fc.assert(
      fc.property(bitableArbitrary(codec), (raw) => {
        const ok = acceptedOrRefused(() => {
          const cell = codec.fromBitable(raw);
          const back = codec.fromMysql(mysqlReadForm(codec.toMysql(cell), codec));
          expect(cellEquals(back, cell), JSON.stringify([cell, back])).toBe(true);
          expect(codec.toBitable(back)).toEqual(codec.toBitable(cell));
        });
        if (ok) accepted++;
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 3);
  });
});
