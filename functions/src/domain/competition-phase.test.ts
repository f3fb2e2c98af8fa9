import { describe, expect, it } from 'vitest';
import type { CompetitionCalendar } from '@laureate/schemas';
import { calendarProblems, listingFor, phaseAt } from './competition-phase.ts';

const calendar: CompetitionCalendar = {
  callOpensAt: '2027-02-01T13:00:00Z',
  submissionDeadline: '2027-03-15T13:00:00Z',
  screeningEndsAt: '2027-03-25T13:00:00Z',
  reviewEndsAt: '2027-04-15T13:00:00Z',
  resultsAt: '2027-05-01T13:00:00Z',
};

describe('phaseAt', () => {
  it.each([
    ['2027-01-31T00:00:00Z', 'upcoming'],
    ['2027-02-01T13:00:00Z', 'call_open'],
    ['2027-03-15T12:59:59.999Z', 'call_open'],
    ['2027-03-15T13:00:00Z', 'screening'],
    ['2027-04-01T00:00:00Z', 'review'],
    ['2027-04-20T00:00:00Z', 'deliberation'],
    ['2027-05-01T13:00:00Z', 'results'],
    ['2030-01-01T00:00:00Z', 'results'],
  ] as const)('at %s the competition is in %s', (instant, phase) => {
    expect(phaseAt(calendar, new Date(instant))).toBe(phase);
  });

  it('treats a deadline given with an offset as the same instant', () => {
    // 18:00 in Astana (UTC+5) is the 13:00 UTC deadline: the call is closed.
    const withOffset = { ...calendar, submissionDeadline: '2027-03-15T18:00:00+05:00' };
    expect(phaseAt(withOffset, new Date('2027-03-15T13:00:00Z'))).toBe('screening');
    expect(phaseAt(withOffset, new Date('2027-03-15T12:59:00Z'))).toBe('call_open');
  });
});

describe('listingFor', () => {
  it('groups the review phases as in progress', () => {
    expect(
      ['screening', 'review', 'deliberation'].map((phase) => listingFor(phase as never)),
    ).toEqual(['in_progress', 'in_progress', 'in_progress']);
    expect(listingFor('call_open')).toBe('open');
    expect(listingFor('upcoming')).toBe('upcoming');
    expect(listingFor('results')).toBe('past');
  });
});

describe('calendarProblems', () => {
  it('accepts increasing deadlines', () => {
    expect(calendarProblems(calendar)).toEqual([]);
  });

  it('names each deadline that does not come after the one before it', () => {
    expect(
      calendarProblems({
        ...calendar,
        screeningEndsAt: calendar.submissionDeadline,
        resultsAt: '2027-04-01T00:00:00Z',
      }),
    ).toEqual([
      {
        deadline: 'screeningEndsAt',
        after: 'submissionDeadline',
        message: 'screeningEndsAt must come after submissionDeadline',
      },
      {
        deadline: 'resultsAt',
        after: 'reviewEndsAt',
        message: 'resultsAt must come after reviewEndsAt',
      },
    ]);
  });
});
