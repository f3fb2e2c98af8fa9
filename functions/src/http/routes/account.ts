import {
  Account,
  SessionList,
  TotpConfirmRequest,
  TotpDisableRequest,
  TotpSetup,
  UpdateAccountRequest,
} from '@laureate/schemas';
import { z } from 'zod';
import { newTotpSecret, totpUri, verifyTotp } from '#adapters/crypto/totp';
import { DomainError } from '#domain/errors';
import type { UserRecord } from '#ports/account-repository';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonContent, jsonBody } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';
import { clearSessionCookie } from './auth.ts';

function toAccount(user: UserRecord): Account {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== undefined,
    totpEnabled: user.totpSecret !== undefined,
    version: user.version,
  };
}

const getAccount = defineRoute({
  method: 'get',
  path: '/account',
  tags: ['accounts'],
  summary: 'Your account',
  access: 'signed-in',
  responses: {
    200: { description: 'The account', content: jsonContent(Account) },
    ...problemResponses(401),
  },
});

const updateAccount = defineRoute({
  method: 'patch',
  path: '/account',
  tags: ['accounts'],
  summary: 'Change your name or language; send the version you read',
  access: 'signed-in',
  request: { body: jsonBody(UpdateAccountRequest) },
  responses: {
    200: { description: 'Updated', content: jsonContent(Account) },
    ...problemResponses(400, 401, 409),
  },
});

const listSessions = defineRoute({
  method: 'get',
  path: '/account/sessions',
  tags: ['accounts'],
  summary: 'Where you are signed in',
  access: 'signed-in',
  responses: {
    200: { description: 'Active sessions', content: jsonContent(SessionList) },
    ...problemResponses(401),
  },
});

const endSession = defineRoute({
  method: 'delete',
  path: '/account/sessions/{sessionId}',
  tags: ['accounts'],
  summary: 'Sign out one of your sessions',
  access: 'signed-in',
  request: { params: z.object({ sessionId: z.string().regex(/^[\w-]{43}$/) }) },
  responses: { 204: { description: 'Ended' }, ...problemResponses(400, 401, 404) },
});

const signOutEverywhere = defineRoute({
  method: 'post',
  path: '/account/sessions/sign-out-everywhere',
  tags: ['accounts'],
  summary: 'End every session of your account, this one included',
  access: 'signed-in',
  responses: { 204: { description: 'Signed out everywhere' }, ...problemResponses(401) },
});

const setUpTotp = defineRoute({
  method: 'post',
  path: '/account/totp/setup',
  tags: ['accounts'],
  summary:
    'Start turning on two-factor sign-in: returns a new secret to add to an authenticator app',
  access: 'signed-in',
  responses: {
    200: { description: 'A pending secret', content: jsonContent(TotpSetup) },
    ...problemResponses(401, 409),
  },
});

const confirmTotp = defineRoute({
  method: 'post',
  path: '/account/totp/confirm',
  tags: ['accounts'],
  summary: 'Finish turning on two-factor sign-in with a code from the app',
  access: 'signed-in',
  request: { body: jsonBody(TotpConfirmRequest) },
  responses: {
    200: { description: 'Turned on', content: jsonContent(Account) },
    ...problemResponses(400, 401, 409),
  },
});

const disableTotp = defineRoute({
  method: 'post',
  path: '/account/totp/disable',
  tags: ['accounts'],
  summary: 'Turn off two-factor sign-in (needs the password and a current code)',
  access: 'signed-in',
  request: { body: jsonBody(TotpDisableRequest) },
  responses: {
    200: { description: 'Turned off', content: jsonContent(Account) },
    ...problemResponses(400, 401, 409),
  },
});

export const accountRoutes = createRouter()
  .openapi(getAccount, (c) => c.json(toAccount(signedInCaller(c).user), 200))
  .openapi(updateAccount, async (c) => {
    const { version, ...changes } = c.req.valid('json');
    const { user } = signedInCaller(c);
    const now = c.var.deps.clock.now().toISOString();
    const updated = await c.var.deps.accounts.updateUser(user.id, version, changes, now);
    return c.json(toAccount(updated), 200);
  })
  .openapi(listSessions, async (c) => {
    const { user, session: current } = signedInCaller(c);
    const now = c.var.deps.clock.now().getTime();
    const sessions = await c.var.deps.accounts.listSessions(user.id);
    const items = sessions
      .filter((session) => session.expiresAt * 1000 > now)
      .map((session) => ({
        id: session.tokenHash,
        createdAt: session.createdAt,
        ...(session.userAgent ? { userAgent: session.userAgent } : {}),
        current: session.tokenHash === current.tokenHash,
        secondFactor: session.secondFactor,
      }));
    return c.json({ items }, 200);
  })
  .openapi(endSession, async (c) => {
    const { sessionId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const session = await c.var.deps.accounts.getSession(sessionId);
    // Another user's session id is answered as unknown.
    if (!session || session.userId !== user.id)
      throw new DomainError('resource/not-found', 'No such session');
    await c.var.deps.accounts.deleteSession(sessionId);
    return c.body(null, 204);
  })
  .openapi(signOutEverywhere, async (c) => {
    const { user } = signedInCaller(c);
    const { accounts, audit, clock } = c.var.deps;
    await accounts.deleteAllSessions(user.id);
    clearSessionCookie(c);
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'auth.signed-out-everywhere',
      actorId: user.id,
      at: clock.now().toISOString(),
    });
    return c.body(null, 204);
  })
  .openapi(setUpTotp, async (c) => {
    const { user } = signedInCaller(c);
    if (user.totpSecret)
      throw new DomainError('conflict/version-mismatch', 'Two-factor sign-in is already on');
    const secret = newTotpSecret();
    await c.var.deps.accounts.updateUser(
      user.id,
      user.version,
      { totpPendingSecret: secret },
      c.var.deps.clock.now().toISOString(),
    );
    return c.json({ secret, uri: totpUri(secret, user.email) }, 200);
  })
  .openapi(confirmTotp, async (c) => {
    const { user } = signedInCaller(c);
    const { accounts, audit, clock } = c.var.deps;
    const now = clock.now();
    if (!user.totpPendingSecret)
      throw new DomainError('conflict/version-mismatch', 'Start the set-up first');
    const step = verifyTotp(user.totpPendingSecret, c.req.valid('json').code, now);
    if (step === undefined) {
      throw new DomainError('account/totp-invalid', 'The code does not match', {
        errors: [
          {
            field: 'body.code',
            message: 'The code does not match: check the time on your phone',
            code: 'totp_mismatch',
          },
        ],
      });
    }
    const updated = await accounts.updateUser(
      user.id,
      user.version,
      { totpSecret: user.totpPendingSecret, totpPendingSecret: undefined, totpLastStep: step },
      now.toISOString(),
    );
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'account.totp-enabled',
      actorId: user.id,
      at: now.toISOString(),
    });
    return c.json(toAccount(updated), 200);
  })
  .openapi(disableTotp, async (c) => {
    const { user } = signedInCaller(c);
    const { accounts, audit, clock, passwords } = c.var.deps;
    const { code, password } = c.req.valid('json');
    const now = clock.now();
    const codeValid = user.totpSecret
      ? verifyTotp(user.totpSecret, code, now, user.totpLastStep) !== undefined
      : false;
    if (!codeValid || !(await passwords.verify(password, user.passwordHash))) {
      throw new DomainError('account/totp-invalid', 'The password or the code is wrong');
    }
    const updated = await accounts.updateUser(
      user.id,
      user.version,
      { removeTotp: true },
      now.toISOString(),
    );
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'account.totp-disabled',
      actorId: user.id,
      at: now.toISOString(),
    });
    return c.json(toAccount(updated), 200);
  });
