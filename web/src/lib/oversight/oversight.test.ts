import type { AssignmentView, JurorLoadView, ScoreDistribution } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { applicationRows, failureKind, jurorChoices, refusals } from './assignment-view.ts';
import { completionBars } from './completion.ts';
import { elapsedSeconds } from './elapsed.ts';
import { extensionInputRange, extensionInstant, suggestedExtension } from './extension.ts';
import { bandOpacity, leaningOf, scoreX, signed, spreadRows } from './score-spread.ts';

const counts = (assigned: number, submitted: number, inProgress: number) => ({
  assigned,
  submitted,
  inProgress,
  notStarted: assigned - submitted - inProgress,
});

describe('completionBars', () => {
  it('scales every bar to the largest group and splits it by progress', () => {
    const [a, b] = completionBars([
      { key: 'a', label: 'A', counts: counts(4, 1, 1) },
      { key: 'b', label: 'B', counts: counts(8, 6, 0) },
    ]);
    expect(a).toMatchObject({
      submittedWidth: 12.5,
      inProgressWidth: 12.5,
      notStartedWidth: 25,
      percent: 25,
    });
    expect(b).toMatchObject({
      submittedWidth: 75,
      inProgressWidth: 0,
      notStartedWidth: 25,
      percent: 75,
    });
  });

  it('draws nothing, and claims no percentage, where nothing is assigned', () => {
    const [empty] = completionBars([{ key: 'x', label: 'X', counts: counts(0, 0, 0) }]);
    expect(empty).toMatchObject({ submittedWidth: 0, notStartedWidth: 0, percent: undefined });
  });
});

const distribution = (values: number[]): ScoreDistribution => {
  const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  return {
    count: values.length,
    ...(values.length > 0 ? { mean, median: mean, min: Math.min(...values) } : {}),
    ...(values.length > 0 ? { max: Math.max(...values), standardDeviation: 0 } : {}),
    histogram: Array.from(
      { length: 10 },
      (_, bin) => values.filter((value) => Math.min(9, Math.floor(value / 10)) === bin).length,
    ),
  };
};

describe('score distribution', () => {
  it('calls a juror severe or lenient ten points or more from everyone’s mean', () => {
    expect(leaningOf(60, 70)).toBe('severe');
    expect(leaningOf(60.5, 70)).toBe('usual');
    expect(leaningOf(80, 70)).toBe('lenient');
    expect(leaningOf(undefined, 70)).toBe('unknown');
  });

  it('lists jurors with scores first, with their difference from everyone’s mean', () => {
    const rows = spreadRows(
      [
        { jurorId: 'z', displayName: 'Zoe', scores: distribution([]) },
        { jurorId: 'b', displayName: 'Boris', scores: distribution([90, 95]) },
        { jurorId: 'a', displayName: 'Anna', scores: distribution([30]) },
      ],
      distribution([90, 95, 30]),
      new Intl.Collator('en'),
    );
    expect(rows.map((row) => [row.jurorId, row.difference, row.leaning])).toEqual([
      ['a', -41.7, 'severe'],
      ['b', 20.8, 'lenient'],
      ['z', undefined, 'unknown'],
    ]);
  });

  it('places totals on the axis and holds stray values at its ends', () => {
    expect(scoreX(0, 10, 210)).toBe(10);
    expect(scoreX(50, 10, 210)).toBe(110);
    expect(scoreX(100, 10, 210)).toBe(210);
    expect(scoreX(120, 10, 210)).toBe(210);
    expect(scoreX(-5, 10, 210)).toBe(10);
  });

  it('shades histogram bands darker the more reviews they hold', () => {
    expect(bandOpacity(1, 4)).toBe(0.15);
    expect(bandOpacity(4, 4)).toBe(0.7);
    expect(bandOpacity(2, 4)).toBe(0.33);
    expect(bandOpacity(1, 1)).toBe(0.15);
    expect(bandOpacity(0, 4)).toBe(0);
  });

  it('writes differences with their sign and the reader’s decimal mark', () => {
    expect(signed(12.5, 'en')).toBe('+12.5');
    expect(signed(-3, 'ru')).toBe('\u22123');
    expect(signed(-3.25, 'ru')).toBe('\u22123,3');
    expect(signed(0, 'kk')).toBe('0');
  });
});

describe('deadline extensions', () => {
  // Almaty is UTC+5 all year: 18:00 there is 13:00 UTC.
  const bounds = {
    reviewEndsAt: '2026-12-09T13:00:00.000Z',
    resultsAt: '2026-12-27T13:00:00.000Z',
  };

  it('reads the time on the competition’s clock', () => {
    expect(extensionInstant('2026-12-16T18:00', 'Asia/Almaty', bounds)).toEqual({
      ok: true,
      instant: '2026-12-16T13:00:00.000Z',
      kind: 'exact',
    });
  });

  it('refuses what the server would: not after the review end, after the results, not a date', () => {
    expect(extensionInstant('2026-12-09T18:00', 'Asia/Almaty', bounds)).toEqual({
      ok: false,
      problem: 'notAfterReviewEnd',
    });
    expect(extensionInstant('2026-12-27T18:01', 'Asia/Almaty', bounds)).toEqual({
      ok: false,
      problem: 'afterResults',
    });
    expect(extensionInstant('2026-12-27T18:00', 'Asia/Almaty', bounds).ok).toBe(true);
    expect(extensionInstant('2026-02-30T10:00', 'Asia/Almaty', bounds)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('says when a typed time falls in a daylight-saving gap', () => {
    const berlin = { reviewEndsAt: '2027-03-01T00:00:00Z', resultsAt: '2027-04-30T00:00:00Z' };
    expect(extensionInstant('2027-03-28T02:30', 'Europe/Berlin', berlin)).toMatchObject({
      ok: true,
      kind: 'skipped',
    });
  });

  it('suggests a week after the current deadline, within the results', () => {
    expect(suggestedExtension(bounds.reviewEndsAt, 'Asia/Almaty', bounds)).toBe('2026-12-16T18:00');
    expect(suggestedExtension('2026-12-24T13:00:00Z', 'Asia/Almaty', bounds)).toBe(
      '2026-12-27T18:00',
    );
    expect(extensionInputRange('Asia/Almaty', bounds)).toEqual({
      min: '2026-12-09T18:01',
      max: '2026-12-27T18:00',
    });
  });
});

const juror = (id: string, load: number, maxLoad: number, available = true): JurorLoadView => ({
  jurorId: id,
  jurorName: id,
  load,
  minLoad: 0,
  maxLoad,
  available,
  started: 0,
});
const assignment = (applicationId: string, jurorId: string): AssignmentView => ({
  applicationId,
  applicationTitle: `Title ${applicationId}`,
  jurorId,
  jurorName: jurorId,
  source: 'solver',
  assignedAt: '2026-11-01T00:00:00Z',
  assignedBy: 'system',
  progress: 'not_started',
});

describe('assignments', () => {
  it('groups assignments by application and keeps those of applications no longer eligible', () => {
    const rows = applicationRows(
      [{ applicationId: 'a1', title: 'A1', trackId: 't', assigned: 1, required: 2 }],
      [assignment('a1', 'j1'), assignment('gone', 'j2')],
    );
    expect(rows.map((row) => [row.applicationId, row.jurors.map((item) => item.jurorId)])).toEqual([
      ['a1', ['j1']],
      ['gone', ['j2']],
    ]);
    expect(rows[1]!.title).toBe('Title gone');
  });

  it('never offers a juror already on the application or in conflict with it', () => {
    const choices = jurorChoices(
      'a1',
      [juror('j1', 1, 4), juror('j2', 1, 4), juror('j3', 4, 4), juror('j4', 0, 4, false)],
      [assignment('a1', 'j1')],
      [
        { applicationId: 'a1', jurorId: 'j2' },
        { applicationId: 'a2', jurorId: 'j3' },
      ],
    );
    expect(choices.map((choice) => [choice.juror.jurorId, choice.note])).toEqual([
      ['j3', 'full'],
      ['j4', 'unavailable'],
    ]);
  });

  it('tells the kinds of infeasibility apart', () => {
    const app = (required: number, available: number) => ({
      applicationId: 'a',
      title: 'A',
      required,
      available,
      shortfall: Math.abs(required - available),
    });
    const base = { applications: [], jurors: [] };
    expect(failureKind({ ...base, rule: 'fixedAssignments' })).toBe('keptConflict');
    expect(failureKind({ ...base, rule: 'kReviews', applications: [app(2, 3)] })).toBe(
      'keptAboveK',
    );
    expect(failureKind({ ...base, rule: 'kReviews', applications: [app(2, 1)] })).toBe(
      'tooFewJurors',
    );
    expect(
      failureKind({ ...base, rule: 'kReviews', applications: [app(2, 1)], saturatedJurorIds: [] }),
    ).toBe('collective');
    expect(failureKind({ ...base, rule: 'maxLoad' })).toBe('capacity');
    expect(
      failureKind({
        ...base,
        rule: 'maxLoad',
        jurors: [{ jurorId: 'j', jurorName: 'J', required: 5, available: 4, shortfall: 1 }],
      }),
    ).toBe('keptAboveMax');
    expect(failureKind({ ...base, rule: 'crossBorder' })).toBe('foreign');
    expect(failureKind({ ...base, rule: 'localExpert' })).toBe('local');
    expect(failureKind({ ...base, rule: 'sharedLanguage' })).toBe('language');
    expect(failureKind({ ...base, rule: 'minLoad' })).toBe('minLoad');
  });

  it('lists each broken rule of a refusal once, or the problem itself', () => {
    expect(
      refusals({
        code: 'assignment/not-allowed',
        title: 'Refused',
        errors: [
          { field: 'body.jurorId', code: 'conflict', message: 'Conflict' },
          { field: 'body.jurorId', code: 'maxLoad', message: 'Above the maximum' },
          { field: 'body.jurorId', code: 'maxLoad', message: 'Above the maximum' },
        ],
      }),
    ).toEqual([
      { code: 'conflict', message: 'Conflict' },
      { code: 'maxLoad', message: 'Above the maximum' },
    ]);
    expect(
      refusals({ code: 'assignment/review-started', title: 'Started', detail: 'Has started' }),
    ).toEqual([{ code: 'assignment/review-started', message: 'Has started' }]);
  });
});

describe('elapsedSeconds', () => {
  it('shows tenths of a second in the reader’s format', () => {
    expect(elapsedSeconds(1234, 'en')).toBe('1.2');
    expect(elapsedSeconds(1234, 'ru')).toBe('1,2');
    expect(elapsedSeconds(-5, 'en')).toBe('0.0');
  });
});
