import { describe, expect, test } from 'vitest';
import { parseColumnType } from '../mysql/column-type.js';
import type { PersonResolver } from './codec-context.js';
import { createFieldCodec } from './field-codec.js';

const ZHANG = 'ou_0123456789abcdef0123456789abcdef';
const LI = 'ou_fedcba9876543210fedcba9876543210';
const directory: PersonResolver = {
  emailOf: (id) => ({ [ZHANG]: 'zhang@example.com', [LI]: 'li@example.com' })[id],
  userIdOf: (email) => ({ 'zhang@example.com': ZHANG, 'li@example.com': LI })[email],
};

const codecFor = (type: string, options: Parameters<typeof createFieldCodec>[0]['options'] = {}) =>
  createFieldCodec({
    field: { name: 'Owner', type: 11 },
    columnName: 'owner',
    column: parseColumnType(type),
    direction: 'two-way',
    options,
  });

describe('person columns', () => {
  test('store user ids as a comma list by default', () => {
    const codec = codecFor('varchar(255)');
    const cell = codec.fromBitable([
      { id: ZHANG, name: 'Zhang' },
      { id: LI, name: 'Li' },
    ]);
    expect(codec.toMysql(cell)).toBe(`${ZHANG},${LI}`);
    expect(codec.toBitable(codec.fromMysql(`${ZHANG}, ${LI}`))).toEqual([{ id: ZHANG }, { id: LI }]);
  });

  test('store e-mails through the resolver and map them back to user ids', () => {
    const codec = codecFor('varchar(255)', { personKey: 'email', people: directory, listFormat: 'json' });
    const cell = codec.fromBitable([{ id: ZHANG }, { id: LI }]);
    expect(codec.toMysql(cell)).toBe('["zhang@example.com","li@example.com"]');
    expect(codec.toBitable(codec.fromMysql('["li@example.com"]'))).toEqual([{ id: LI }]);
  });

  test('an e-mail of nobody in the tenant is refused, naming it', () => {
    const codec = codecFor('varchar(255)', { personKey: 'email', people: directory });
    expect(() => codec.fromMysql('ghost@example.com')).toThrow(
      /field "Owner": no Feishu user has this e-mail \(value "ghost@example.com"\)/,
    );
  });

  test('e-mails without a resolver are refused with the fix', () => {
    const codec = codecFor('varchar(255)', { personKey: 'email' });
    expect(() => codec.toMysql({ kind: 'users', people: [{ id: ZHANG }] })).toThrow(
      /no e-mail resolver was given/,
    );
  });
});
