/**
 * Who may do what, answered as "can?" and "why not?" (after HotCRP's perm_* functions).
 * Every API route names one of these rules; `http/authorize.ts` applies it, and the
 * authorisation matrix test tries every route with every persona.
 */

/** The caller as the rules see it: roles loaded server-side, never taken from the request. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** Whether this session passed a second factor (TOTP). */
  secondFactor: boolean;
  memberships: readonly { organisationId: string; owner: boolean }[];
  competitionRoles: readonly { competitionId: string; role: 'organiser' | 'juror' }[];
}

export type AccessRule =
  | 'public'
  | 'signed-in'
  | 'admin'
  | 'competition-organiser'
  | 'competition-juror'
  | 'organisation-member'
  | 'organisation-owner';

export const accessRules: readonly AccessRule[] = [
  'public',
  'signed-in',
  'admin',
  'competition-organiser',
  'competition-juror',
  'organisation-member',
  'organisation-owner',
];

/** What a rule is checked against: the ids in the route, resolved by the server. */
export interface AccessTarget {
  competitionId?: string;
  organisationId?: string;
  /** Competitions may demand a second factor of their organisers and jurors. */
  competitionRequiresSecondFactor?: boolean;
}

export type Denial =
  | { reason: 'unauthenticated' }
  | { reason: 'second-factor-required' }
  | { reason: 'forbidden' }
  /** The target's existence is itself private: answer as if it did not exist. */
  | { reason: 'hidden' };

export type Decision = { allowed: true } | ({ allowed: false } & Denial);

const allow: Decision = { allowed: true };
const deny = (denial: Denial): Decision => ({ allowed: false, ...denial });

/**
 * @example can(actor, 'organisation-owner', { organisationId: 'org-1' }) // { allowed: false, reason: 'hidden' }
 */
export function can(
  actor: Actor | undefined,
  rule: AccessRule,
  target: AccessTarget = {},
): Decision {
  if (rule === 'public') return allow;
  if (!actor) return deny({ reason: 'unauthenticated' });
  switch (rule) {
    case 'signed-in':
      return allow;
    case 'admin':
      if (!actor.isAdmin) return deny({ reason: 'forbidden' });
      // Platform administrators always need the second factor.
      return actor.secondFactor ? allow : deny({ reason: 'second-factor-required' });
    case 'competition-organiser':
    case 'competition-juror': {
      const role = rule === 'competition-organiser' ? 'organiser' : 'juror';
      const holds = actor.competitionRoles.some(
        (grant) => grant.competitionId === target.competitionId && grant.role === role,
      );
      // Administrators run the platform and may act as organisers of any competition.
      const adminStandIn = role === 'organiser' && actor.isAdmin && actor.secondFactor;
      if (!holds && !adminStandIn) return deny({ reason: 'forbidden' });
      if (holds && target.competitionRequiresSecondFactor && !actor.secondFactor) {
        return deny({ reason: 'second-factor-required' });
      }
      return allow;
    }
    case 'organisation-member':
    case 'organisation-owner': {
      const membership = actor.memberships.find(
        (grant) => grant.organisationId === target.organisationId,
      );
      // An organisation's private pages do not confirm it exists to outsiders.
      if (!membership) return deny({ reason: 'hidden' });
      if (rule === 'organisation-owner' && !membership.owner) return deny({ reason: 'forbidden' });
      return allow;
    }
  }
}
