import type { Locale } from '@laureate/schemas';
import type { Context } from 'hono';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { tokenExpiry } from '#domain/token-policy';
import type { RenderedEmail } from '#mail/email-templates';
import type { OneTimeToken, TokenPurpose } from '#ports/one-time-tokens';
import type { AppEnv } from './app-env.ts';

/** Where each kind of link opens in the web app. */
const pagePaths: Record<TokenPurpose, string> = {
  'verify-email': '/verify-email',
  'reset-password': '/reset-password',
  'organisation-invitation': '/invitations/organisation',
  'juror-invitation': '/invitations/jury',
};

/**
 * Issues a single-use token and emails its link in the recipient's language. The secret
 * travels in the URL fragment, so it never reaches server logs or a Referer header.
 */
export async function sendLinkEmail(
  c: Context<AppEnv>,
  options: {
    purpose: TokenPurpose;
    to: string;
    locale: Locale;
    grant?: Omit<OneTimeToken, 'purpose' | 'email' | 'createdAt' | 'expiresAt'>;
    render: (link: string) => RenderedEmail;
  },
): Promise<void> {
  const { tokens, mailer, clock, publicUrl } = c.var.deps;
  const now = clock.now();
  const { token, tokenHash } = newSecretToken();
  await tokens.create(tokenHash, {
    purpose: options.purpose,
    email: options.to,
    ...options.grant,
    createdAt: now.toISOString(),
    expiresAt: tokenExpiry(options.purpose, now),
  });
  const link = `${publicUrl}${pagePaths[options.purpose]}#token=${token}`;
  const { subject, text } = options.render(link);
  await mailer.send({ to: options.to, locale: options.locale, subject, text, link });
}
