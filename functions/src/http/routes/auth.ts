import { Me, SignInRequest } from '@laureate/schemas';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { verifyTotp } from '#adapters/crypto/totp';
import { DomainError } from '#domain/errors';
import { SESSION_LIFETIME_SECONDS, sessionExpiry } from '#domain/session-policy';
import {
  SIGN_IN_WINDOW_SECONDS,
  isThrottled,
  retryAfterSeconds,
  signInThrottleKeys,
} from '#domain/sign-in-throttle';
import type { UserRecord } from '#ports/account-repository';
import type { AppEnv } from '../app-env.ts';
import { clientAddress } from '../client-address.ts';
import { defineRoute } from '../define-route.ts';
import { SESSION_COOKIE, signedInCaller } from '../middleware/session.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const signIn = defineRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['accounts'],
  summary:
    'Sign in with email, password and, where turned on, a TOTP code; sets the session cookie',
  description:
    'A wrong password and an unknown email get the same answer. After repeated failures the account ' +
    'and the address are throttled (429 with Retry-After).',
  access: 'public',
  request: { body: { required: true, content: { 'application/json': { schema: SignInRequest } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: Me } } },
    ...problemResponses(400, 401, 403, 415, 429),
  },
});

const signOut = defineRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['accounts'],
  summary: 'End this session',
  access: 'signed-in',
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
});

const getMe = defineRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['accounts'],
  summary: 'The signed-in user and their roles',
  access: 'signed-in',
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: Me } } },
    ...problemResponses(401),
  },
});

// Checked against when the email is unknown, so both answers take as long (no user enumeration).
let decoyHash: Promise<string> | undefined;

export async function toMe(
  c: Context<AppEnv>,
  user: UserRecord,
  secondFactor: boolean,
): Promise<Me> {
  const roles = await c.var.deps.accounts.listRoleGrants(user);
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles,
    totpEnabled: user.totpSecret !== undefined,
    secondFactor,
  };
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.deps.mode === 'aws' });
}

export const authRoutes = createRouter()
  .openapi(signIn, async (c) => {
    const { email, password, totpCode } = c.req.valid('json');
    const { accounts, audit, clock, passwords, mode, throttle } = c.var.deps;
    const now = clock.now();
    const ip = clientAddress(c);
    const throttleKeys = signInThrottleKeys(email, ip);
    const failures = {
      account: await throttle.count(throttleKeys.account, SIGN_IN_WINDOW_SECONDS, now),
      address: throttleKeys.address
        ? await throttle.count(throttleKeys.address, SIGN_IN_WINDOW_SECONDS, now)
        : 0,
    };
    if (isThrottled(failures)) {
      c.header('retry-after', String(retryAfterSeconds(now)));
      throw new DomainError('auth/throttled', 'Too many failed attempts: try again later');
    }

    const user = await accounts.findUserByEmail(email);
    decoyHash ??= hashPassword(crypto.randomUUID());
    const passwordValid = await passwords.verify(password, user?.passwordHash ?? (await decoyHash));
    const fail = async (reason: string) => {
      await throttle.hit(throttleKeys.account, SIGN_IN_WINDOW_SECONDS, now);
      if (throttleKeys.address)
        await throttle.hit(throttleKeys.address, SIGN_IN_WINDOW_SECONDS, now);
      await audit.append({
        // Unknown emails are audited by day, so an attack shows without a partition per guess.
        scope: user ? `USER#${user.id}` : `SIGNIN#${now.toISOString().slice(0, 10)}`,
        action: 'auth.sign-in-failed',
        ...(user ? { actorId: user.id } : {}),
        at: now.toISOString(),
        ...(ip ? { ip } : {}),
        details: { reason },
      });
    };
    if (!user || !passwordValid) {
      await fail(user ? 'password' : 'unknown-email');
      throw new DomainError('auth/invalid-credentials', 'The email or the password is wrong');
    }
    // Only someone who knows the password learns these.
    if (!user.emailVerifiedAt)
      throw new DomainError('auth/email-unverified', 'Open the link we emailed you first');
    let secondFactor = false;
    if (user.totpSecret) {
      if (!totpCode)
        throw new DomainError('auth/second-factor-missing', 'Enter your authenticator code');
      const step = verifyTotp(user.totpSecret, totpCode, now, user.totpLastStep);
      if (step === undefined) {
        await fail('totp');
        throw new DomainError('auth/invalid-credentials', 'The code is wrong or was already used');
      }
      await accounts.updateUser(user.id, user.version, { totpLastStep: step }, now.toISOString());
      secondFactor = true;
    }

    const { token, tokenHash } = newSecretToken();
    const userAgent = c.req.header('user-agent')?.slice(0, 256);
    await accounts.createSession({
      tokenHash,
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: sessionExpiry(now),
      secondFactor,
      ...(userAgent ? { userAgent } : {}),
    });
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'auth.signed-in',
      actorId: user.id,
      at: now.toISOString(),
      ...(ip ? { ip } : {}),
      details: { secondFactor },
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      // Local mode runs on plain http://localhost, where browsers drop Secure cookies.
      secure: mode === 'aws',
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_LIFETIME_SECONDS,
    });
    return c.json(await toMe(c, user, secondFactor), 200);
  })
  .openapi(signOut, async (c) => {
    const { session, user } = signedInCaller(c);
    await c.var.deps.accounts.deleteSession(session.tokenHash);
    clearSessionCookie(c);
    await c.var.deps.audit.append({
      scope: `USER#${user.id}`,
      action: 'auth.signed-out',
      actorId: user.id,
      at: c.var.deps.clock.now().toISOString(),
    });
    return c.body(null, 204);
  })
  .openapi(getMe, async (c) => {
    const { user, session } = signedInCaller(c);
    return c.json(await toMe(c, user, session.secondFactor), 200);
  });
