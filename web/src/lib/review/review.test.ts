import type { ReviewQueueItem, Rubric } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import {
  draftOf,
  firstUnscored,
  missingForSubmit,
  problemsByTarget,
  problemTargetOf,
  queueSummary,
  saveRequestOf,
  scaleSteps,
  weightShare,
  withCriterion,
} from './review-form.ts';
import { isTypingTarget, scoreForDigit, shortcutOf, type KeyPress } from './shortcuts.ts';

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...overrides,
});

describe('shortcutOf', () => {
  it('maps j/k and Alt+arrows to next and previous, s to save, digits to scores', () => {
    expect(shortcutOf(press('j'))).toEqual({ kind: 'next' });
    expect(shortcutOf(press('k'))).toEqual({ kind: 'previous' });
    expect(shortcutOf(press('ArrowRight', { altKey: true }))).toEqual({ kind: 'next' });
    expect(shortcutOf(press('ArrowLeft', { altKey: true }))).toEqual({ kind: 'previous' });
    expect(shortcutOf(press('s'))).toEqual({ kind: 'save' });
    expect(shortcutOf(press('7'))).toEqual({ kind: 'score', digit: 7 });
    expect(shortcutOf(press('0'))).toEqual({ kind: 'score', digit: 0 });
  });

  it('finds the letters on a Cyrillic layout by the key they sit on, and numpad digits', () => {
    expect(shortcutOf(press('о', { code: 'KeyJ' }))).toEqual({ kind: 'next' });
    expect(shortcutOf(press('л', { code: 'KeyK' }))).toEqual({ kind: 'previous' });
    expect(shortcutOf(press('ы', { code: 'KeyS' }))).toEqual({ kind: 'save' });
    expect(shortcutOf(press('3', { code: 'Numpad3' }))).toEqual({ kind: 'score', digit: 3 });
  });

  it('prefers the typed Latin letter over the key position (other Latin layouts)', () => {
    // Dvorak: the key in QWERTY's J position types "h", which is no shortcut.
    expect(shortcutOf(press('h', { code: 'KeyJ' }))).toBeUndefined();
    expect(shortcutOf(press('j', { code: 'KeyC' }))).toEqual({ kind: 'next' });
  });

  it("leaves the browser's and the system's combinations alone", () => {
    expect(shortcutOf(press('s', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutOf(press('j', { metaKey: true }))).toBeUndefined();
    expect(shortcutOf(press('J', { shiftKey: true }))).toBeUndefined();
    expect(shortcutOf(press('!', { code: 'Digit1', shiftKey: true }))).toBeUndefined();
    expect(shortcutOf(press('ArrowRight'))).toBeUndefined();
    expect(shortcutOf(press('j', { altKey: true }))).toBeUndefined();
    expect(shortcutOf(press('ArrowRight', { altKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutOf(press('Tab', { code: 'Tab' }))).toBeUndefined();
  });
});

describe('scoreForDigit', () => {
  it('gives the digit itself when it is on the scale', () => {
    expect(scoreForDigit(3, { min: 1, max: 5 })).toBe(3);
    expect(scoreForDigit(6, { min: 1, max: 5 })).toBeUndefined();
    expect(scoreForDigit(1, { min: 2, max: 8 })).toBeUndefined();
  });

  it('reads 0 as 10 on scales that reach 10, and as 0 elsewhere', () => {
    expect(scoreForDigit(0, { min: 1, max: 10 })).toBe(10);
    expect(scoreForDigit(0, { min: 0, max: 10 })).toBe(10);
    expect(scoreForDigit(0, { min: 0, max: 5 })).toBe(0);
    expect(scoreForDigit(0, { min: 1, max: 5 })).toBeUndefined();
    expect(scoreForDigit(0, { min: 0, max: 100 })).toBe(10);
  });
});

describe('isTypingTarget', () => {
  it('is true in text boxes, text areas, list boxes and editable regions', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on radios, buttons, links and the page itself', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON', type: 'submit' })).toBe(false);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

const rubric: Rubric = {
  criteria: [
    {
      id: 'relevance',
      title: { en: 'Relevance' },
      weight: 3,
      scale: { min: 0, max: 10 },
      levels: [{ score: 0, descriptor: { en: 'No need shown' } }],
    },
    {
      id: 'feasibility',
      title: { en: 'Feasibility' },
      weight: 1,
      scale: { min: 1, max: 5 },
      levels: [],
    },
  ],
};

describe('the review draft', () => {
  it('starts empty without a review, and from a copy of the saved one', () => {
    expect(draftOf(undefined)).toEqual({ scores: {}, overallComment: '' });
    const saved = {
      applicationId: 'app-1',
      status: 'draft' as const,
      scores: { relevance: { score: 4 } },
      overallComment: 'Good',
      recommendation: 'support' as const,
      complete: false,
      version: 3,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const draft = draftOf(saved);
    expect(draft).toEqual({
      scores: { relevance: { score: 4 } },
      overallComment: 'Good',
      recommendation: 'support',
    });
    draft.scores.relevance!.score = 9;
    expect(saved.scores.relevance.score).toBe(4);
  });

  it('changes one criterion at a time and drops entries left empty', () => {
    let draft = draftOf(undefined);
    draft = withCriterion(draft, 'relevance', { score: 7 });
    draft = withCriterion(draft, 'relevance', { comment: 'Measured need' });
    expect(draft.scores).toEqual({ relevance: { score: 7, comment: 'Measured need' } });
    draft = withCriterion(draft, 'relevance', { score: undefined, comment: '' });
    expect(draft.scores).toEqual({});
  });

  it('sends the whole draft with the version, and never a total', () => {
    const body = saveRequestOf(
      { scores: { relevance: { score: 7 } }, overallComment: 'x', confidence: 'high' },
      4,
    );
    expect(body).toEqual({
      scores: { relevance: { score: 7 } },
      overallComment: 'x',
      confidence: 'high',
      version: 4,
    });
    expect(Object.keys(body)).not.toContain('weightedTotal');
  });

  it('lists what a submission lacks, in the order of the form', () => {
    expect(missingForSubmit(rubric, draftOf(undefined)).map((item) => item.target)).toEqual([
      'criterion-relevance',
      'criterion-feasibility',
      'overall-comment',
      'recommendation',
      'confidence',
    ]);
    const complete = {
      scores: { relevance: { score: 0 }, feasibility: { score: 5 } },
      overallComment: 'Fine',
      recommendation: 'support' as const,
      confidence: 'low' as const,
    };
    expect(missingForSubmit(rubric, complete)).toEqual([]);
    expect(missingForSubmit(rubric, { ...complete, overallComment: '  ' })).toEqual([
      { kind: 'overallComment', target: 'overall-comment' },
    ]);
  });

  it('finds the first criterion without a score', () => {
    expect(firstUnscored(rubric, draftOf(undefined))?.id).toBe('relevance');
    expect(
      firstUnscored(rubric, { scores: { relevance: { score: 0 } }, overallComment: '' })?.id,
    ).toBe('feasibility');
    expect(
      firstUnscored(rubric, {
        scores: { relevance: { score: 0 }, feasibility: { score: 1 } },
        overallComment: '',
      }),
    ).toBeUndefined();
  });

  it("puts the API's field errors beside their controls", () => {
    expect(problemTargetOf('body.scores.relevance.score')).toBe('criterion-relevance');
    expect(problemTargetOf('body.scores.unknown')).toBe('criterion-unknown');
    expect(problemTargetOf('body.overallComment')).toBe('overall-comment');
    expect(problemTargetOf('body.recommendation')).toBe('recommendation');
    expect(problemTargetOf('body.version')).toBe('_');
    expect(
      problemsByTarget([
        { field: 'body.confidence', message: 'Say how confident you are', code: 'x' },
        { field: 'body.confidence', message: 'second', code: 'y' },
      ]),
    ).toEqual({ confidence: 'Say how confident you are' });
  });

  it('offers radio buttons for scales up to 21 points, a number box beyond', () => {
    expect(scaleSteps({ min: 1, max: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scaleSteps({ min: 0, max: 20 })).toHaveLength(21);
    expect(scaleSteps({ min: 0, max: 100 })).toBeUndefined();
  });

  it("gives each criterion's share of the weights", () => {
    expect(weightShare(rubric, rubric.criteria[0]!)).toBe(75);
    expect(weightShare(rubric, rubric.criteria[1]!)).toBe(25);
  });
});

describe('queueSummary', () => {
  const item = (id: string, progress: ReviewQueueItem['progress']): ReviewQueueItem => ({
    applicationId: id,
    title: id,
    trackId: 'track',
    progress,
    assignedAt: '2026-01-01T00:00:00Z',
  });

  it('counts the share submitted and carries on with a review in progress first', () => {
    const summary = queueSummary([
      item('a', 'submitted'),
      item('b', 'not_started'),
      item('c', 'in_progress'),
      item('d', 'submitted'),
    ]);
    expect(summary.done).toBe(0.5);
    expect(summary.next?.applicationId).toBe('c');
  });

  it('has nothing next once everything is submitted, or nothing is assigned', () => {
    expect(queueSummary([item('a', 'submitted')])).toEqual({ done: 1 });
    expect(queueSummary([])).toEqual({ done: 1 });
    expect(queueSummary([item('a', 'not_started')]).next?.applicationId).toBe('a');
  });
});
