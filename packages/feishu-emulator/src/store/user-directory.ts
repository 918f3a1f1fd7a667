/** A fake tenant member: ids in all three id types plus the contact facts `batch_get_id` looks up. */
export type DirectoryUser = {
  readonly open_id: string;
  readonly union_id: string;
  readonly user_id: string;
  readonly name: string;
  readonly en_name: string;
  readonly email: string;
  readonly mobile: string;
};

export const UserIdType = { openId: 'open_id', unionId: 'union_id', userId: 'user_id' } as const;
export type UserIdType = (typeof UserIdType)[keyof typeof UserIdType];

export function isUserIdType(value: unknown): value is UserIdType {
  return value === 'open_id' || value === 'union_id' || value === 'user_id';
}

/** The users a fresh emulator knows; the first one is the simulated person editing in the grid. */
export const DEFAULT_USERS: readonly DirectoryUser[] = [
  {
    open_id: 'ou_7d8a6e6df7621556ce0d21922b676706',
    union_id: 'on_9b7a6a1c2f3e4d5b6a7980e1f2a3b4c5',
    user_id: 'e33ggbyz',
    name: '张敏',
    en_name: 'Zhang Min',
    email: 'zhangmin@example.com',
    mobile: '+8613100006666',
  },
  {
    open_id: 'ou_1f2e3d4c5b6a79880716253443526170',
    union_id: 'on_0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    user_id: 'li4lei5x',
    name: '李雷',
    en_name: 'Li Lei',
    email: 'lilei@example.com',
    mobile: '+8613900001234',
  },
  {
    open_id: 'ou_aa11bb22cc33dd44ee55ff6600778899',
    union_id: 'on_99887766554433221100ffeeddccbbaa',
    user_id: 'hanmeime',
    name: '韩梅梅',
    en_name: 'Han Meimei',
    email: 'hanmeimei@example.com',
    mobile: '+8613800005678',
  },
];

/** Looks users up by any id type, email or mobile. */
export class UserDirectory {
  #users: DirectoryUser[] = [];
  readonly #byId = new Map<string, DirectoryUser>();

  constructor(users: readonly DirectoryUser[] = DEFAULT_USERS) {
    this.replace(users);
  }

  replace(users: readonly DirectoryUser[]): void {
    this.#users = [...users];
    this.#byId.clear();
    for (const u of users) {
      this.#byId.set(u.open_id, u);
      this.#byId.set(u.union_id, u);
      this.#byId.set(u.user_id, u);
    }
  }

  all(): readonly DirectoryUser[] {
    return this.#users;
  }

  /** The user whose id of the given type is `id`, if any. */
  find(id: string, type: UserIdType): DirectoryUser | undefined {
    const user = this.#byId.get(id);
    return user !== undefined && user[type] === id ? user : undefined;
  }

  byEmail(email: string): DirectoryUser | undefined {
    return this.#users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  }

  byMobile(mobile: string): DirectoryUser | undefined {
    const digits = mobile.replace(/^\+86/, '');
    return this.#users.find((u) => u.mobile === mobile || u.mobile.replace(/^\+86/, '') === digits);
  }
}
