import type { OwnReview, ReviewContent, SaveReviewRequest } from '@laureate/schemas';
import type { Context } from 'hono';
import { DomainError } from '#domain/errors';
import { scoreIssues, weightedTotal } from '#domain/scoring';
import type { ReviewRecord } from '#ports/reviews';
import type { AppEnv } from './app-env.ts';
import { recheckDivergence } from './divergence-check.ts';
import { signedInCaller } from './middleware/session.ts';
import {
  competitionOf,
  deadlineOf,
  ownReviewView,
  requireReadableAssignment,
} from './review-context.ts';

export type ReviewStep = 'save' | 'submit';

/**
 * Saves or submits a review: the shared path of PUT and POST …/submit. The stored status,
 * the total and the times are decided here; the body brings only what the juror wrote.
 */
export async function storeReview(
  c: Context<AppEnv>,
  target: { competitionId: string; applicationId: string },
  request: SaveReviewRequest,
  step: ReviewStep,
): Promise<OwnReview> {
  const { competitionId, applicationId } = target;
  const { version, ...content } = request;
  const { user } = signedInCaller(c);
  const deps = c.var.deps;
  await requireReadableAssignment(deps, competitionId, applicationId, user.id);
  const competition = await competitionOf(c, competitionId);
  const rubric = competition.rubric ?? { criteria: [] };
  if (rubric.criteria.length === 0) {
    throw new DomainError('review/no-rubric', 'There is no rubric to score against yet');
  }
  const existing = await deps.reviews.get(applicationId, user.id);
  // A repeated submit that already went through (a retry after a lost response) is answered
  // with what was stored, not with a conflict.
  if (
    step === 'submit' &&
    existing?.status === 'submitted' &&
    existing.version === version + 1 &&
    sameContent(existing, content)
  ) {
    return ownReviewView(existing, rubric);
  }
  const deadline = await deadlineOf(deps, competition, user.id);
  if (!deadline.open) {
    throw new DomainError(
      'review/closed',
      `Reviews can be saved until ${deadline.at}; they can still be read`,
    );
  }
  const submitted = step === 'submit' || existing?.status === 'submitted';
  const issues = scoreIssues(rubric, content, submitted ? 'submit' : 'draft');
  if (issues.length > 0) {
    throw new DomainError(
      'review/incomplete',
      submitted
        ? 'A submitted review needs every score, a recommendation, a confidence and a comment'
        : 'Some scores are not on the rubric or off its scale',
      { errors: issues.map(({ field, code, message }) => ({ field, code, message })) },
    );
  }
  if ((existing?.version ?? 0) !== version) {
    throw new DomainError(
      'conflict/version-mismatch',
      'This review was saved elsewhere (another tab or device): reload to see the latest version',
      { expectedVersion: version },
    );
  }
  const now = deps.clock.now().toISOString();
  const total = weightedTotal(rubric, content.scores);
  const record: ReviewRecord = {
    competitionId,
    applicationId,
    jurorId: user.id,
    status: submitted ? 'submitted' : 'draft',
    scores: content.scores,
    overallComment: content.overallComment,
    ...(content.recommendation ? { recommendation: content.recommendation } : {}),
    ...(content.confidence ? { confidence: content.confidence } : {}),
    ...(total !== undefined ? { weightedTotal: total } : {}),
    version: version + 1,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(submitted ? { submittedAt: now, firstSubmittedAt: existing?.firstSubmittedAt ?? now } : {}),
  };
  await deps.reviews.save(record, version);
  if (submitted) {
    await deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: existing?.status === 'submitted' ? 'review.edited' : 'review.submitted',
      actorId: user.id,
      at: now,
      details: {
        applicationId,
        version: record.version,
        ...(total !== undefined ? { weightedTotal: total } : {}),
      },
    });
    await recheckDivergence(deps, competition, applicationId);
  }
  return ownReviewView(record, rubric);
}

function sameContent(review: ReviewRecord, content: ReviewContent): boolean {
  const canonical = (value: ReviewContent) =>
    JSON.stringify({
      scores: Object.fromEntries(
        Object.entries(value.scores)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, entry]) => [id, { score: entry.score, comment: entry.comment }]),
      ),
      overallComment: value.overallComment,
      recommendation: value.recommendation,
      confidence: value.confidence,
    });
  return canonical(review) === canonical(content);
}
