import type { ApplicationStatus, CompetitionPhase } from '@laureate/schemas';

/**
 * An application's lifecycle as an explicit transition table (conventions §6): any move not in
 * the table is refused, and no state is ever taken straight from a request.
 *
 * draft → submitted → eligible | ineligible → in_review → shortlisted | not_selected → winner,
 * with withdraw and reopen open to applicants while the call is open.
 */
// The statuses are part of the API contract, so they live with the schemas.
export { applicationStatuses, type ApplicationStatus } from '@laureate/schemas';

export type ApplicationAction =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'reopen'
  | 'mark-eligible'
  | 'mark-ineligible'
  | 'start-review'
  | 'shortlist'
  | 'decline'
  | 'award';

export type ActorRole = 'applicant' | 'organiser';

interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus | 'unchanged';
  by: ActorRole;
  /** The phase the competition must be in. */
  phase: CompetitionPhase;
}

const transitions: Record<ApplicationAction, Transition> = {
  edit: { from: ['draft'], to: 'unchanged', by: 'applicant', phase: 'call_open' },
  submit: { from: ['draft'], to: 'submitted', by: 'applicant', phase: 'call_open' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn', by: 'applicant', phase: 'call_open' },
  reopen: { from: ['submitted', 'withdrawn'], to: 'draft', by: 'applicant', phase: 'call_open' },
  'mark-eligible': {
    from: ['submitted', 'ineligible'],
    to: 'eligible',
    by: 'organiser',
    phase: 'screening',
  },
  'mark-ineligible': {
    from: ['submitted', 'eligible'],
    to: 'ineligible',
    by: 'organiser',
    phase: 'screening',
  },
  'start-review': { from: ['eligible'], to: 'in_review', by: 'organiser', phase: 'review' },
  shortlist: {
    from: ['in_review', 'not_selected'],
    to: 'shortlisted',
    by: 'organiser',
    phase: 'deliberation',
  },
  decline: {
    from: ['in_review', 'shortlisted'],
    to: 'not_selected',
    by: 'organiser',
    phase: 'deliberation',
  },
  award: { from: ['shortlisted'], to: 'winner', by: 'organiser', phase: 'deliberation' },
};

/** Why a move is refused: the API returns it as the problem's payload and the UI explains it. */
export type TransitionDenial =
  | { reason: 'wrong-role'; role: ActorRole }
  | { reason: 'wrong-status'; status: ApplicationStatus; allowedFrom: readonly ApplicationStatus[] }
  | { reason: 'wrong-phase'; phase: CompetitionPhase; requiredPhase: CompetitionPhase };

export type TransitionResult =
  { allowed: true; next: ApplicationStatus } | ({ allowed: false } & TransitionDenial);

/**
 * Whether `role` may perform `action` on an application in `status` while the competition is in
 * `phase`, and the status that results.
 *
 * @example decideTransition('draft', 'submit', { role: 'applicant', phase: 'screening' })
 * // { allowed: false, reason: 'wrong-phase', phase: 'screening', requiredPhase: 'call_open' }
 */
export function decideTransition(
  status: ApplicationStatus,
  action: ApplicationAction,
  context: { role: ActorRole; phase: CompetitionPhase },
): TransitionResult {
  const transition = transitions[action];
  if (transition.by !== context.role)
    return { allowed: false, reason: 'wrong-role', role: context.role };
  if (!transition.from.includes(status)) {
    return { allowed: false, reason: 'wrong-status', status, allowedFrom: transition.from };
  }
  // The deadline is the phase boundary, read from the server's clock by the caller.
  if (transition.phase !== context.phase) {
    return {
      allowed: false,
      reason: 'wrong-phase',
      phase: context.phase,
      requiredPhase: transition.phase,
    };
  }
  return { allowed: true, next: transition.to === 'unchanged' ? status : transition.to };
}

/** The statuses an applicant's organisation sees as finished business, for the dashboard. */
export function isSubmittedOrLater(status: ApplicationStatus): boolean {
  return status !== 'draft' && status !== 'withdrawn';
}
