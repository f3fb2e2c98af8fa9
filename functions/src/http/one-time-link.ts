import type { Context } from 'hono';
import { hashSecretToken } from '#adapters/crypto/secret-token';
import { DomainError } from '#domain/errors';
import { isTokenLive } from '#domain/token-policy';
import type { OneTimeToken, TokenPurpose } from '#ports/one-time-tokens';
import type { AppEnv } from './app-env.ts';

/** Reads a link's token without using it up; throws unless it is live and for `purpose`. */
export async function peekLink(
  c: Context<AppEnv>,
  token: string,
  purpose: TokenPurpose,
): Promise<OneTimeToken> {
  const stored = await c.var.deps.tokens.peek(hashSecretToken(token));
  return checked(c, stored, purpose);
}

/**
 * Uses a link up. The delete is conditional, so of two simultaneous clicks exactly one wins.
 * A token of another purpose is left untouched.
 */
export async function consumeLink(
  c: Context<AppEnv>,
  token: string,
  purpose: TokenPurpose,
): Promise<OneTimeToken> {
  await peekLink(c, token, purpose);
  const consumed = await c.var.deps.tokens.consume(hashSecretToken(token));
  return checked(c, consumed, purpose);
}

function checked(
  c: Context<AppEnv>,
  stored: OneTimeToken | undefined,
  purpose: TokenPurpose,
): OneTimeToken {
  if (!stored || stored.purpose !== purpose)
    throw new DomainError('token/invalid', 'Unknown or used link');
  if (!isTokenLive(stored, c.var.deps.clock.now()))
    throw new DomainError('token/expired', 'The link has expired');
  return stored;
}
