import {
  ApplicationReviewList,
  CompetitionApplicationParams,
  CompetitionIdParams,
  DivergenceList,
  ReviewProgressReport,
  type DivergenceItem,
} from '@laureate/schemas';
import { isDivergent, scoreSpread } from '#domain/divergence';
import { summariseProgress } from '#domain/review-progress';
import { reviewSettingsOf } from '#domain/review-settings';
import { defineRoute } from '../define-route.ts';
import { jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, deadlineFrom, notFound, progressOf, usersById } from '../review-context.ts';
import { competitionConflicts, withoutConflicted } from '../jury-context.ts';
import { createRouter } from '../router.ts';

const applicationReviews = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/applications/{applicationId}/reviews',
  tags: ['review oversight'],
  summary: 'Every review of an application, with its juror (organisers)',
  access: 'competition-organiser',
  request: { params: CompetitionApplicationParams },
  responses: {
    200: { description: 'Reviews', content: jsonContent(ApplicationReviewList) },
    ...problemResponses(401, 403, 404),
  },
});

const divergence = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/divergence',
  tags: ['review oversight'],
  summary: "Applications whose jurors' weighted totals diverge beyond the threshold",
  description:
    'With each: the submitted totals and jurors, the spread, when it was flagged, and the extra ' +
    'juror assigned automatically if the competition asks for one.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'Flagged applications', content: jsonContent(DivergenceList) },
    ...problemResponses(401, 403, 404),
  },
});

const progress = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/review-progress',
  tags: ['review oversight'],
  summary:
    'Review completion by juror, track and country; overdue jurors; the distribution of each juror’s totals',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'Progress', content: jsonContent(ReviewProgressReport) },
    ...problemResponses(401, 403, 404),
  },
});

export const reviewOversightRoutes = createRouter()
  .openapi(applicationReviews, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const deps = c.var.deps;
    const application = await deps.applications.get(applicationId);
    // Drafts belong to their NGO: organisers never see them, here or anywhere.
    if (
      !application ||
      application.competitionId !== competitionId ||
      application.status === 'draft'
    )
      throw notFound();
    const competition = await competitionOf(c, competitionId);
    const reviews = await deps.reviews.listOfApplication(applicationId);
    const users = await usersById(
      c,
      reviews.map((review) => review.jurorId),
    );
    const roles = await deps.competitionRoles.list(competitionId);
    const countryOf = new Map(
      roles.map((role) => [role.userId, role.jurorProfile?.country] as const),
    );
    const totals = reviews.flatMap((review) =>
      review.status === 'submitted' && review.weightedTotal !== undefined
        ? [review.weightedTotal]
        : [],
    );
    const spread = scoreSpread(totals);
    return c.json(
      {
        applicationId,
        title: application.title,
        items: reviews.map((review) => {
          const country = countryOf.get(review.jurorId);
          return {
            jurorId: review.jurorId,
            jurorName: users.get(review.jurorId)?.displayName ?? review.jurorId,
            ...(country ? { jurorCountry: country } : {}),
            status: review.status,
            scores: review.scores,
            overallComment: review.overallComment,
            ...(review.recommendation ? { recommendation: review.recommendation } : {}),
            ...(review.confidence ? { confidence: review.confidence } : {}),
            ...(review.weightedTotal !== undefined ? { weightedTotal: review.weightedTotal } : {}),
            version: review.version,
            updatedAt: review.updatedAt,
            ...(review.submittedAt ? { submittedAt: review.submittedAt } : {}),
          };
        }),
        ...(spread !== undefined ? { spread } : {}),
        divergent: isDivergent(totals, reviewSettingsOf(competition).divergenceThreshold),
      },
      200,
    );
  })
  .openapi(divergence, async (c) => {
    const { competitionId } = c.req.valid('param');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    const settings = reviewSettingsOf(competition);
    const [reviews, flags] = await Promise.all([
      deps.reviews.listOfCompetition(competitionId),
      deps.assignments.listDivergenceFlags(competitionId),
    ]);
    const submittedOf = new Map<string, typeof reviews>();
    for (const review of reviews) {
      if (review.status !== 'submitted' || review.weightedTotal === undefined) continue;
      submittedOf.set(review.applicationId, [
        ...(submittedOf.get(review.applicationId) ?? []),
        review,
      ]);
    }
    const flagOf = new Map(flags.map((flag) => [flag.applicationId, flag]));
    // Flagged once stays listed (an extra juror may have been added), and anything divergent now.
    const ids = new Set([
      ...flagOf.keys(),
      ...[...submittedOf].flatMap(([id, list]) =>
        isDivergent(
          list.map((review) => review.weightedTotal!),
          settings.divergenceThreshold,
        )
          ? [id]
          : [],
      ),
    ]);
    const applications = await Promise.all([...ids].map((id) => deps.applications.get(id)));
    const users = await usersById(c, [
      ...[...ids].flatMap((id) => (submittedOf.get(id) ?? []).map((review) => review.jurorId)),
      ...flags.flatMap((flag) => (flag.extraJurorId ? [flag.extraJurorId] : [])),
    ]);
    const nameOf = (id: string) => users.get(id)?.displayName ?? id;
    const items: DivergenceItem[] = applications.flatMap((application) => {
      if (!application) return [];
      const submitted = submittedOf.get(application.id) ?? [];
      const flag = flagOf.get(application.id);
      const totals = submitted.map((review) => review.weightedTotal!);
      const latest = submitted
        .map((review) => review.submittedAt ?? review.updatedAt)
        .sort()
        .at(-1);
      const extraJuror: DivergenceItem['extraJuror'] = flag?.extraJurorId
        ? {
            status: 'assigned',
            jurorId: flag.extraJurorId,
            jurorName: nameOf(flag.extraJurorId),
            assignedAt: flag.flaggedAt,
          }
        : flag?.noneAvailableAt
          ? { status: 'none_available', checkedAt: flag.noneAvailableAt }
          : { status: 'not_requested' };
      return [
        {
          applicationId: application.id,
          title: application.title,
          trackId: application.trackId,
          ...(application.country ? { country: application.country } : {}),
          totals: submitted.map((review) => ({
            jurorId: review.jurorId,
            jurorName: nameOf(review.jurorId),
            weightedTotal: review.weightedTotal!,
          })),
          spread: scoreSpread(totals) ?? flag?.spread ?? 0,
          flaggedAt: flag?.flaggedAt ?? latest ?? application.updatedAt,
          extraJuror,
        },
      ];
    });
    items.sort((a, b) => b.spread - a.spread || a.applicationId.localeCompare(b.applicationId));
    return c.json(
      {
        threshold: settings.divergenceThreshold,
        extraJurorOnDivergence: settings.extraJurorOnDivergence,
        items,
      },
      200,
    );
  })
  .openapi(progress, async (c) => {
    const { competitionId } = c.req.valid('param');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    const now = deps.clock.now();
    const [conflicts, allAssignments, reviews, extensions] = await Promise.all([
      competitionConflicts(deps, competitionId),
      deps.assignments.listOfCompetition(competitionId),
      deps.reviews.listOfCompetition(competitionId),
      deps.deadlineExtensions.listOfCompetition(competitionId),
    ]);
    const { applications, jurors } = conflicts;
    // A review a conflict hides from its juror counts for nothing: not done, not outstanding.
    const assignments = withoutConflicted(allAssignments, conflicts.causes);
    const jurorIds = [
      ...new Set([
        ...jurors.map((role) => role.userId),
        ...assignments.map((assignment) => assignment.jurorId),
      ]),
    ];
    const users = await usersById(c, jurorIds);
    const deadlines = new Map(
      jurorIds.map((jurorId) => [
        jurorId,
        deadlineFrom(
          competition,
          extensions.filter((extension) => extension.jurorId === jurorId),
          now,
        ),
      ]),
    );
    const reviewOf = new Map(
      reviews.map((review) => [`${review.applicationId}#${review.jurorId}`, review]),
    );
    const summary = summariseProgress(
      assignments.map((assignment) => {
        const review = reviewOf.get(`${assignment.applicationId}#${assignment.jurorId}`);
        return {
          applicationId: assignment.applicationId,
          jurorId: assignment.jurorId,
          progress: progressOf(review),
          weightedTotal: review?.weightedTotal,
        };
      }),
      jurorIds.map((jurorId) => ({ jurorId, deadlineAt: deadlines.get(jurorId)!.at })),
      applications,
      now,
    );
    const countryOf = new Map(jurors.map((role) => [role.userId, role.jurorProfile?.country]));
    const byJuror = [...summary.byJuror].map(([jurorId, entry]) => {
      const user = users.get(jurorId);
      const country = countryOf.get(jurorId);
      const { deadlineAt, ...counts } = entry;
      return {
        jurorId,
        displayName: user?.displayName ?? jurorId,
        ...(country ? { country } : {}),
        locale: user?.locale ?? 'en',
        ...counts,
        deadline: deadlineAt,
        extended: deadlines.get(jurorId)?.extended ?? false,
      };
    });
    byJuror.sort((a, b) => a.displayName.localeCompare(b.displayName, 'ru'));
    return c.json(
      {
        reviewEndsAt: competition.calendar.reviewEndsAt,
        timeZone: competition.timeZone,
        generatedAt: now.toISOString(),
        totals: summary.totals,
        byJuror,
        byTrack: [...summary.byTrack].map(([trackId, counts]) => ({ trackId, ...counts })),
        byCountry: [...summary.byCountry].map(([country, counts]) => ({ country, ...counts })),
        overdueJurorIds: summary.overdueJurorIds,
        allScores: summary.allScores,
      },
      200,
    );
  });
