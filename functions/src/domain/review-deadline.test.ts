import { describe, expect, it } from 'vitest';
import { jurorDeadline, jurorStatus, reviewWindowOpen } from './review-deadline.ts';

const calendar = {
  callOpensAt: '2027-01-01T13:00:00Z',
  submissionDeadline: '2027-03-01T13:00:00Z',
  screeningEndsAt: '2027-04-01T13:00:00Z',
  reviewEndsAt: '2027-05-01T13:00:00Z',
  resultsAt: '2027-06-01T13:00:00Z',
};

describe('review deadline', () => {
  it('is the calendar review end, or the latest extension granted if later', () => {
    expect(jurorDeadline(calendar, [])).toEqual({
      at: calendar.reviewEndsAt,
      reviewEndsAt: calendar.reviewEndsAt,
      extended: false,
    });
    const extensions = [
      { until: '2027-05-10T13:00:00Z', grantedAt: '2027-04-20T00:00:00Z' },
      { until: '2027-05-05T13:00:00Z', grantedAt: '2027-04-25T00:00:00Z' },
    ];
    // The later grant shortens the earlier one.
    expect(jurorDeadline(calendar, extensions)).toMatchObject({
      at: '2027-05-05T13:00:00Z',
      extended: true,
    });
    // An extension that ends before the review end (the calendar moved) extends nothing.
    expect(
      jurorDeadline({ ...calendar, reviewEndsAt: '2027-05-20T13:00:00Z' }, extensions),
    ).toMatchObject({ at: '2027-05-20T13:00:00Z', extended: false });
  });

  it('opens reviews from the end of screening until the juror deadline, by the clock', () => {
    const open = (now: string, deadline = calendar.reviewEndsAt) =>
      reviewWindowOpen({ calendar }, deadline, new Date(now));
    expect(open('2027-03-15T00:00:00Z')).toBe(false);
    expect(open('2027-04-01T13:00:00Z')).toBe(true);
    expect(open('2027-05-01T12:59:59Z')).toBe(true);
    expect(open('2027-05-01T13:00:00Z')).toBe(false);
    expect(open('2027-05-03T00:00:00Z', '2027-05-05T13:00:00Z')).toBe(true);
  });

  it('lets a phase set by hand win: review opens, anything else closes', () => {
    const now = new Date('2027-05-20T00:00:00Z');
    expect(
      reviewWindowOpen(
        { calendar, phaseOverride: { phase: 'review' } },
        calendar.reviewEndsAt,
        now,
      ),
    ).toBe(true);
    expect(
      reviewWindowOpen(
        { calendar, phaseOverride: { phase: 'screening' } },
        '2027-06-01T00:00:00Z',
        now,
      ),
    ).toBe(false);
  });

  it('tells done, on track, due soon and overdue jurors apart', () => {
    const deadline = '2027-05-01T13:00:00Z';
    expect(jurorStatus(0, deadline, new Date('2027-06-01T00:00:00Z'))).toBe('done');
    expect(jurorStatus(2, deadline, new Date('2027-04-20T00:00:00Z'))).toBe('on_track');
    expect(jurorStatus(2, deadline, new Date('2027-04-29T00:00:00Z'))).toBe('due_soon');
    expect(jurorStatus(1, deadline, new Date('2027-05-01T13:00:00Z'))).toBe('overdue');
  });
});
