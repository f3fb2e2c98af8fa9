import type { AssignmentInstance } from '#domain/assignment/index';
import { pairAffinity } from '#domain/assignment-affinity';
import { loadBounds } from '#domain/jury-pool';
import { reviewSettingsOf } from '#domain/review-settings';
import type { ApplicationRecord } from '#ports/application-repository';
import type { AssignmentRecord } from '#ports/assignments';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { CompetitionRoleRecord } from '#ports/competition-roles';
import type { ReviewRecord } from '#ports/reviews';
import type { AppDeps } from './app-env.ts';
import { competitionConflicts } from './jury-context.ts';

/**
 * Builds the solver's instance (docs/assignment.md) from what is stored, so that a run, a hand
 * edit and the CLI all see the same problem:
 *
 * - applications: the eligible ones (`eligible`, `in_review`), with the applicant's country and
 *   the lead organisation's working languages;
 * - jurors: the competition's jurors with their country, languages, load bounds and availability
 *   (domain/jury-pool.ts);
 * - pairs: every application × juror not in conflict, with the affinity of
 *   domain/assignment-affinity.ts (track expertise, shared language, bid when bidding is on);
 * - conflicts: every conflict from every source (http/jury-context.ts);
 * - fixed: the pairs whose review was started or submitted, which a run never moves (unless
 *   the pair is now in conflict: that review is hidden and counts for nothing);
 * - extra jurors added when scores diverged (`source: 'divergence'`) stay outside: they come on
 *   top of the k, so a run neither counts nor removes them, never picks the same juror again
 *   for that application, and leaves each such juror that much less room under their bounds;
 * - rules and k from the competition's settings.
 */

/** Eligible applications are the ones the jury reviews. */
export const reviewable = (application: ApplicationRecord) =>
  application.status === 'eligible' || application.status === 'in_review';

/** Country of an application or a juror the platform does not know: matches nobody's. */
const UNKNOWN_COUNTRY = '??';
export const DEFAULT_REVIEWS_PER_APPLICATION = 3;

export interface AssignmentContext {
  competition: CompetitionRecord;
  instance: AssignmentInstance;
  applications: ApplicationRecord[];
  jurors: CompetitionRoleRecord[];
  assignments: AssignmentRecord[];
  reviews: ReviewRecord[];
  /** `applicationId#jurorId` of every review started or submitted. */
  started: Set<string>;
  /** `applicationId#jurorId` of every conflict, from every source. */
  conflicted: Set<string>;
  /** Extra reviews on top of the k, per application and per juror (divergence assignments). */
  extras: { perApplication: Map<string, number>; perJuror: Map<string, number> };
}

export const pairKey = (applicationId: string, jurorId: string) => `${applicationId}#${jurorId}`;

export async function loadAssignmentContext(
  deps: AppDeps,
  competition: CompetitionRecord,
): Promise<AssignmentContext> {
  const settings = reviewSettingsOf(competition);
  const [conflicts, assignments, reviews, bids] = await Promise.all([
    competitionConflicts(deps, competition.id),
    deps.assignments.listOfCompetition(competition.id),
    deps.reviews.listOfCompetition(competition.id),
    settings.bidding ? deps.bids.listOfCompetition(competition.id) : Promise.resolve([]),
  ]);
  const applications = conflicts.applications.filter(reviewable);
  const jurors = conflicts.jurors;
  const organisationIds = [...new Set(applications.map((item) => item.organisationId))];
  const organisations = new Map(
    (await Promise.all(organisationIds.map((id) => deps.organisations.get(id)))).flatMap(
      (organisation) => (organisation ? [[organisation.id, organisation] as const] : []),
    ),
  );
  const conflicted = new Set<string>();
  for (const [applicationId, byJuror] of conflicts.causes)
    for (const jurorId of byJuror.keys()) conflicted.add(pairKey(applicationId, jurorId));
  const started = new Set(reviews.map((review) => pairKey(review.applicationId, review.jurorId)));
  const bidOf = new Map(bids.map((bid) => [pairKey(bid.applicationId, bid.jurorId), bid.bid]));
  const extraPairs = new Set<string>();
  const extras = { perApplication: new Map<string, number>(), perJuror: new Map<string, number>() };
  for (const assignment of assignments.filter(isExtraReview)) {
    extraPairs.add(pairKey(assignment.applicationId, assignment.jurorId));
    increment(extras.perApplication, assignment.applicationId);
    increment(extras.perJuror, assignment.jurorId);
  }

  const languagesOf = (application: ApplicationRecord) =>
    organisations.get(application.organisationId)?.workingLanguages ?? [];
  const instance: AssignmentInstance = {
    reviewsPerApplication: competition.reviewsPerApplication ?? DEFAULT_REVIEWS_PER_APPLICATION,
    applications: applications.map((application) => ({
      id: application.id,
      country:
        application.country ??
        organisations.get(application.organisationId)?.country ??
        UNKNOWN_COUNTRY,
      languages: [...languagesOf(application)],
    })),
    jurors: jurors.map((juror) => {
      const bounds = loadBounds(juror);
      const extra = extras.perJuror.get(juror.userId) ?? 0;
      return {
        id: juror.userId,
        country: juror.jurorProfile?.country ?? UNKNOWN_COUNTRY,
        languages: [...(juror.jurorProfile?.languages ?? [])],
        maxLoad: Math.max(0, bounds.maxLoad - extra),
        minLoad: Math.max(0, bounds.minLoad - extra),
        available: bounds.available,
      };
    }),
    pairs: applications.flatMap((application) =>
      jurors.flatMap((juror) => {
        const key = pairKey(application.id, juror.userId);
        if (conflicted.has(key) || extraPairs.has(key)) return [];
        const bid = bidOf.get(key);
        return [
          {
            application: application.id,
            juror: juror.userId,
            affinity: pairAffinity(
              { trackId: application.trackId, languages: languagesOf(application) },
              {
                expertise: juror.jurorProfile?.expertise ?? [],
                languages: juror.jurorProfile?.languages ?? [],
              },
              bid,
            ),
          },
        ];
      }),
    ),
    conflicts: applications.flatMap((application) =>
      jurors.flatMap((juror) =>
        conflicted.has(pairKey(application.id, juror.userId))
          ? [{ application: application.id, juror: juror.userId }]
          : [],
      ),
    ),
    fixed: assignmentsOfInstance(assignments, applications, jurors).flatMap((assignment) => {
      const key = pairKey(assignment.applicationId, assignment.jurorId);
      // A review started before a conflict came to light is hidden from its juror and counts
      // for nothing: the application gets its k reviews from others.
      return started.has(key) && !conflicted.has(key)
        ? [{ application: assignment.applicationId, juror: assignment.jurorId }]
        : [];
    }),
    rules: settings.assignmentRules,
  };
  return {
    competition,
    instance,
    applications,
    jurors,
    assignments,
    reviews,
    started,
    conflicted,
    extras,
  };
}

/** A juror added because scores diverged: a review beyond the k, outside the solver's instance. */
export const isExtraReview = (assignment: AssignmentRecord) => assignment.source === 'divergence';

const increment = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The stored assignments the instance speaks of: eligible applications and current jurors,
 * without the extra reviews added on divergence.
 */
export function assignmentsOfInstance(
  assignments: readonly AssignmentRecord[],
  applications: readonly ApplicationRecord[],
  jurors: readonly CompetitionRoleRecord[],
): AssignmentRecord[] {
  const applicationIds = new Set(applications.map((application) => application.id));
  const jurorIds = new Set(jurors.map((juror) => juror.userId));
  return assignments.filter(
    (assignment) =>
      !isExtraReview(assignment) &&
      applicationIds.has(assignment.applicationId) &&
      jurorIds.has(assignment.jurorId),
  );
}
