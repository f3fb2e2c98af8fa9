import { createHash, randomBytes } from 'node:crypto';

/**
 * 256 random bits for the cookie; only their SHA-256 is stored, so a leaked table
 * does not hand out live sessions.
 */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
