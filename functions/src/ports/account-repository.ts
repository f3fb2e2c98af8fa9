import type { Locale, RoleGrant } from '@laureate/schemas';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  passwordHash: string;
  emailVerifiedAt?: string;
  platformRole?: 'admin';
  /** Base32 TOTP secret once two-factor sign-in is on; `totpPendingSecret` while being set up. */
  totpSecret?: string;
  totpPendingSecret?: string;
  /** The last TOTP step accepted, so a code cannot be used twice. */
  totpLastStep?: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  /** Epoch seconds: DynamoDB TTL deletes the item some time after; reads check it too. */
  expiresAt: number;
  /** Whether the sign-in that made this session passed TOTP. */
  secondFactor: boolean;
  userAgent?: string;
}

/** Fields of a user that change after registration; the version guards each change. */
export type UserChanges = Partial<
  Pick<
    UserRecord,
    | 'displayName'
    | 'locale'
    | 'passwordHash'
    | 'emailVerifiedAt'
    | 'totpSecret'
    | 'totpPendingSecret'
    | 'totpLastStep'
  >
> & { removeTotp?: boolean };

export interface AccountRepository {
  /** Creates the user and claims the email in one transaction; false if the email is taken. */
  createUser(user: UserRecord): Promise<boolean>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  getUser(userId: string): Promise<UserRecord | undefined>;
  /** Applies changes if the stored version is `expectedVersion`; throws a version conflict otherwise. */
  updateUser(
    userId: string,
    expectedVersion: number,
    changes: UserChanges,
    now: string,
  ): Promise<UserRecord>;
  listSessions(userId: string): Promise<SessionRecord[]>;
  /** Platform and competition roles and organisation memberships, from one index query. */
  listRoleGrants(user: UserRecord): Promise<RoleGrant[]>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user: sign out everywhere, password reset. */
  deleteAllSessions(userId: string): Promise<void>;
}
