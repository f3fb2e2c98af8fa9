import { pickExtraJuror } from '#domain/assignment-affinity';
import { isDivergent, scoreSpread } from '#domain/divergence';
import { loadBounds } from '#domain/jury-pool';
import { reviewSettingsOf } from '#domain/review-settings';
import type { AssignmentRecord } from '#ports/assignments';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { AppDeps } from './app-env.ts';
import { conflictedJurors } from './jury-context.ts';

/** The actor recorded for what the platform does by itself. */
export const SYSTEM_ACTOR = 'system';

/**
 * Runs after every submitted review (and every edit of one): when the application's submitted
 * totals now diverge, it is flagged once, and if the competition asks for it one more eligible
 * juror is assigned in the same transaction (domain/assignment-affinity.ts, `pickExtraJuror`).
 * Both are audited. Returns the extra juror's id, if one was assigned now.
 */
export async function recheckDivergence(
  deps: AppDeps,
  competition: CompetitionRecord,
  applicationId: string,
): Promise<string | undefined> {
  const settings = reviewSettingsOf(competition);
  const totals = (await deps.reviews.listOfApplication(applicationId)).flatMap((review) =>
    review.status === 'submitted' && review.weightedTotal !== undefined
      ? [review.weightedTotal]
      : [],
  );
  if (!isDivergent(totals, settings.divergenceThreshold)) return undefined;
  const spread = scoreSpread(totals)!;
  // Two submissions at once both get here; the conditional write lets one flag it. A failed
  // write because the chosen juror was just assigned elsewhere is retried with a fresh choice.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await deps.assignments.getDivergenceFlag(competition.id, applicationId)) return undefined;
    const now = deps.clock.now().toISOString();
    const extraJurorId = settings.extraJurorOnDivergence
      ? await chooseExtraJuror(deps, competition, applicationId)
      : undefined;
    const extra: AssignmentRecord | undefined = extraJurorId
      ? {
          competitionId: competition.id,
          applicationId,
          jurorId: extraJurorId,
          source: 'divergence',
          assignedAt: now,
          assignedBy: SYSTEM_ACTOR,
        }
      : undefined;
    const flagged = await deps.assignments.flagDivergence(
      {
        competitionId: competition.id,
        applicationId,
        flaggedAt: now,
        spread,
        ...(extraJurorId ? { extraJurorId } : {}),
        ...(settings.extraJurorOnDivergence && !extraJurorId ? { noneAvailableAt: now } : {}),
      },
      extra,
    );
    if (!flagged) continue;
    await deps.audit.append({
      scope: `COMP#${competition.id}`,
      action: 'review.divergence-flagged',
      actorId: SYSTEM_ACTOR,
      at: now,
      details: {
        applicationId,
        spread,
        threshold: settings.divergenceThreshold,
        ...(extraJurorId ? { extraJurorId } : {}),
        ...(settings.extraJurorOnDivergence && !extraJurorId
          ? { extraJuror: 'none-available' }
          : {}),
      },
    });
    if (extraJurorId) {
      await deps.audit.append({
        scope: `COMP#${competition.id}`,
        action: 'assignment.added',
        actorId: SYSTEM_ACTOR,
        at: now,
        details: { applicationId, jurorId: extraJurorId, source: 'divergence' },
      });
    }
    return extraJurorId;
  }
  return undefined;
}

/** The extra juror for a divergent application, from what is stored now. */
async function chooseExtraJuror(
  deps: AppDeps,
  competition: CompetitionRecord,
  applicationId: string,
): Promise<string | undefined> {
  const settings = reviewSettingsOf(competition);
  const [roles, assignments, application, bids] = await Promise.all([
    deps.competitionRoles.list(competition.id),
    deps.assignments.listOfCompetition(competition.id),
    deps.applications.get(applicationId),
    settings.bidding ? deps.bids.listOfCompetition(competition.id) : Promise.resolve([]),
  ]);
  if (!application) return undefined;
  const [conflicted, lead] = await Promise.all([
    conflictedJurors(deps, competition.id, applicationId, { application, roles }),
    deps.organisations.get(application.organisationId),
  ]);
  const loads = new Map<string, number>();
  const excluded = new Set(conflicted);
  for (const assignment of assignments) {
    loads.set(assignment.jurorId, (loads.get(assignment.jurorId) ?? 0) + 1);
    if (assignment.applicationId === applicationId) excluded.add(assignment.jurorId);
  }
  const bidOf = new Map(
    bids
      .filter((bid) => bid.applicationId === applicationId)
      .map((bid) => [bid.jurorId, bid.bid] as const),
  );
  const candidates = roles
    .filter((role) => role.role === 'juror')
    .map((role) => {
      const bid = bidOf.get(role.userId);
      return {
        id: role.userId,
        expertise: role.jurorProfile?.expertise ?? [],
        languages: role.jurorProfile?.languages ?? [],
        ...loadBounds(role),
        load: loads.get(role.userId) ?? 0,
        ...(bid ? { bid } : {}),
      };
    });
  return pickExtraJuror(
    { trackId: application.trackId, languages: lead?.workingLanguages ?? [] },
    candidates,
    excluded,
    { sharedLanguage: settings.assignmentRules.sharedLanguage },
  );
}
