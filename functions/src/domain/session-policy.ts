/**
 * How long a sign-in lasts. A week suits people who fill in long applications over many
 * evenings; "sign out everywhere" and the expiry end a session for real, server-side.
 */
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

export function sessionExpiry(now: Date): number {
  return Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_SECONDS;
}

/** DynamoDB TTL deletes expired items only eventually, so every read checks the expiry too. */
export function isSessionActive(session: { expiresAt: number }, now: Date): boolean {
  return session.expiresAt * 1000 > now.getTime();
}
