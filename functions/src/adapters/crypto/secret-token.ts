import { createHash, randomBytes } from 'node:crypto';

/**
 * 256 random bits, for session cookies and emailed links. Only their SHA-256 is stored, so
 * a leaked table hands out neither live sessions nor usable links.
 */
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
