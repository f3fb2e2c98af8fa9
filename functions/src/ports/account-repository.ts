import type { Locale, RoleGrant } from '@laureate/schemas';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  passwordHash: string;
  emailVerifiedAt?: string;
  platformRole?: 'admin';
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
  userAgent?: string;
}

export interface AccountRepository {
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  getUser(userId: string): Promise<UserRecord | undefined>;
  /** Platform and competition roles and organisation memberships, from one index query. */
  listRoleGrants(user: UserRecord): Promise<RoleGrant[]>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}
