import type { OwnReview, ReviewDeadline, Rubric } from '@laureate/schemas';
import { DomainError } from '#domain/errors';
import { jurorDeadline, reviewWindowOpen } from '#domain/review-deadline';
import { canJurorReadApplication } from '#domain/review-visibility';
import { isComplete } from '#domain/scoring';
import type { ApplicationRecord } from '#ports/application-repository';
import type { AssignmentRecord } from '#ports/assignments';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { ReviewRecord } from '#ports/reviews';
import type { Context } from 'hono';
import type { UserRecord } from '#ports/account-repository';
import type { AppDeps, AppEnv } from './app-env.ts';
import { conflictedJurors } from './jury-context.ts';

/**
 * What every juror route checks before it shows or changes anything about an application: the
 * caller is assigned to it and not in conflict with it (domain/review-visibility.ts). Anything
 * else is answered as if the application did not exist.
 */

export const notFound = () => new DomainError('resource/not-found', 'Nothing was found here');

export interface ReadableAssignment {
  application: ApplicationRecord;
  assignment: AssignmentRecord;
}

/**
 * The application and the caller's assignment to it, or a 404.
 *
 * @example const { application } = await requireReadableAssignment(deps, competitionId, applicationId, user.id)
 */
export async function requireReadableAssignment(
  deps: AppDeps,
  competitionId: string,
  applicationId: string,
  jurorId: string,
): Promise<ReadableAssignment> {
  const [assignment, application] = await Promise.all([
    deps.assignments.get(competitionId, applicationId, jurorId),
    deps.applications.get(applicationId),
  ]);
  // Unassigned callers learn nothing; the conflict check is only worth its reads for the others.
  if (!assignment || !application || application.competitionId !== competitionId) throw notFound();
  const conflicted = (
    await conflictedJurors(deps, competitionId, applicationId, { application })
  ).has(jurorId);
  if (!canJurorReadApplication({ assigned: true, conflicted }).allowed) throw notFound();
  return { application, assignment };
}

/**
 * A juror's deadline and whether reviews are open now, by the server's clock.
 */
export async function deadlineOf(
  deps: AppDeps,
  competition: CompetitionRecord,
  jurorId: string,
): Promise<ReviewDeadline> {
  const extensions = await deps.deadlineExtensions.listOfJuror(competition.id, jurorId);
  return deadlineFrom(competition, extensions, deps.clock.now());
}

export function deadlineFrom(
  competition: CompetitionRecord,
  extensions: readonly { until: string; grantedAt: string }[],
  now: Date,
): ReviewDeadline {
  const deadline = jurorDeadline(competition.calendar, extensions);
  return { ...deadline, open: reviewWindowOpen(competition, deadline.at, now) };
}

/** A juror's own review as the API returns it. */
export function ownReviewView(record: ReviewRecord, rubric: Rubric): OwnReview {
  return {
    applicationId: record.applicationId,
    status: record.status,
    scores: record.scores,
    overallComment: record.overallComment,
    ...(record.recommendation ? { recommendation: record.recommendation } : {}),
    ...(record.confidence ? { confidence: record.confidence } : {}),
    ...(record.weightedTotal !== undefined ? { weightedTotal: record.weightedTotal } : {}),
    complete: isComplete(rubric, record),
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.submittedAt ? { submittedAt: record.submittedAt } : {}),
    ...(record.firstSubmittedAt ? { firstSubmittedAt: record.firstSubmittedAt } : {}),
  };
}

/** Where a juror stands with one assigned application. */
export function progressOf(
  review: ReviewRecord | undefined,
): 'not_started' | 'in_progress' | 'submitted' {
  if (!review) return 'not_started';
  return review.status === 'submitted' ? 'submitted' : 'in_progress';
}

/**
 * The competition of the route: the one its access rule already read (http/authorize.ts), or
 * read now.
 */
export async function competitionOf(
  c: Context<AppEnv>,
  competitionId: string,
): Promise<CompetitionRecord> {
  const resolved = c.var.competition;
  if (resolved?.id === competitionId) return resolved;
  const competition = await c.var.deps.competitions.get(competitionId);
  if (!competition) throw new DomainError('competition/not-found', 'No such competition');
  return competition;
}

/** Users by id, each read once. */
export function usersById(
  c: Context<AppEnv>,
  ids: Iterable<string>,
): Promise<Map<string, UserRecord>> {
  return usersOf(c.var.deps, ids);
}

/** The same, for work outside a request (jobs). */
export async function usersOf(
  deps: Pick<AppDeps, 'accounts'>,
  ids: Iterable<string>,
): Promise<Map<string, UserRecord>> {
  const unique = [...new Set(ids)];
  const users = await Promise.all(unique.map((id) => deps.accounts.getUser(id)));
  return new Map(users.flatMap((user) => (user ? [[user.id, user] as const] : [])));
}
