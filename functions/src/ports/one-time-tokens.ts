/** What an emailed link may do. Each purpose has its own lifetime (domain/token-policy.ts). */
export type TokenPurpose =
  'verify-email' | 'reset-password' | 'organisation-invitation' | 'juror-invitation';

export interface OneTimeToken {
  purpose: TokenPurpose;
  /** The user the link was sent to, when there is one. */
  userId?: string;
  /** The address the link was sent to. */
  email: string;
  /** What the link grants, for invitations. */
  organisationId?: string;
  competitionId?: string;
  role?: string;
  invitedBy?: string;
  createdAt: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export interface OneTimeTokenStore {
  /** Stores a token under the hash of its secret. */
  create(tokenHash: string, token: OneTimeToken): Promise<void>;
  /**
   * Deletes and returns the token in one conditional operation, so two clicks on the same link
   * cannot both succeed. Undefined if it was never issued or is already used.
   */
  consume(tokenHash: string): Promise<OneTimeToken | undefined>;
  /** Reads without using up, so a form can show what an invitation is for. */
  peek(tokenHash: string): Promise<OneTimeToken | undefined>;
}
