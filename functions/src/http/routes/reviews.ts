import {
  CompetitionIdParams,
  OwnReview,
  PeerReviewList,
  ReviewApplicationParams,
  ReviewQueue,
  ReviewVersionList,
  ReviewWorkspace,
  SaveReviewRequest,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { readableApplication } from '#domain/anonymise';
import { scoreSpread } from '#domain/divergence';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import { reviewSettingsOf } from '#domain/review-settings';
import { canJurorReadOtherReviews, reviewerLabels } from '#domain/review-visibility';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { conflictsOfJuror } from '../jury-context.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import {
  competitionOf,
  deadlineOf,
  ownReviewView,
  progressOf,
  requireReadableAssignment,
} from '../review-context.ts';
import { storeReview } from '../review-saving.ts';
import { createRouter } from '../router.ts';

const queue = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/my-reviews',
  tags: ['reviews'],
  summary: "The caller's review queue: assigned applications with progress and the deadline",
  description:
    'Applications the juror is in conflict with never appear. Blind competitions leave the ' +
    'organisation out. The deadline is an instant; show it in the competition time zone and the ' +
    "juror's own.",
  access: 'competition-juror',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The queue', content: jsonContent(ReviewQueue) },
    ...problemResponses(401, 403, 404),
  },
});

const workspace = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/reviews/{applicationId}',
  tags: ['reviews'],
  summary: 'The scoring workspace: the application (read-only), the rubric and your review',
  description:
    'Anonymised when the competition is blind. 404 unless the caller is assigned to the ' +
    'application and not in conflict with it.',
  access: 'competition-juror',
  request: { params: ReviewApplicationParams },
  responses: {
    200: { description: 'The workspace', content: jsonContent(ReviewWorkspace) },
    ...problemResponses(401, 403, 404),
  },
});

const saveReview = defineRoute({
  method: 'put',
  path: '/competitions/{competitionId}/reviews/{applicationId}',
  tags: ['reviews'],
  summary: 'Save your review (autosave); send the version you read, 0 for the first save',
  description:
    'A draft may be incomplete but never malformed. Once submitted, a review stays submitted: ' +
    'an edit must keep it complete. Every save is kept as a version. Refused after your review ' +
    'deadline by the server clock. The weighted total is computed here, never sent.',
  access: 'competition-juror',
  request: { params: ReviewApplicationParams, body: jsonBody(SaveReviewRequest) },
  responses: {
    200: { description: 'Saved', content: jsonContent(OwnReview) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const submitReview = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/reviews/{applicationId}/submit',
  tags: ['reviews'],
  summary: 'Submit your review: every criterion scored, a recommendation, a confidence, a comment',
  description:
    'Idempotent: repeating a submission that already went through returns it. Divergence is ' +
    'checked after each submission.',
  access: 'competition-juror',
  request: { params: ReviewApplicationParams, body: jsonBody(SaveReviewRequest) },
  responses: {
    200: { description: 'Submitted', content: jsonContent(OwnReview) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const reviewVersions = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/reviews/{applicationId}/versions',
  tags: ['reviews'],
  summary: 'Every saved version of your review, oldest first',
  access: 'competition-juror',
  request: { params: ReviewApplicationParams },
  responses: {
    200: { description: 'Versions', content: jsonContent(ReviewVersionList) },
    ...problemResponses(401, 403, 404),
  },
});

const otherReviews = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/reviews/{applicationId}/others',
  tags: ['reviews'],
  summary: "The other jurors' submitted reviews, labelled, never named",
  description:
    'Only after you submitted your own, and only if the competition allows it ' +
    '(`review/others-hidden`, 403, otherwise).',
  access: 'competition-juror',
  request: { params: ReviewApplicationParams },
  responses: {
    200: { description: 'Reviews', content: jsonContent(PeerReviewList) },
    ...problemResponses(401, 403, 404),
  },
});

export const reviewRoutes = createRouter()
  .openapi(queue, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    const { blind } = reviewSettingsOf(competition);
    const [assignments, conflicts, reviews, deadline] = await Promise.all([
      deps.assignments.listOfJuror(user.id, competitionId),
      conflictsOfJuror(deps, competitionId, user.id),
      deps.reviews.listOfJuror(competitionId, user.id),
      deadlineOf(deps, competition, user.id),
    ]);
    const readable = assignments.filter((assignment) => !conflicts.has(assignment.applicationId));
    const applications = await Promise.all(
      readable.map((assignment) => deps.applications.get(assignment.applicationId)),
    );
    const reviewOf = new Map(reviews.map((review) => [review.applicationId, review]));
    const items = readable
      .flatMap((assignment, index) => {
        const application = applications[index];
        if (!application || application.competitionId !== competitionId) return [];
        const review = reviewOf.get(application.id);
        return [
          {
            applicationId: application.id,
            title: application.title,
            trackId: application.trackId,
            ...(application.country ? { country: application.country } : {}),
            ...(!blind && application.organisationName
              ? { organisationName: application.organisationName }
              : {}),
            progress: progressOf(review),
            ...(review?.weightedTotal !== undefined ? { weightedTotal: review.weightedTotal } : {}),
            assignedAt: assignment.assignedAt,
            ...(review ? { updatedAt: review.updatedAt } : {}),
            ...(review?.submittedAt ? { submittedAt: review.submittedAt } : {}),
          },
        ];
      })
      .sort(queueOrder);
    const count = (progress: string) => items.filter((item) => item.progress === progress).length;
    return c.json(
      {
        competitionId,
        title: competition.title,
        timeZone: competition.timeZone,
        blind,
        deadline,
        counts: {
          assigned: items.length,
          notStarted: count('not_started'),
          inProgress: count('in_progress'),
          submitted: count('submitted'),
        },
        items,
      },
      200,
    );
  })
  .openapi(workspace, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const deps = c.var.deps;
    const { application } = await requireReadableAssignment(
      deps,
      competitionId,
      applicationId,
      user.id,
    );
    const competition = await competitionOf(c, competitionId);
    const settings = reviewSettingsOf(competition);
    const rubric = competition.rubric ?? { criteria: [] };
    const [form, review, deadline, partnerOrganisations, neighbours] = await Promise.all([
      deps.competitions.getForm(competitionId, application.formVersion),
      deps.reviews.get(applicationId, user.id),
      deadlineOf(deps, competition, user.id),
      Promise.all(
        (application.partners ?? []).map((partner) =>
          deps.organisations.get(partner.organisationId),
        ),
      ),
      queueNeighbours(c, competitionId, user.id, applicationId),
    ]);
    const readable = readableApplication(
      {
        ...application,
        lead: { name: application.organisationName, country: application.country },
        partners: (application.partners ?? []).map((partner, index) => {
          const organisation = partnerOrganisations[index];
          return {
            role: partner.role,
            name: organisation ? pickLocalized(organisation.name, user.locale) : undefined,
            country: organisation?.country,
          };
        }),
      },
      form,
      settings.blind,
    );
    return c.json(
      {
        competition: {
          id: competition.id,
          title: competition.title,
          timeZone: competition.timeZone,
          tracks: competition.tracks,
          blind: settings.blind,
          showOtherReviewsAfterSubmit: settings.showOtherReviewsAfterSubmit,
        },
        application: readable,
        ...(form ? { form } : {}),
        rubric,
        ...(review ? { review: ownReviewView(review, rubric) } : {}),
        deadline,
        otherReviewsReadable: canJurorReadOtherReviews(
          { assigned: true, conflicted: false },
          review?.status,
          settings.showOtherReviewsAfterSubmit,
        ).allowed,
        ...neighbours,
      },
      200,
    );
  })
  .openapi(saveReview, async (c) =>
    c.json(await storeReview(c, c.req.valid('param'), c.req.valid('json'), 'save'), 200),
  )
  .openapi(submitReview, async (c) =>
    c.json(await storeReview(c, c.req.valid('param'), c.req.valid('json'), 'submit'), 200),
  )
  .openapi(reviewVersions, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const deps = c.var.deps;
    await requireReadableAssignment(deps, competitionId, applicationId, user.id);
    const rubric = (await competitionOf(c, competitionId)).rubric ?? { criteria: [] };
    const versions = await deps.reviews.listVersions(applicationId, user.id);
    return c.json({ items: versions.map((version) => ownReviewView(version, rubric)) }, 200);
  })
  .openapi(otherReviews, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const deps = c.var.deps;
    await requireReadableAssignment(deps, competitionId, applicationId, user.id);
    const competition = await competitionOf(c, competitionId);
    const reviews = await deps.reviews.listOfApplication(applicationId);
    const own = reviews.find((review) => review.jurorId === user.id);
    const decision = canJurorReadOtherReviews(
      { assigned: true, conflicted: false },
      own?.status,
      reviewSettingsOf(competition).showOtherReviewsAfterSubmit,
    );
    if (!decision.allowed) {
      throw new DomainError(
        'review/others-hidden',
        decision.reason === 'competition-hides-reviews'
          ? 'This competition does not show jurors each other’s reviews'
          : 'Submit your own review first',
      );
    }
    const submitted = reviews.filter((review) => review.status === 'submitted');
    const labels = reviewerLabels(submitted);
    const items = submitted
      .map((review) => ({
        reviewer: labels.get(review.jurorId)!,
        own: review.jurorId === user.id,
        scores: review.scores,
        overallComment: review.overallComment,
        ...(review.recommendation ? { recommendation: review.recommendation } : {}),
        ...(review.confidence ? { confidence: review.confidence } : {}),
        ...(review.weightedTotal !== undefined ? { weightedTotal: review.weightedTotal } : {}),
        ...(review.submittedAt ? { submittedAt: review.submittedAt } : {}),
      }))
      .sort((a, b) => a.reviewer.localeCompare(b.reviewer, 'en', { numeric: true }));
    const spread = scoreSpread(
      submitted.flatMap((review) =>
        review.weightedTotal !== undefined ? [review.weightedTotal] : [],
      ),
    );
    return c.json({ items, ...(spread !== undefined ? { spread } : {}) }, 200);
  });

/** The queue's order: by title as people read it, then by id, so neighbours are stable. */
function queueOrder(a: { title: string; applicationId: string }, b: typeof a): number {
  return a.title.localeCompare(b.title, 'ru') || a.applicationId.localeCompare(b.applicationId);
}

/** The applications before and after this one in the juror's queue (conflicts left out). */
async function queueNeighbours(
  c: Context<AppEnv>,
  competitionId: string,
  jurorId: string,
  applicationId: string,
): Promise<{ previousApplicationId?: string; nextApplicationId?: string }> {
  const deps = c.var.deps;
  const [assignments, conflicts] = await Promise.all([
    deps.assignments.listOfJuror(jurorId, competitionId),
    conflictsOfJuror(deps, competitionId, jurorId),
  ]);
  const applications = await Promise.all(
    assignments
      .filter((assignment) => !conflicts.has(assignment.applicationId))
      .map((assignment) => deps.applications.get(assignment.applicationId)),
  );
  const ordered = applications
    .flatMap((application) =>
      application ? [{ title: application.title, applicationId: application.id }] : [],
    )
    .sort(queueOrder);
  const index = ordered.findIndex((item) => item.applicationId === applicationId);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const next = index >= 0 ? ordered[index + 1] : undefined;
  return {
    ...(previous ? { previousApplicationId: previous.applicationId } : {}),
    ...(next ? { nextApplicationId: next.applicationId } : {}),
  };
}
