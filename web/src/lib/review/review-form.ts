import type {
  Confidence,
  FieldError,
  OwnReview,
  Recommendation,
  ReviewQueueItem,
  Rubric,
  RubricCriterion,
  SaveReviewRequest,
} from '@laureate/schemas';

/*
 * Pure helpers of the scoring workspace. Types only from `@laureate/schemas`: its values would
 * bring zod into the page. The weighted total is never computed here: the server's is shown.
 */

export const recommendations = [
  'support',
  'support_with_changes',
  'do_not_support',
] as const satisfies readonly Recommendation[];
export const confidences = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

/** What the juror is writing, as the form holds it. */
export interface ReviewDraft {
  scores: Record<string, { score?: number; comment?: string }>;
  overallComment: string;
  recommendation?: Recommendation;
  confidence?: Confidence;
}

/** The draft a workspace starts from: the saved review, or nothing yet. */
export function draftOf(review: OwnReview | undefined): ReviewDraft {
  return {
    scores: structuredClone(review?.scores ?? {}),
    overallComment: review?.overallComment ?? '',
    ...(review?.recommendation ? { recommendation: review.recommendation } : {}),
    ...(review?.confidence ? { confidence: review.confidence } : {}),
  };
}

/** The draft with one criterion's score (or comment) changed; empty entries are dropped. */
export function withCriterion(
  draft: ReviewDraft,
  criterionId: string,
  change: { score?: number | undefined; comment?: string | undefined },
): ReviewDraft {
  const entry = { ...draft.scores[criterionId], ...change };
  const kept: { score?: number; comment?: string } = {
    ...(entry.score !== undefined ? { score: entry.score } : {}),
    ...(entry.comment ? { comment: entry.comment } : {}),
  };
  const scores = { ...draft.scores };
  if (kept.score === undefined && kept.comment === undefined) delete scores[criterionId];
  else scores[criterionId] = kept;
  return { ...draft, scores };
}

/** The body of a save or a submission: the whole draft and the version last read. */
export function saveRequestOf(draft: ReviewDraft, version: number): SaveReviewRequest {
  return {
    scores: draft.scores,
    overallComment: draft.overallComment,
    ...(draft.recommendation ? { recommendation: draft.recommendation } : {}),
    ...(draft.confidence ? { confidence: draft.confidence } : {}),
    version,
  };
}

/** The element a problem points at: `criterion-<id>`, `overall-comment`, `recommendation`… */
export type ProblemTarget = string;

export interface MissingItem {
  kind: 'score' | 'recommendation' | 'confidence' | 'overallComment';
  /** The id of the control to move to. */
  target: ProblemTarget;
  criterionId?: string;
}

export function criterionTarget(criterionId: string): ProblemTarget {
  return `criterion-${criterionId}`;
}

/**
 * What a submission still lacks, in the order of the form: the server asks the same (every
 * criterion scored, a recommendation, a confidence and an overall comment), and decides.
 */
export function missingForSubmit(rubric: Rubric, draft: ReviewDraft): MissingItem[] {
  const missing: MissingItem[] = rubric.criteria
    .filter((criterion) => draft.scores[criterion.id]?.score === undefined)
    .map((criterion) => ({
      kind: 'score',
      target: criterionTarget(criterion.id),
      criterionId: criterion.id,
    }));
  if (draft.overallComment.trim() === '')
    missing.push({ kind: 'overallComment', target: 'overall-comment' });
  if (!draft.recommendation) missing.push({ kind: 'recommendation', target: 'recommendation' });
  if (!draft.confidence) missing.push({ kind: 'confidence', target: 'confidence' });
  return missing;
}

/**
 * The control a field error of the API belongs to (`body.scores.impact.score` →
 * `criterion-impact`), so the page can put the server's own message beside it.
 */
export function problemTargetOf(field: string): ProblemTarget {
  const path = field.replace(/^body\.?/, '');
  const criterion = /^scores\.([^.]+)/.exec(path);
  if (criterion) return criterionTarget(criterion[1]!);
  if (path === 'overallComment') return 'overall-comment';
  if (path === 'recommendation' || path === 'confidence') return path;
  return '_';
}

/** The API's field errors by control, the first message for each. */
export function problemsByTarget(
  errors: readonly FieldError[] | undefined,
): Record<ProblemTarget, string> {
  const byTarget: Record<ProblemTarget, string> = {};
  for (const error of errors ?? []) byTarget[problemTargetOf(error.field)] ??= error.message;
  return byTarget;
}

/** The first criterion without a score, where a digit key goes when no criterion has focus. */
export function firstUnscored(rubric: Rubric, draft: ReviewDraft): RubricCriterion | undefined {
  return rubric.criteria.find((criterion) => draft.scores[criterion.id]?.score === undefined);
}

/**
 * The scores a criterion offers as radio buttons, low to high; undefined for a scale too wide
 * for buttons (more than 21 points), which gets a number box instead.
 */
export function scaleSteps(scale: { min: number; max: number }): number[] | undefined {
  if (scale.max - scale.min > 20) return undefined;
  return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
}

/** A share of a criterion's total weight, as a whole percentage: "40 %" of the total. */
export function weightShare(rubric: Rubric, criterion: RubricCriterion): number {
  const total = rubric.criteria.reduce((sum, each) => sum + each.weight, 0);
  return total > 0 ? Math.round((100 * criterion.weight) / total) : 0;
}

export interface QueueSummary {
  /** Submitted out of assigned, 0–1; 1 for an empty queue (nothing left to do). */
  done: number;
  /** Where to carry on: the first review in progress, else the first not started. */
  next?: ReviewQueueItem;
}

/** How far a juror is through their queue, and which application to open next. */
export function queueSummary(items: readonly ReviewQueueItem[]): QueueSummary {
  const submitted = items.filter((item) => item.progress === 'submitted').length;
  const next =
    items.find((item) => item.progress === 'in_progress') ??
    items.find((item) => item.progress === 'not_started');
  return {
    done: items.length === 0 ? 1 : submitted / items.length,
    ...(next ? { next } : {}),
  };
}
