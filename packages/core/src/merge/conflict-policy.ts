import { BasesyncError } from '../errors/basesync-error.js';

/** How a mapping settles a field changed differently on both sides. */
export const ConflictPolicy = {
  manual: 'manual',
  bitableWins: 'bitable-wins',
  mysqlWins: 'mysql-wins',
  lastWriteWins: 'last-write-wins',
} as const;
export type ConflictPolicy = (typeof ConflictPolicy)[keyof typeof ConflictPolicy];

export type Side = 'mysql' | 'bitable';

/** The policy of a mapping: one default, optionally an owner side per field that always wins for it. */
export type MergePolicy = {
  readonly policy: ConflictPolicy;
  readonly owners?: Readonly<Record<string, Side>>;
};

/** When each side last changed the row/record (ms since epoch), for last-write-wins. */
export type ChangeTimes = { readonly mysqlMs?: number; readonly bitableMs?: number };

/**
 * Which side wins a conflict on `field`, or undefined when it stays for a person to settle (manual,
 * or last-write-wins without two distinct change times).
 */
export function winnerOf(
  field: string | undefined,
  policy: MergePolicy,
  times: ChangeTimes,
): Side | undefined {
  const owner = field === undefined ? undefined : policy.owners?.[field];
  if (owner) return owner;
  switch (policy.policy) {
    case 'manual':
      return undefined;
    case 'bitable-wins':
      return 'bitable';
    case 'mysql-wins':
      return 'mysql';
    case 'last-write-wins': {
      const { mysqlMs, bitableMs } = times;
      if (mysqlMs === undefined || bitableMs === undefined || mysqlMs === bitableMs) return undefined;
      return mysqlMs > bitableMs ? 'mysql' : 'bitable';
    }
  }
}

/** Throws MERGE_POLICY_INVALID when the policy or an owner is unknown, or an owner names an unmapped field. */
export function assertMergePolicy(
  policy: { readonly policy: string; readonly owners?: Readonly<Record<string, string>> },
  fields: readonly string[],
): asserts policy is MergePolicy {
  if (!(Object.values(ConflictPolicy) as string[]).includes(policy.policy))
    throw new BasesyncError('MERGE_POLICY_INVALID', `conflict policy "${policy.policy}" is not known`, {
      field: 'policy',
      value: policy.policy,
    });
  for (const [field, side] of Object.entries(policy.owners ?? {})) {
    if (!fields.includes(field))
      throw new BasesyncError(
        'MERGE_POLICY_INVALID',
        `owner given for "${field}", which is not a mapped field`,
        { field, fix: `Map "${field}" or remove its owner.` },
      );
    if (side !== 'mysql' && side !== 'bitable')
      throw new BasesyncError(
        'MERGE_POLICY_INVALID',
        `owner of "${field}" must be mysql or bitable, not "${side}"`,
        { field, value: side },
      );
  }
}
