import type { TokenPurpose } from '#ports/one-time-tokens';

/**
 * How long each kind of emailed link stays valid. Verification and reset links expire within
 * 30 minutes (OWASP Forgot Password cheat sheet); invitations wait for busy jurors a week.
 */
export const tokenLifetimeSeconds: Record<TokenPurpose, number> = {
  'verify-email': 30 * 60,
  'reset-password': 30 * 60,
  'organisation-invitation': 7 * 24 * 60 * 60,
  'juror-invitation': 7 * 24 * 60 * 60,
};

export function tokenExpiry(purpose: TokenPurpose, now: Date): number {
  return Math.floor(now.getTime() / 1000) + tokenLifetimeSeconds[purpose];
}

export function isTokenLive(token: { expiresAt: number }, now: Date): boolean {
  return token.expiresAt * 1000 > now.getTime();
}
