import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { hashSecretToken } from '#adapters/crypto/secret-token';
import type { Actor } from '#domain/permissions';
import { isSessionActive } from '#domain/session-policy';
import type { SessionRecord, UserRecord } from '#ports/account-repository';
import type { AppEnv } from '../app-env.ts';

export const SESSION_COOKIE = 'laureate_session';

export interface Caller {
  session: SessionRecord;
  user: UserRecord;
  actor: Actor;
}

/**
 * The signed-in caller behind the session cookie, with roles loaded from the database;
 * undefined for anonymous callers and for expired or ended sessions. Resolved once a request.
 */
export async function resolveCaller(c: Context<AppEnv>): Promise<Caller | undefined> {
  if (c.var.caller !== undefined) return c.var.caller ?? undefined;
  const token = getCookie(c, SESSION_COOKIE);
  const { accounts, clock } = c.var.deps;
  const session = token ? await accounts.getSession(hashSecretToken(token)) : undefined;
  const user =
    session && isSessionActive(session, clock.now())
      ? await accounts.getUser(session.userId)
      : undefined;
  if (!session || !user) {
    c.set('caller', null);
    return undefined;
  }
  const grants = await accounts.listRoleGrants(user);
  const actor: Actor = {
    userId: user.id,
    isAdmin: user.platformRole === 'admin',
    secondFactor: session.secondFactor,
    memberships: grants.flatMap((grant) =>
      grant.role === 'member' ? [{ organisationId: grant.organisationId, owner: grant.owner }] : [],
    ),
    competitionRoles: grants.flatMap((grant) =>
      grant.role === 'organiser' || grant.role === 'juror'
        ? [{ competitionId: grant.competitionId, role: grant.role }]
        : [],
    ),
  };
  const caller = { session, user, actor };
  c.set('caller', caller);
  return caller;
}

/** The caller on a route whose rule already required sign-in. */
export function signedInCaller(c: Context<AppEnv>): Caller {
  const caller = c.var.caller;
  if (!caller)
    throw new Error('signedInCaller() used on a route whose access rule does not require sign-in');
  return caller;
}
