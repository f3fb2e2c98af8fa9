import type { ReviewContent, Rubric, RubricCriterion } from '@laureate/schemas';

/**
 * Scores against the competition's rubric. The weighted total is the one number the jury's
 * work is ranked by, so it is only ever computed here, on the server, from the stored scores:
 *
 *   total = 100 · Σ wᵢ · (sᵢ − minᵢ) / (maxᵢ − minᵢ)  /  Σ wᵢ
 *
 * Each score is first normalised to 0–1 on its own scale, so a criterion scored 1–5 and one
 * scored 0–10 weigh only by their weights. The total runs from 0 to 100, rounded to 2 decimals.
 */

/** A reason a review cannot be saved (draft) or submitted, with the field to point at. */
export interface ScoreIssue {
  field: string;
  code:
    | 'unknown_criterion'
    | 'out_of_scale'
    | 'missing_score'
    | 'missing_recommendation'
    | 'missing_confidence'
    | 'missing_overall_comment';
  message: string;
}

/**
 * What is wrong with a review's content. Drafts may be incomplete but never malformed: a score
 * for an unknown criterion or off its scale is refused even in a draft. A submission must also
 * score every criterion and give a recommendation, a confidence and an overall comment.
 *
 * @example scoreIssues(rubric, { scores: { impact: { score: 11 } }, overallComment: '' }, 'draft')
 * // [{ field: 'body.scores.impact.score', code: 'out_of_scale', … }]
 */
export function scoreIssues(
  rubric: Rubric,
  content: ReviewContent,
  mode: 'draft' | 'submit',
): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const criteria = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion]));
  for (const [criterionId, entry] of Object.entries(content.scores)) {
    const criterion = criteria.get(criterionId);
    if (!criterion) {
      issues.push({
        field: `body.scores.${criterionId}`,
        code: 'unknown_criterion',
        message: `The rubric has no criterion "${criterionId}"`,
      });
      continue;
    }
    const { score } = entry;
    if (score !== undefined && (score < criterion.scale.min || score > criterion.scale.max)) {
      issues.push({
        field: `body.scores.${criterionId}.score`,
        code: 'out_of_scale',
        message: `Give a whole number from ${criterion.scale.min} to ${criterion.scale.max}`,
      });
    }
  }
  if (mode === 'submit') {
    for (const criterion of rubric.criteria) {
      if (content.scores[criterion.id]?.score === undefined) {
        issues.push({
          field: `body.scores.${criterion.id}.score`,
          code: 'missing_score',
          message: 'Score this criterion before submitting',
        });
      }
    }
    if (!content.recommendation) {
      issues.push({
        field: 'body.recommendation',
        code: 'missing_recommendation',
        message: 'Give your recommendation',
      });
    }
    if (!content.confidence) {
      issues.push({
        field: 'body.confidence',
        code: 'missing_confidence',
        message: 'Say how confident you are',
      });
    }
    if (content.overallComment.trim() === '') {
      issues.push({
        field: 'body.overallComment',
        code: 'missing_overall_comment',
        message: 'Write an overall comment',
      });
    }
  }
  return issues;
}

/** Whether the content could be submitted as it is. */
export function isComplete(rubric: Rubric, content: ReviewContent): boolean {
  return rubric.criteria.length > 0 && scoreIssues(rubric, content, 'submit').length === 0;
}

function normalised(criterion: RubricCriterion, score: number): number {
  return (score - criterion.scale.min) / (criterion.scale.max - criterion.scale.min);
}

/**
 * The weighted total on 0–100, or undefined while a criterion is unscored (a partial total
 * would mislead: it is not comparable with complete ones) or when the rubric is empty.
 *
 * @example weightedTotal({ criteria: [a(weight 3, 0–10), b(weight 1, 1–5)] }, { a: 10, b: 1 }) // 75
 */
export function weightedTotal(rubric: Rubric, scores: ReviewContent['scores']): number | undefined {
  if (rubric.criteria.length === 0) return undefined;
  let weighted = 0;
  let weights = 0;
  for (const criterion of rubric.criteria) {
    const score = scores[criterion.id]?.score;
    if (score === undefined) return undefined;
    weighted += criterion.weight * normalised(criterion, score);
    weights += criterion.weight;
  }
  return Math.round((10_000 * weighted) / weights) / 100;
}
