import type { CallSignal, ClientContext } from './client-context.js';

/** Feishu looks up at most 50 emails per call. */
const EMAILS_PER_CALL = 50;

export type UserIdType = 'open_id' | 'union_id' | 'user_id';

/** Maps emails to user ids (of `idType`); emails with no user are absent from the result. */
export async function findUsersByEmail(
  ctx: ClientContext,
  emails: readonly string[],
  idType: UserIdType = 'open_id',
  opts: CallSignal = {},
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < emails.length; i += EMAILS_PER_CALL) {
    const chunk = emails.slice(i, i + EMAILS_PER_CALL);
    const res = await ctx.caller.call(
      'contact.batch_get_id',
      () => ctx.sdk.contact.v3.user.batchGetId({ params: { user_id_type: idType }, data: { emails: chunk } }),
      opts,
    );
    for (const u of res.data?.user_list ?? []) if (u.email && u.user_id) found.set(u.email, u.user_id);
  }
  return found;
}
