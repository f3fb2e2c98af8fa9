import type { MiddlewareHandler } from 'hono';
import { DomainError, type ErrorCode } from '#domain/errors';
import { can, type AccessRule, type Denial } from '#domain/permissions';
import type { AppEnv } from './app-env.ts';
import { resolveCaller } from './middleware/session.ts';

const errorForDenial: Record<Denial['reason'], { code: ErrorCode; message: string }> = {
  unauthenticated: { code: 'auth/unauthenticated', message: 'Sign in to continue' },
  'second-factor-required': {
    code: 'auth/second-factor-required',
    message: 'Sign in again with your authenticator code to do this',
  },
  forbidden: { code: 'auth/forbidden', message: 'Your role does not allow this' },
  hidden: { code: 'resource/not-found', message: 'Nothing was found here' },
};

/**
 * Applies a route's access rule before validation, so that callers without access learn
 * nothing about the schema. Targets come from the path, never from the body, and are
 * resolved against the database.
 */
export function authorize(rule: AccessRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = rule === 'public' ? undefined : await resolveCaller(c);
    const competitionId = c.req.param('competitionId');
    const organisationId = c.req.param('organisationId');
    // Anonymous callers learn nothing, not even whether the competition exists.
    if (rule !== 'public' && !caller) {
      const { code, message } = errorForDenial.unauthenticated;
      throw new DomainError(code, message);
    }
    let competitionRequiresSecondFactor = false;
    if (rule === 'competition-organiser' || rule === 'competition-juror') {
      const competition = competitionId
        ? await c.var.deps.competitions.get(competitionId)
        : undefined;
      if (!competition)
        throw new DomainError('competition/not-found', 'No such competition', { competitionId });
      c.set('competition', competition);
      competitionRequiresSecondFactor = competition.requireSecondFactor ?? false;
    }
    const decision = can(caller?.actor, rule, {
      ...(competitionId ? { competitionId } : {}),
      ...(organisationId ? { organisationId } : {}),
      competitionRequiresSecondFactor,
    });
    if (!decision.allowed) {
      const { code, message } = errorForDenial[decision.reason];
      throw new DomainError(code, message);
    }
    await next();
  };
}
