import type { CompetitionCalendar, CompetitionPhase } from '@laureate/schemas';

/**
 * When a juror's reviews close. The competition's review phase ends at the calendar's
 * `reviewEndsAt`; organisers may extend it for one juror, and every extension is kept. The
 * latest extension granted holds (it may also shorten an earlier one), never ending before
 * `reviewEndsAt`. Times come from the server's clock, passed in.
 */

export interface Extension {
  until: string;
  grantedAt: string;
}

export interface JurorDeadline {
  at: string;
  reviewEndsAt: string;
  extended: boolean;
}

/**
 * @example jurorDeadline(calendar, [{ until: '2027-06-10T13:00:00Z', grantedAt: '…' }]).at // '2027-06-10T13:00:00Z'
 */
export function jurorDeadline(
  calendar: CompetitionCalendar,
  extensions: readonly Extension[],
): JurorDeadline {
  const reviewEndsAt = calendar.reviewEndsAt;
  const latest = [...extensions].sort((a, b) => a.grantedAt.localeCompare(b.grantedAt)).at(-1);
  if (!latest || Date.parse(latest.until) <= Date.parse(reviewEndsAt)) {
    return { at: reviewEndsAt, reviewEndsAt, extended: false };
  }
  return { at: latest.until, reviewEndsAt, extended: true };
}

/**
 * Whether a juror may save and submit reviews now. Without a phase set by hand, reviews are open
 * from the end of screening until the juror's deadline. A phase set by hand wins, as everywhere:
 * `review` opens reviews for everyone whatever the dates; any other phase closes them.
 *
 * @example reviewWindowOpen({ calendar }, deadline.at, now)
 */
export function reviewWindowOpen(
  competition: { calendar: CompetitionCalendar; phaseOverride?: { phase: CompetitionPhase } },
  deadlineAt: string,
  now: Date,
): boolean {
  if (competition.phaseOverride) return competition.phaseOverride.phase === 'review';
  const instant = now.getTime();
  return (
    instant >= Date.parse(competition.calendar.screeningEndsAt) && instant < Date.parse(deadlineAt)
  );
}

/** Days before the deadline from which a juror with work left is "due soon". */
export const DUE_SOON_DAYS = 3;

/**
 * Where a juror stands against their deadline.
 *
 * @example jurorStatus(2, '2027-06-01T13:00:00Z', new Date('2027-06-02T00:00:00Z')) // 'overdue'
 */
export function jurorStatus(
  unfinished: number,
  deadlineAt: string,
  now: Date,
): 'done' | 'on_track' | 'due_soon' | 'overdue' {
  if (unfinished === 0) return 'done';
  const left = Date.parse(deadlineAt) - now.getTime();
  if (left <= 0) return 'overdue';
  return left <= DUE_SOON_DAYS * 24 * 60 * 60 * 1000 ? 'due_soon' : 'on_track';
}
