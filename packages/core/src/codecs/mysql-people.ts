import type { ChatsCell, UsersCell } from '../values/cell.js';
import { codecError } from './codec-error.js';
import type { CodecContext, MysqlCodec } from './codec-context.js';
import { encodeOrEmpty, isMysqlEmpty } from './mysql-empty.js';
import { listFromMysql, listToMysql } from './mysql-list-text.js';

function resolverFor(ctx: CodecContext) {
  if (ctx.people) return ctx.people;
  throw codecError(
    'CODEC_PERSON_UNRESOLVED',
    ctx.field,
    null,
    'people are stored as e-mails but no e-mail resolver was given',
    'Pass a people resolver, or store user ids (personKey "id").',
  );
}

function userToKey(id: string, email: string | undefined, ctx: CodecContext): string {
  if (ctx.personKey === 'id') return id;
  const found = email ?? resolverFor(ctx).emailOf(id);
  if (found === undefined)
    throw codecError('CODEC_PERSON_UNRESOLVED', ctx.field, id, 'this user has no known e-mail');
  return found;
}

function keyToUserId(key: string, ctx: CodecContext): string {
  if (ctx.personKey === 'id') return key;
  const id = resolverFor(ctx).userIdOf(key);
  if (id === undefined)
    throw codecError('CODEC_PERSON_UNRESOLVED', ctx.field, key, 'no Feishu user has this e-mail');
  return id;
}

/** People ⇄ string (comma or JSON list) and JSON columns, by user id or, through a resolver, by e-mail. */
export const usersCodec: MysqlCodec = {
  toMysql: (cell, ctx) =>
    encodeOrEmpty<UsersCell>(cell, ctx, 'users', (c) =>
      listToMysql(
        c.people.map((p) => userToKey(p.id, p.email, ctx)),
        ctx,
      ),
    ),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    const keys = [...new Set(listFromMysql(raw, ctx))];
    if (keys.length === 0) return null;
    return {
      kind: 'users',
      people: keys.map((k) => (ctx.personKey === 'id' ? { id: k } : { id: keyToUserId(k, ctx), email: k })),
    };
  },
};

/** Group chats ⇄ string (comma or JSON list of chat ids) and JSON columns. */
export const chatsCodec: MysqlCodec = {
  toMysql: (cell, ctx) =>
    encodeOrEmpty<ChatsCell>(cell, ctx, 'chats', (c) =>
      listToMysql(
        c.chats.map((x) => x.id),
        ctx,
      ),
    ),
  fromMysql: (raw, ctx) => {
    if (isMysqlEmpty(raw)) return null;
    const ids = [...new Set(listFromMysql(raw, ctx))];
    return ids.length === 0 ? null : { kind: 'chats', chats: ids.map((id) => ({ id })) };
  },
};
