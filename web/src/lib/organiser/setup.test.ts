import type { CompetitionSettings } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { levelProblems, nextFreeScore, weightPercentages } from './rubric.ts';
import { wordErrors } from './setup-errors.ts';
import {
  anchorFor,
  changesFromDraft,
  draftFromSettings,
  reminderDayChoices,
  moved,
  newId,
  phases,
  quotasFromDraft,
  suggestedCalendar,
} from './setup-draft.ts';
import { competitionPhases } from '@laureate/schemas';

describe('weightPercentages', () => {
  it('gives each weight its share of the total', () => {
    expect(weightPercentages([3, 2])).toEqual([60, 40]);
    expect(weightPercentages([1, 1, 2])).toEqual([25, 25, 50]);
    expect(weightPercentages([0.5, 1.5])).toEqual([25, 75]);
  });

  it('rounds to one decimal so that the shares add up to exactly 100', () => {
    expect(weightPercentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(weightPercentages([1, 1, 1, 1, 1, 1, 1])).toEqual([
      14.3, 14.3, 14.3, 14.3, 14.3, 14.3, 14.2,
    ]);
    for (const weights of [
      [1, 2, 4],
      [7, 11, 13, 17],
      [100, 0.1],
      [3, 3, 3, 3, 3, 3],
    ]) {
      const shares = weightPercentages(weights);
      expect(Math.round(shares.reduce((sum, share) => sum + share, 0) * 10)).toBe(1000);
    }
  });

  it('gives the rounding remainder to the largest remainders first', () => {
    // 2/3 = 66.666…, 1/3 = 33.333…: the two-thirds share is rounded up.
    expect(weightPercentages([2, 1])).toEqual([66.7, 33.3]);
  });

  it('counts empty or negative weights as nothing', () => {
    expect(weightPercentages([Number.NaN, 1, -2])).toEqual([0, 100, 0]);
    expect(weightPercentages([])).toEqual([]);
    expect(weightPercentages([0, 0])).toEqual([0, 0]);
  });
});

describe('rubric levels', () => {
  it('offers the lowest score without a descriptor', () => {
    expect(nextFreeScore({ min: 0, max: 3 }, [{ score: 0 }, { score: 2 }])).toBe(1);
    expect(nextFreeScore({ min: 1, max: 2 }, [{ score: 1 }, { score: 2 }])).toBeUndefined();
  });

  it('flags scores outside the scale and repeated ones', () => {
    expect([
      ...levelProblems({ min: 0, max: 5 }, [
        { score: 0 },
        { score: 6 },
        { score: 0 },
        { score: 2.5 },
      ]),
    ]).toEqual([
      [1, 'outside'],
      [2, 'repeated'],
      [3, 'outside'],
    ]);
  });
});

const settings: CompetitionSettings = {
  id: 'comp-123456',
  title: { en: 'Bridges', ru: 'Мосты' },
  summary: { ru: 'Описание' },
  countries: ['RU', 'KZ'],
  tracks: [{ id: 'track-youth', title: { ru: 'Молодёжь' } }],
  timeZone: 'Europe/Berlin',
  calendar: {
    callOpensAt: '2027-03-01T09:00:00Z',
    // 23:59 on the night the clocks go forward in Berlin: CEST, +2.
    submissionDeadline: '2027-03-28T21:59:00Z',
    screeningEndsAt: '2027-04-15T10:00:00Z',
    reviewEndsAt: '2027-05-15T10:00:00Z',
    resultsAt: '2027-06-01T10:00:00Z',
  },
  requireSecondFactor: false,
  reviewsPerApplication: 3,
  rubric: {
    criteria: [
      {
        id: 'relevance',
        title: { en: 'Relevance' },
        weight: 3,
        scale: { min: 0, max: 10 },
        levels: [{ score: 0, descriptor: { en: 'None' } }],
      },
    ],
  },
  quotas: [{ dimension: 'country', winnersPerGroup: 4 }],
  blind: true,
  showOtherReviewsAfterSubmit: false,
  divergenceThreshold: 25,
  extraJurorOnDivergence: true,
  assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: true },
  bidding: false,
  reminderDaysBefore: [1, 10],
  phase: 'upcoming',
  version: 7,
};

describe('the set-up draft', () => {
  it('shows deadlines on the competition’s clock and reads them back to the same instants', () => {
    const draft = draftFromSettings(settings);
    expect(draft.calendar.callOpensAt).toBe('2027-03-01T10:00');
    expect(draft.calendar.submissionDeadline).toBe('2027-03-28T23:59');
    expect(draft.title).toEqual({ en: 'Bridges', ru: 'Мосты', kk: '' });
    expect(draft.quotas).toEqual({ country: 4, track: undefined });
    const { changes } = changesFromDraft(draft);
    expect(changes?.calendar).toEqual({
      callOpensAt: '2027-03-01T09:00:00.000Z',
      submissionDeadline: '2027-03-28T21:59:00.000Z',
      screeningEndsAt: '2027-04-15T10:00:00.000Z',
      reviewEndsAt: '2027-05-15T10:00:00.000Z',
      resultsAt: '2027-06-01T10:00:00.000Z',
    });
    expect(changes?.rubric).toEqual(settings.rubric);
    expect(changes?.tracks).toEqual(settings.tracks);
    expect(changes?.quotas).toEqual(settings.quotas);
  });

  it('reads the typed times in a newly chosen zone', () => {
    const draft = { ...draftFromSettings(settings), timeZone: 'Asia/Almaty' };
    draft.calendar = { ...draft.calendar, callOpensAt: '2027-03-01T10:00' };
    expect(changesFromDraft(draft).changes?.calendar?.callOpensAt).toBe('2027-03-01T05:00:00.000Z');
  });

  it('drops empty languages and empty level rows, and names empty deadlines', () => {
    const draft = draftFromSettings(settings);
    draft.title = { en: '  ', ru: ' Мосты ', kk: '' };
    draft.criteria[0]!.levels.push({ score: 5, descriptor: { en: '', ru: ' ', kk: '' } });
    expect(changesFromDraft(draft).changes?.title).toEqual({ ru: 'Мосты' });
    expect(changesFromDraft(draft).changes?.rubric?.criteria[0]?.levels).toHaveLength(1);

    draft.calendar = { ...draft.calendar, reviewEndsAt: '', resultsAt: '2027-02-30T10:00' };
    expect(changesFromDraft(draft)).toEqual({
      errors: { 'calendar.reviewEndsAt': 'missing', 'calendar.resultsAt': 'missing' },
    });
  });

  it('sends the jury settings back as they were, and what is changed', () => {
    const draft = draftFromSettings(settings);
    expect(changesFromDraft(draft).changes).toMatchObject({
      blind: true,
      showOtherReviewsAfterSubmit: false,
      divergenceThreshold: 25,
      extraJurorOnDivergence: true,
      assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: true },
      bidding: false,
      reminderDaysBefore: [10, 1],
    });
    draft.review.assignmentRules.localExpert = true;
    draft.review.reminderDaysBefore = [3, 7];
    draft.review.divergenceThreshold = null;
    const { changes } = changesFromDraft(draft);
    expect(changes?.assignmentRules).toEqual({
      crossBorder: true,
      localExpert: true,
      sharedLanguage: true,
    });
    expect(changes?.reminderDaysBefore).toEqual([7, 3]);
    // An emptied number is sent as not-a-number: the API names the field.
    expect(changes?.divergenceThreshold).toBeNaN();
    // The settings object the page was made from is not touched by edits.
    expect(settings.assignmentRules.localExpert).toBe(false);
  });

  it('offers the usual reminder days and keeps any other one in use', () => {
    expect(reminderDayChoices([3, 1])).toEqual([14, 7, 5, 3, 2, 1]);
    expect(reminderDayChoices([10])).toEqual([14, 10, 7, 5, 3, 2, 1]);
  });

  it('sends no quota for an empty field', () => {
    expect(quotasFromDraft({ country: undefined, track: 2 })).toEqual([
      { dimension: 'track', winnersPerGroup: 2 },
    ]);
    expect(quotasFromDraft({ country: null, track: Number.NaN })).toEqual([]);
  });
});

describe('anchorFor', () => {
  const ids = new Set([
    'field-title',
    'field-calendar-resultsAt',
    'field-rubric-criteria-0-weight',
    'field-quotas-track',
  ]);
  const exists = (id: string) => ids.has(id);

  it('finds the element of the longest matching prefix of the path', () => {
    expect(anchorFor('calendar.resultsAt', exists)).toBe('field-calendar-resultsAt');
    expect(anchorFor('title.en', exists)).toBe('field-title');
    expect(anchorFor('rubric.criteria.0.weight', exists)).toBe('field-rubric-criteria-0-weight');
    expect(anchorFor('countries.2', exists)).toBe('field-countries');
  });

  it('maps a quota’s index in the request back to its dimension', () => {
    expect(
      anchorFor('quotas.0.winnersPerGroup', exists, [{ dimension: 'track', winnersPerGroup: 0 }]),
    ).toBe('field-quotas-track');
  });
});

describe('helpers', () => {
  it('makes ids the API accepts', () => {
    const id = newId('track');
    expect(id).toMatch(/^track-[0-9a-z]{8}$/);
    expect(newId('c', () => 0.999)).toBe('c-zzzzzzzz');
  });

  it('moves an item within bounds', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('suggestedCalendar', () => {
  it('starts from the date on the competition’s clock, in calendar order', () => {
    // 21:00 UTC on 1 March is already 2 March in Almaty.
    expect(suggestedCalendar(new Date('2027-03-01T21:00:00Z'), 'Asia/Almaty')).toEqual({
      callOpensAt: '2027-03-09T09:00',
      submissionDeadline: '2027-04-08T18:00',
      screeningEndsAt: '2027-04-22T18:00',
      reviewEndsAt: '2027-05-22T18:00',
      resultsAt: '2027-06-05T12:00',
    });
  });
});

describe('levels in the draft', () => {
  it('stops a save whose level scores are outside the scale or repeated', () => {
    const draft = draftFromSettings(settings);
    draft.criteria[0]!.levels.push(
      { score: 11, descriptor: { en: 'Too high', ru: '', kk: '' } },
      { score: 0, descriptor: { en: 'Again', ru: '', kk: '' } },
    );
    expect(changesFromDraft(draft)).toEqual({
      errors: {
        'rubric.criteria.0.levels.1.score': 'outside',
        'rubric.criteria.0.levels.2.score': 'repeated',
      },
    });
  });
});

it('knows the phases in the order the API does', () => {
  expect(phases).toEqual(competitionPhases);
});

describe('wordErrors', () => {
  // A stand-in translator that shows which message and parameters were chosen.
  const t = (key: string, params?: Record<string, string | number>) =>
    params ? `${key}(${Object.values(params).join(',')})` : key;

  it('words the server’s calendar-order error with the deadline before it, and labels it', () => {
    const worded = wordErrors(
      [
        {
          field: 'body.calendar.resultsAt',
          code: 'calendar_order',
          message: 'resultsAt must come after reviewEndsAt',
        },
      ],
      t,
    );
    expect(worded.inline).toEqual({
      'calendar.resultsAt': 'setup.error.calendarOrder(competition.phase.reviewEndsAt)',
    });
    expect(worded.summary['calendar.resultsAt']).toBe(
      'competition.phase.resultsAt: setup.error.calendarOrder(competition.phase.reviewEndsAt)',
    );
  });

  it('words texts, weights and level scores, and keeps the server’s message otherwise', () => {
    const worded = wordErrors(
      [
        { field: 'body.tracks.1.title', code: 'custom', message: 'Give the text…' },
        { field: 'body.rubric.criteria.0.weight', code: 'too_small', message: 'Too small' },
        { field: 'rubric.criteria.0.levels.2.score', code: 'repeated', message: 'repeated' },
        { field: 'body.something', code: 'custom', message: 'As the server said' },
        { field: 'body', code: 'custom', message: 'Whole body' },
      ],
      t,
    );
    expect(worded.inline).toEqual({
      'tracks.1.title': 'setup.error.oneLanguage',
      'rubric.criteria.0.weight': 'setup.error.weight',
      'rubric.criteria.0.levels.2.score': 'setup.error.levelRepeated',
      something: 'As the server said',
      _: 'Whole body',
    });
    expect(worded.summary['tracks.1.title']).toBe('setup.tracks.item(2): setup.error.oneLanguage');
    expect(worded.summary._).toBe('Whole body');
  });
});
