import type { CompetitionCalendar, CompetitionPhase } from '@laureate/schemas';
import { jurorDeadline, reviewWindowOpen, type Extension } from './review-deadline.ts';

/**
 * Automatic review reminders: which juror gets which reminder now. Each competition names the
 * days before a juror's deadline at which a juror with reviews left is emailed (`[3, 1]` by
 * default). A reminder is one (competition, juror, deadline, days before): it is sent at most
 * once, so a job that runs twice, or late, never sends it again; an extension moves the
 * deadline, and so arms a fresh set of reminders for the new one.
 *
 * All times are instants: a "day" is 24 hours counted back from the deadline's instant, so a
 * reminder never moves with daylight saving or with the time zone of the machine running the
 * job. Pure: the caller passes what is stored and the time.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderCompetition {
  id: string;
  calendar: CompetitionCalendar;
  phaseOverride?: { phase: CompetitionPhase };
  /** Days before each juror's deadline; `[]` turns automatic reminders off. */
  reminderDaysBefore: readonly number[];
}

export interface ReminderJuror {
  competitionId: string;
  jurorId: string;
  /** Assigned reviews not submitted yet (draft or not started). */
  unfinished: number;
  /** Every extension granted to this juror in this competition; the latest holds. */
  extensions: readonly Extension[];
}

/** What identifies one reminder: it is sent at most once. */
export interface ReminderIdentity {
  competitionId: string;
  jurorId: string;
  /** The juror's deadline the reminder is for, as an ISO instant in UTC. */
  deadlineAt: string;
  daysBefore: number;
}

export interface DueReminder extends ReminderIdentity {
  /** When this reminder fell due: the deadline less `daysBefore` days. */
  dueAt: string;
  unfinished: number;
  /** Whether the deadline is an extension granted to this juror. */
  extended: boolean;
}

/**
 * The one string naming a reminder, used to tell whether it was sent.
 *
 * @example reminderKey({ competitionId: 'c', jurorId: 'j', deadlineAt: '2027-06-01T13:00:00.000Z', daysBefore: 3 })
 */
export function reminderKey(reminder: ReminderIdentity): string {
  return [
    reminder.competitionId,
    reminder.jurorId,
    new Date(reminder.deadlineAt).toISOString(),
    reminder.daysBefore,
  ].join('#');
}

/**
 * Whether any juror of the competition may still be waiting for a reminder: reviews are open
 * for someone, counting extensions, which never run past the results. A phase set by hand wins,
 * as everywhere: `review` keeps reminders on, any other closes them.
 *
 * @example remindersMayBeDue(competition, now) // true from the end of screening to the results
 */
export function remindersMayBeDue(competition: ReminderCompetition, now: Date): boolean {
  if (competition.reminderDaysBefore.length === 0) return false;
  return reviewWindowOpen(competition, competition.calendar.resultsAt, now);
}

/** The configured days, cleaned: whole positive numbers, each once, nearest the deadline first. */
function reminderDays(days: readonly number[]): number[] {
  return [...new Set(days.filter((day) => Number.isInteger(day) && day > 0))].sort((a, b) => a - b);
}

/**
 * The reminders due now. For each juror with reviews left and reviews still open, the reminder
 * is the one for the latest threshold passed (the fewest days before the deadline whose moment
 * has come), unless it was sent already. A job that was down past several thresholds sends only
 * the latest one, never a burst. After the deadline, nothing is due: overdue jurors are the
 * organisers' call (one-click reminders).
 *
 * @example dueReminders({ competitions, jurors, sent: new Set(), now }) // [{ jurorId, daysBefore: 3, … }]
 */
export function dueReminders(input: {
  competitions: readonly ReminderCompetition[];
  jurors: readonly ReminderJuror[];
  /** Keys (`reminderKey`) of the reminders already sent. */
  sent: ReadonlySet<string>;
  now: Date;
}): DueReminder[] {
  const byId = new Map(input.competitions.map((competition) => [competition.id, competition]));
  const instant = input.now.getTime();
  const due: DueReminder[] = [];
  for (const juror of input.jurors) {
    const competition = byId.get(juror.competitionId);
    if (!competition || juror.unfinished <= 0) continue;
    const deadline = jurorDeadline(competition.calendar, juror.extensions);
    const deadlineMs = Date.parse(deadline.at);
    if (instant >= deadlineMs || !reviewWindowOpen(competition, deadline.at, input.now)) continue;
    const daysBefore = reminderDays(competition.reminderDaysBefore).find(
      (days) => deadlineMs - days * DAY_MS <= instant,
    );
    if (daysBefore === undefined) continue;
    const reminder: ReminderIdentity = {
      competitionId: competition.id,
      jurorId: juror.jurorId,
      deadlineAt: new Date(deadlineMs).toISOString(),
      daysBefore,
    };
    if (input.sent.has(reminderKey(reminder))) continue;
    due.push({
      ...reminder,
      dueAt: new Date(deadlineMs - daysBefore * DAY_MS).toISOString(),
      unfinished: juror.unfinished,
      extended: deadline.extended,
    });
  }
  return due.sort(
    (a, b) => a.competitionId.localeCompare(b.competitionId) || a.jurorId.localeCompare(b.jurorId),
  );
}

/**
 * Whole days left before the deadline, rounded to the nearest day, as the email says it: an
 * hourly job sends the three-day reminder between 71 and 72 hours before, which reads "3 days".
 * Zero means less than half a day.
 *
 * @example daysLeft('2027-06-04T12:00:00Z', new Date('2027-06-01T12:30:00Z')) // 3
 */
export function daysLeft(deadlineAt: string, now: Date): number {
  return Math.max(0, Math.round((Date.parse(deadlineAt) - now.getTime()) / DAY_MS));
}
