import type {
  JurorStatus,
  ProgressCounts,
  ReviewProgress,
  ScoreDistribution,
} from '@laureate/schemas';
import { jurorStatus } from './review-deadline.ts';

/**
 * The organisers' view of the review: completion by juror, track and country, who is late, and
 * how each juror scores (to see severe or lenient ones). Pure: the route loads, this counts.
 */

/**
 * Summary statistics and a ten-bin histogram of weighted totals (0–100).
 *
 * @example scoreDistribution([40, 60, 80]) // { count: 3, mean: 60, median: 60, min: 40, max: 80, … }
 */
export function scoreDistribution(totals: readonly number[]): ScoreDistribution {
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const total of totals) histogram[Math.min(9, Math.max(0, Math.floor(total / 10)))]!++;
  if (totals.length === 0) return { count: 0, histogram };
  const sorted = [...totals].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, total) => sum + total, 0) / sorted.length;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const variance = sorted.reduce((sum, total) => sum + (total - mean) ** 2, 0) / sorted.length;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    mean: round(mean),
    median: round(median),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    standardDeviation: round(Math.sqrt(variance)),
    histogram,
  };
}

/**
 * Each juror's assigned applications whose review is not submitted yet (draft or not started),
 * in the order of the assignments: what a reminder counts.
 *
 * @example unfinishedByJuror(assignments, reviews).get(jurorId)?.length // reviews left
 */
export function unfinishedByJuror(
  assignments: readonly { applicationId: string; jurorId: string }[],
  reviews: readonly { applicationId: string; jurorId: string; status: string }[],
): Map<string, string[]> {
  const submitted = new Set(
    reviews.flatMap((review) =>
      review.status === 'submitted' ? [`${review.applicationId}#${review.jurorId}`] : [],
    ),
  );
  const unfinished = new Map<string, string[]>();
  for (const { applicationId, jurorId } of assignments) {
    if (submitted.has(`${applicationId}#${jurorId}`)) continue;
    unfinished.set(jurorId, [...(unfinished.get(jurorId) ?? []), applicationId]);
  }
  return unfinished;
}

export interface ProgressPair {
  applicationId: string;
  jurorId: string;
  progress: ReviewProgress;
  /** Of a submitted review. */
  weightedTotal?: number | undefined;
}

export interface ProgressJuror {
  jurorId: string;
  deadlineAt: string;
}

export interface ProgressApplication {
  id: string;
  trackId: string;
  country?: string | undefined;
}

const emptyCounts = (): ProgressCounts => ({
  assigned: 0,
  notStarted: 0,
  inProgress: 0,
  submitted: 0,
});

function add(counts: ProgressCounts, progress: ReviewProgress): void {
  counts.assigned++;
  if (progress === 'not_started') counts.notStarted++;
  else if (progress === 'in_progress') counts.inProgress++;
  else counts.submitted++;
}

export interface ProgressSummary {
  totals: ProgressCounts;
  byJuror: Map<
    string,
    ProgressCounts & { status: JurorStatus; deadlineAt: string; scores: ScoreDistribution }
  >;
  byTrack: Map<string, ProgressCounts>;
  byCountry: Map<string, ProgressCounts>;
  overdueJurorIds: string[];
  allScores: ScoreDistribution;
}

/**
 * Counts every assignment once by juror, by the application's track and by its country.
 * Every juror given appears, assigned or not.
 */
export function summariseProgress(
  pairs: readonly ProgressPair[],
  jurors: readonly ProgressJuror[],
  applications: readonly ProgressApplication[],
  now: Date,
): ProgressSummary {
  const applicationOf = new Map(applications.map((application) => [application.id, application]));
  const totals = emptyCounts();
  const jurorCounts = new Map(jurors.map((juror) => [juror.jurorId, emptyCounts()]));
  const jurorTotals = new Map<string, number[]>(jurors.map((juror) => [juror.jurorId, []]));
  const byTrack = new Map<string, ProgressCounts>();
  const byCountry = new Map<string, ProgressCounts>();
  for (const pair of pairs) {
    const application = applicationOf.get(pair.applicationId);
    add(totals, pair.progress);
    if (!jurorCounts.has(pair.jurorId)) {
      jurorCounts.set(pair.jurorId, emptyCounts());
      jurorTotals.set(pair.jurorId, []);
    }
    add(jurorCounts.get(pair.jurorId)!, pair.progress);
    if (pair.progress === 'submitted' && pair.weightedTotal !== undefined)
      jurorTotals.get(pair.jurorId)!.push(pair.weightedTotal);
    const track = application?.trackId ?? 'unknown';
    const country = application?.country ?? 'unknown';
    if (!byTrack.has(track)) byTrack.set(track, emptyCounts());
    if (!byCountry.has(country)) byCountry.set(country, emptyCounts());
    add(byTrack.get(track)!, pair.progress);
    add(byCountry.get(country)!, pair.progress);
  }
  const deadlineOf = new Map(jurors.map((juror) => [juror.jurorId, juror.deadlineAt]));
  const byJuror: ProgressSummary['byJuror'] = new Map();
  const overdueJurorIds: string[] = [];
  for (const [jurorId, counts] of jurorCounts) {
    const deadlineAt = deadlineOf.get(jurorId) ?? '1970-01-01T00:00:00.000Z';
    const status = jurorStatus(counts.assigned - counts.submitted, deadlineAt, now);
    if (status === 'overdue') overdueJurorIds.push(jurorId);
    byJuror.set(jurorId, {
      ...counts,
      status,
      deadlineAt,
      scores: scoreDistribution(jurorTotals.get(jurorId) ?? []),
    });
  }
  return {
    totals,
    byJuror,
    byTrack,
    byCountry,
    overdueJurorIds: overdueJurorIds.sort(),
    allScores: scoreDistribution([...jurorTotals.values()].flat()),
  };
}
