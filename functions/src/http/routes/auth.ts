import { createRoute } from '@hono/zod-openapi';
import { Me, SignInRequest } from '@laureate/schemas';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { newSessionToken } from '#adapters/crypto/session-token';
import { DomainError } from '#domain/errors';
import { SESSION_LIFETIME_SECONDS, sessionExpiry } from '#domain/session-policy';
import type { UserRecord } from '#ports/account-repository';
import type { AppEnv } from '../app-env.ts';
import { SESSION_COOKIE, requireUser } from '../middleware/session.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const signIn = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['accounts'],
  summary: 'Sign in with email and password; sets the session cookie',
  description: 'The answer is the same whether or not the email is registered.',
  'x-access': 'public',
  request: { body: { required: true, content: { 'application/json': { schema: SignInRequest } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: Me } } },
    ...problemResponses(400, 401, 403, 415),
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['accounts'],
  summary: 'End this session',
  'x-access': 'signed-in',
  middleware: [requireUser()] as const,
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
});

const getMe = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['accounts'],
  summary: 'The signed-in user and their roles',
  'x-access': 'signed-in',
  middleware: [requireUser()] as const,
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: Me } } },
    ...problemResponses(401),
  },
});

// Checked against when the email is unknown, so both answers take as long (no user enumeration).
let decoyHash: Promise<string> | undefined;

async function toMe(c: Context<AppEnv>, user: UserRecord): Promise<Me> {
  const roles = await c.var.deps.accounts.listRoleGrants(user);
  return { userId: user.id, email: user.email, displayName: user.displayName, locale: user.locale, roles };
}

function clientAddress(c: Context<AppEnv>): string | undefined {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || undefined;
}

export const authRoutes = createRouter()
  .openapi(signIn, async (c) => {
    const { email, password } = c.req.valid('json');
    const { accounts, audit, clock, passwords, mode } = c.var.deps;
    const user = await accounts.findUserByEmail(email);
    decoyHash ??= hashPassword(crypto.randomUUID());
    const valid = await passwords.verify(password, user?.passwordHash ?? (await decoyHash));
    const now = clock.now();
    const ip = clientAddress(c);
    if (!user || !valid) {
      await audit.append({
        scope: user ? `USER#${user.id}` : `SIGNIN#${now.toISOString().slice(0, 10)}`,
        action: 'auth.sign-in-failed',
        ...(user ? { actorId: user.id } : {}),
        at: now.toISOString(),
        ...(ip ? { ip } : {}),
      });
      throw new DomainError('auth/invalid-credentials', 'The email or the password is wrong');
    }
    const { token, tokenHash } = newSessionToken();
    await accounts.createSession({
      tokenHash,
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: sessionExpiry(now),
      ...(c.req.header('user-agent') ? { userAgent: c.req.header('user-agent')!.slice(0, 256) } : {}),
    });
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'auth.signed-in',
      actorId: user.id,
      at: now.toISOString(),
      ...(ip ? { ip } : {}),
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      // Local mode runs on plain http://localhost, where browsers drop Secure cookies.
      secure: mode === 'aws',
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_LIFETIME_SECONDS,
    });
    return c.json(await toMe(c, user), 200);
  })
  .openapi(signOut, async (c) => {
    await c.var.deps.accounts.deleteSession(c.var.session.tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.deps.mode === 'aws' });
    await c.var.deps.audit.append({
      scope: `USER#${c.var.user.id}`,
      action: 'auth.signed-out',
      actorId: c.var.user.id,
      at: c.var.deps.clock.now().toISOString(),
    });
    return c.body(null, 204);
  })
  .openapi(getMe, async (c) => c.json(await toMe(c, c.var.user), 200));
