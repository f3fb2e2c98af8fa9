import type { CompetitionCalendar, CompetitionListing, CompetitionPhase } from '@laureate/schemas';

/**
 * Phases are time windows: each deadline in the calendar ends the phase before it.
 * The current phase is always derived from the calendar and an injected instant, never from
 * a stored flag, so there is no scattered `Date.now() > deadline` check anywhere.
 */
const phaseEnds: ReadonlyArray<[CompetitionPhase, keyof CompetitionCalendar]> = [
  ['upcoming', 'callOpensAt'],
  ['call_open', 'submissionDeadline'],
  ['screening', 'screeningEndsAt'],
  ['review', 'reviewEndsAt'],
  ['deliberation', 'resultsAt'],
];

/**
 * The phase a competition is in at `now`. A deadline instant belongs to the next phase:
 * at exactly the submission deadline the call is closed.
 *
 * @example phaseAt(calendar, new Date('2027-03-01T00:00:00Z')) // 'call_open'
 */
export function phaseAt(calendar: CompetitionCalendar, now: Date): CompetitionPhase {
  const instant = now.getTime();
  for (const [phase, endsAt] of phaseEnds) {
    if (instant < Date.parse(calendar[endsAt])) return phase;
  }
  return 'results';
}

/**
 * The phase in force: one set by hand wins over the calendar until it is cleared.
 *
 * @example effectivePhase({ calendar, phaseOverride: { phase: 'review', … } }, now) // 'review'
 */
export function effectivePhase(
  competition: { calendar: CompetitionCalendar; phaseOverride?: { phase: CompetitionPhase } },
  now: Date,
): CompetitionPhase {
  return competition.phaseOverride?.phase ?? phaseAt(competition.calendar, now);
}

/** How the public home page groups a competition in a given phase. */
export function listingFor(phase: CompetitionPhase): CompetitionListing {
  switch (phase) {
    case 'upcoming':
      return 'upcoming';
    case 'call_open':
      return 'open';
    case 'screening':
    case 'review':
    case 'deliberation':
      return 'in_progress';
    case 'results':
      return 'past';
  }
}

/** A deadline that does not come after the one before it. */
export interface CalendarProblem {
  deadline: keyof CompetitionCalendar;
  after: keyof CompetitionCalendar;
  message: string;
}

/**
 * The calendar's problems, if any: each deadline must come strictly after the one before it.
 * Each names its deadline, so the API can point at the field to correct.
 *
 * @example calendarProblems({ ...calendar, resultsAt: calendar.callOpensAt })[0].deadline // 'resultsAt'
 */
export function calendarProblems(calendar: CompetitionCalendar): CalendarProblem[] {
  const deadlines = phaseEnds.map(([, deadline]) => deadline);
  const problems: CalendarProblem[] = [];
  for (let i = 1; i < deadlines.length; i++) {
    const previous = deadlines[i - 1]!;
    const current = deadlines[i]!;
    if (Date.parse(calendar[current]) <= Date.parse(calendar[previous])) {
      problems.push({
        deadline: current,
        after: previous,
        message: `${current} must come after ${previous}`,
      });
    }
  }
  return problems;
}
