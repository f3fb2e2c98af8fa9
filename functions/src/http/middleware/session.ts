import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { hashSessionToken } from '#adapters/crypto/session-token';
import { isSessionActive } from '#domain/session-policy';
import { DomainError } from '#domain/errors';
import type { AppEnv } from '../app-env.ts';

export const SESSION_COOKIE = 'laureate_session';

/** Resolves the session cookie to a signed-in user, or throws `auth/unauthenticated`. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const { accounts, clock } = c.var.deps;
    const session = token ? await accounts.getSession(hashSessionToken(token)) : undefined;
    const user =
      session && isSessionActive(session, clock.now()) ? await accounts.getUser(session.userId) : undefined;
    if (!session || !user) throw new DomainError('auth/unauthenticated', 'Sign in to continue');
    c.set('session', session);
    c.set('user', user);
    await next();
  };
}
