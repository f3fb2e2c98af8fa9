import {
  Accepted,
  RegisterRequest,
  ResendVerificationRequest,
  VerifyEmailRequest,
} from '@laureate/schemas';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { DomainError } from '#domain/errors';
import { accountExists, verifyEmail } from '#mail/email-templates';
import { clientAddress } from '../client-address.ts';
import { defineRoute } from '../define-route.ts';
import { sendLinkEmail } from '../email-links.ts';
import { consumeLink } from '../one-time-link.ts';
import { jsonContent, jsonBody } from '../openapi-content.ts';
import { requireStrongPassword } from '../password-rules.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const accepted = { description: 'Accepted', content: jsonContent(Accepted) };

const register = defineRoute({
  method: 'post',
  path: '/auth/register',
  tags: ['accounts'],
  summary: 'Create an account; a confirmation link is emailed',
  description:
    'Always answers 202, whether or not the email already has an account (the owner of an existing ' +
    'account is told by email instead), so the answer reveals nothing about who is registered.',
  access: 'public',
  request: { body: jsonBody(RegisterRequest) },
  responses: { 202: accepted, ...problemResponses(400, 415) },
});

const verify = defineRoute({
  method: 'post',
  path: '/auth/verify-email',
  tags: ['accounts'],
  summary: 'Confirm an email address with the emailed token',
  access: 'public',
  request: { body: jsonBody(VerifyEmailRequest) },
  responses: { 200: accepted, ...problemResponses(400) },
});

const resend = defineRoute({
  method: 'post',
  path: '/auth/resend-verification',
  tags: ['accounts'],
  summary: 'Send a new confirmation link',
  access: 'public',
  request: { body: jsonBody(ResendVerificationRequest) },
  responses: { 202: accepted, ...problemResponses(400) },
});

const checkEmail =
  'If this address can be used, a message with a link is on its way. Check your inbox.';

export const registrationRoutes = createRouter()
  .openapi(register, async (c) => {
    const input = c.req.valid('json');
    requireStrongPassword(input.password, input.email);
    const { accounts, audit, clock } = c.var.deps;
    const now = clock.now().toISOString();
    const userId = `user-${newSecretToken().token.slice(0, 16)}`;
    const created = await accounts.createUser({
      id: userId,
      email: input.email,
      displayName: input.displayName,
      locale: input.locale,
      passwordHash: await hashPassword(input.password),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    if (created) {
      await sendLinkEmail(c, {
        purpose: 'verify-email',
        to: input.email,
        locale: input.locale,
        grant: { userId },
        render: (link) => verifyEmail[input.locale]({ name: input.displayName, link }),
      });
      const ip = clientAddress(c);
      await audit.append({
        scope: `USER#${userId}`,
        action: 'account.registered',
        actorId: userId,
        at: now,
        ...(ip ? { ip } : {}),
      });
    } else {
      const existing = await accounts.findUserByEmail(input.email);
      if (existing) {
        await sendLinkEmail(c, {
          purpose: 'reset-password',
          to: existing.email,
          locale: existing.locale,
          grant: { userId: existing.id },
          render: (resetLink) =>
            accountExists[existing.locale]({ name: existing.displayName, resetLink }),
        });
      }
    }
    return c.json({ message: checkEmail }, 202);
  })
  .openapi(verify, async (c) => {
    const link = await consumeLink(c, c.req.valid('json').token, 'verify-email');
    const { accounts, audit, clock } = c.var.deps;
    const user = link.userId ? await accounts.getUser(link.userId) : undefined;
    if (!user) throw new DomainError('token/invalid', 'The account of this link no longer exists');
    const now = clock.now().toISOString();
    if (!user.emailVerifiedAt)
      await accounts.updateUser(user.id, user.version, { emailVerifiedAt: now }, now);
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'account.email-verified',
      actorId: user.id,
      at: now,
    });
    return c.json({ message: 'Your email address is confirmed. You can sign in now.' }, 200);
  })
  .openapi(resend, async (c) => {
    const user = await c.var.deps.accounts.findUserByEmail(c.req.valid('json').email);
    if (user && !user.emailVerifiedAt) {
      await sendLinkEmail(c, {
        purpose: 'verify-email',
        to: user.email,
        locale: user.locale,
        grant: { userId: user.id },
        render: (link) => verifyEmail[user.locale]({ name: user.displayName, link }),
      });
    }
    return c.json({ message: checkEmail }, 202);
  });
