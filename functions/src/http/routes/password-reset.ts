import { Accepted, PasswordResetConfirmRequest, PasswordResetRequest } from '@laureate/schemas';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { DomainError } from '#domain/errors';
import { passwordChanged, resetPassword } from '#mail/email-templates';
import { clientAddress } from '../client-address.ts';
import { defineRoute } from '../define-route.ts';
import { sendLinkEmail } from '../email-links.ts';
import { consumeLink } from '../one-time-link.ts';
import { jsonContent, jsonBody } from '../openapi-content.ts';
import { requireStrongPassword } from '../password-rules.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const accepted = { description: 'Accepted', content: jsonContent(Accepted) };

const requestReset = defineRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['accounts'],
  summary: 'Email a link to choose a new password',
  description: 'Always answers 202, so the answer reveals nothing about who is registered.',
  access: 'public',
  request: {
    body: jsonBody(PasswordResetRequest),
  },
  responses: { 202: accepted, ...problemResponses(400) },
});

const confirmReset = defineRoute({
  method: 'post',
  path: '/auth/password-reset/confirm',
  tags: ['accounts'],
  summary: 'Set a new password with the emailed token; ends every session',
  access: 'public',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: PasswordResetConfirmRequest } },
    },
  },
  responses: { 200: accepted, ...problemResponses(400) },
});

export const passwordResetRoutes = createRouter()
  .openapi(requestReset, async (c) => {
    const user = await c.var.deps.accounts.findUserByEmail(c.req.valid('json').email);
    if (user) {
      await sendLinkEmail(c, {
        purpose: 'reset-password',
        to: user.email,
        locale: user.locale,
        grant: { userId: user.id },
        render: (link) => resetPassword[user.locale]({ name: user.displayName, link }),
      });
    }
    return c.json(
      { message: 'If this address has an account, a message with a link is on its way.' },
      202,
    );
  })
  .openapi(confirmReset, async (c) => {
    const { token, password } = c.req.valid('json');
    const { accounts, audit, clock, mailer } = c.var.deps;
    const link = await consumeLink(c, token, 'reset-password');
    const user = link.userId ? await accounts.getUser(link.userId) : undefined;
    if (!user) throw new DomainError('token/invalid', 'The account of this link no longer exists');
    requireStrongPassword(password, user.email);
    const now = clock.now().toISOString();
    await accounts.updateUser(
      user.id,
      user.version,
      // Following the emailed link proves the address, as verification would.
      {
        passwordHash: await hashPassword(password),
        ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: now }),
      },
      now,
    );
    // Whoever knew the old password must lose access now.
    await accounts.deleteAllSessions(user.id);
    const ip = clientAddress(c);
    await audit.append({
      scope: `USER#${user.id}`,
      action: 'account.password-reset',
      actorId: user.id,
      at: now,
      ...(ip ? { ip } : {}),
    });
    await mailer.send({
      to: user.email,
      locale: user.locale,
      ...passwordChanged[user.locale]({ name: user.displayName }),
    });
    return c.json({ message: 'Your password is changed. Sign in with the new one.' }, 200);
  });
