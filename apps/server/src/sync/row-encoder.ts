import {
  BasesyncError,
  createFieldCodec,
  hashRow,
  isBasesyncError,
  parseColumnType,
  type Cell,
  type FieldCodec,
} from '@basesync/core';
import type { FieldBinding } from '../db/schema/mappings.js';

/** A MySQL row encoded for Bitable: canonical cells (for the hash and base) and request fields. */
export type EncodedRow = {
  readonly canonical: Record<string, Cell>;
  readonly fields: Record<string, unknown>;
  readonly hash: string;
};

type BoundCodec = { readonly binding: FieldBinding; readonly codec: FieldCodec };

/** Encodes rows of one mapping with the core codec of each field ⇄ column pair. */
export class RowEncoder {
  readonly #codecs: readonly BoundCodec[];

  constructor(fieldMap: readonly FieldBinding[]) {
    this.#codecs = fieldMap.map((binding) => ({
      binding,
      codec: createFieldCodec({
        field: { name: binding.fieldName, type: binding.fieldType, id: binding.fieldId },
        columnName: binding.column,
        column: parseColumnType(binding.columnType),
        direction: 'mysql-to-bitable',
      }),
    }));
  }

  /** Columns the encoder reads. */
  get columns(): string[] {
    return this.#codecs.map((c) => c.binding.column);
  }

  /**
   * Encodes one row; a value the codec refuses throws a BasesyncError naming the column and value.
   * A null cell is sent as null, which clears the Bitable cell.
   */
  encode(row: Readonly<Record<string, unknown>>): EncodedRow {
    const canonical: Record<string, Cell> = {};
    const fields: Record<string, unknown> = {};
    for (const { binding, codec } of this.#codecs) {
      const raw = row[binding.column];
      try {
        const cell = codec.fromMysql(raw);
        canonical[binding.fieldId] = cell;
        fields[binding.fieldName] = cell === null ? null : codec.toBitable(cell);
      } catch (err) {
        throw unencodable(binding, raw, err);
      }
    }
    return { canonical, fields, hash: hashRow(canonical) };
  }
}

/** Names the column, the field and the value; keeps the codec's code when it has one. */
function unencodable(binding: FieldBinding, raw: unknown, err: unknown): BasesyncError {
  const shown = JSON.stringify(typeof raw === 'string' ? raw.slice(0, 40) : String(raw));
  const reason = err instanceof Error ? err.message : String(err);
  const code = isBasesyncError(err) ? err.code : 'SYNC_VALUE_UNENCODABLE';
  return new BasesyncError(
    code,
    `column \`${binding.column}\` value ${shown} cannot be written to field "${binding.fieldName}": ${reason}`,
    { field: binding.column, value: typeof raw === 'string' ? raw.slice(0, 40) : raw },
    { cause: err },
  );
}
