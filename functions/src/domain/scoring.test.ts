import type { ReviewContent, Rubric } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { isComplete, scoreIssues, weightedTotal } from './scoring.ts';

const criterion = (id: string, weight: number, min: number, max: number) => ({
  id,
  title: { en: id },
  weight,
  scale: { min, max },
  levels: [],
});

const rubric: Rubric = {
  criteria: [criterion('relevance', 3, 0, 10), criterion('feasibility', 1, 1, 5)],
};

const content = (scores: ReviewContent['scores'], extra: Partial<ReviewContent> = {}) => ({
  scores,
  overallComment: '',
  ...extra,
});

describe('weightedTotal', () => {
  it('normalises each score on its own scale, weighs it, and reports 0–100', () => {
    // relevance 10/10 → 1, feasibility 1 on 1–5 → 0: (3·1 + 1·0) / 4 = 75
    expect(weightedTotal(rubric, { relevance: { score: 10 }, feasibility: { score: 1 } })).toBe(75);
    expect(weightedTotal(rubric, { relevance: { score: 0 }, feasibility: { score: 1 } })).toBe(0);
    expect(weightedTotal(rubric, { relevance: { score: 10 }, feasibility: { score: 5 } })).toBe(
      100,
    );
  });

  it('rounds to two decimals', () => {
    // (3·0.7 + 1·0.5) / 4 · 100 = 65; (3·(1/3 of 0–3 scale)…) checked with an uneven scale
    const thirds: Rubric = { criteria: [criterion('a', 1, 0, 3), criterion('b', 2, 0, 10)] };
    // (1·1/3 + 2·0.7) / 3 · 100 = 57.777…
    expect(weightedTotal(thirds, { a: { score: 1 }, b: { score: 7 } })).toBe(57.78);
  });

  it('gives no total while a criterion is unscored, or for an empty rubric', () => {
    expect(weightedTotal(rubric, { relevance: { score: 10 } })).toBeUndefined();
    expect(weightedTotal({ criteria: [] }, {})).toBeUndefined();
  });

  it('ignores scores of criteria the rubric does not have', () => {
    expect(
      weightedTotal(rubric, {
        relevance: { score: 10 },
        feasibility: { score: 1 },
        stray: { score: 0 },
      }),
    ).toBe(75);
  });
});

describe('scoreIssues', () => {
  it('accepts an incomplete but well-formed draft', () => {
    expect(
      scoreIssues(rubric, content({ relevance: { score: 4, comment: 'ok' } }), 'draft'),
    ).toEqual([]);
  });

  it('refuses unknown criteria and scores off the scale even in a draft', () => {
    const issues = scoreIssues(
      rubric,
      content({ relevance: { score: 11 }, feasibility: { score: 0 }, stray: { score: 1 } }),
      'draft',
    );
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['body.scores.relevance.score', 'out_of_scale'],
      ['body.scores.feasibility.score', 'out_of_scale'],
      ['body.scores.stray', 'unknown_criterion'],
    ]);
  });

  it('lists everything a submission still lacks', () => {
    const issues = scoreIssues(rubric, content({ relevance: { score: 4 } }), 'submit');
    expect(issues.map((issue) => issue.code)).toEqual([
      'missing_score',
      'missing_recommendation',
      'missing_confidence',
      'missing_overall_comment',
    ]);
    expect(issues[0]?.field).toBe('body.scores.feasibility.score');
  });

  it('calls a review complete only when it could be submitted', () => {
    const full = content(
      { relevance: { score: 4 }, feasibility: { score: 3 } },
      { recommendation: 'support', confidence: 'high', overallComment: 'Strong project.' },
    );
    expect(isComplete(rubric, full)).toBe(true);
    expect(isComplete(rubric, { ...full, overallComment: '  ' })).toBe(false);
    expect(isComplete({ criteria: [] }, full)).toBe(false);
  });
});
