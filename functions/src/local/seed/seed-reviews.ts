import { assignmentItem } from '#adapters/dynamodb/assignment-store';
import { keys } from '#adapters/dynamodb/keys';
import { reviewItem, reviewVersionItem } from '#adapters/dynamodb/review-store';
import { isDivergent, scoreSpread } from '#domain/divergence';
import { reviewSettingsOf } from '#domain/review-settings';
import { weightedTotal } from '#domain/scoring';
import type { ReviewRecord } from '#ports/reviews';
import type { DemoData } from './demo-types.ts';

/**
 * The demo's assignments, reviews (each with its kept version) and divergence flags, as the API
 * would have stored them: totals from domain/scoring.ts, flags from domain/divergence.ts, the
 * extra juror being the demo's `divergence` assignment.
 */
export function reviewSeedItems(
  data: DemoData,
  now: Date,
  dayOffset: (now: Date, days: number) => string,
): Record<string, unknown>[] {
  const competitions = new Map(
    data.competitions.map((competition) => [competition.id, competition]),
  );
  const assignments = (data.assignments ?? []).map(({ assignedOffsetDays, ...assignment }) => ({
    ...assignment,
    assignedAt: dayOffset(now, assignedOffsetDays),
    assignedBy: 'system',
  }));
  const reviews: ReviewRecord[] = (data.reviews ?? []).map(({ savedOffsetDays, ...review }) => {
    const rubric = competitions.get(review.competitionId)?.rubric ?? { criteria: [] };
    const at = dayOffset(now, savedOffsetDays);
    const total = weightedTotal(rubric, review.scores);
    return {
      ...review,
      ...(total !== undefined ? { weightedTotal: total } : {}),
      version: 1,
      createdAt: at,
      updatedAt: at,
      ...(review.status === 'submitted' ? { submittedAt: at, firstSubmittedAt: at } : {}),
    };
  });
  const flags = [
    ...new Set(reviews.map((review) => `${review.competitionId}#${review.applicationId}`)),
  ].flatMap((key) => {
    const [competitionId, applicationId] = key.split('#') as [string, string];
    const settings = reviewSettingsOf(competitions.get(competitionId)?.reviewSettings ?? {});
    const totals = reviews.flatMap((review) =>
      review.applicationId === applicationId &&
      review.status === 'submitted' &&
      review.weightedTotal !== undefined
        ? [review.weightedTotal]
        : [],
    );
    if (!isDivergent(totals, settings.divergenceThreshold)) return [];
    const extra = assignments.find(
      (assignment) =>
        assignment.applicationId === applicationId && assignment.source === 'divergence',
    );
    return [
      {
        ...keys.divergenceFlag(competitionId, applicationId),
        entity: 'divergence-flag',
        competitionId,
        applicationId,
        flaggedAt: extra?.assignedAt ?? now.toISOString(),
        spread: scoreSpread(totals)!,
        ...(extra ? { extraJurorId: extra.jurorId } : {}),
        version: 1,
      },
    ];
  });
  return [
    ...assignments.map(assignmentItem),
    ...reviews.flatMap((review) => [reviewItem(review), reviewVersionItem(review)]),
    ...flags,
  ];
}
