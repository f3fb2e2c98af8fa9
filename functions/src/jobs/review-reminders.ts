import type { Locale } from '@laureate/schemas';
import { randomUUID } from 'node:crypto';
import { pickLocalized } from '#domain/localized-text';
import {
  daysLeft,
  dueReminders,
  reminderKey,
  remindersMayBeDue,
  type DueReminder,
  type ReminderCompetition,
  type ReminderJuror,
} from '#domain/review-reminders';
import { unfinishedByJuror } from '#domain/review-progress';
import { reviewSettingsOf } from '#domain/review-settings';
import type { AppDeps } from '#http/app-env';
import { competitionConflicts, withoutConflicted, type JuryDeps } from '#http/jury-context';
import {
  automaticReviewReminder,
  reviewQueueLink,
  writtenDeadline,
} from '#mail/automatic-reminder';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { SentReminderRecord } from '#ports/sent-reminders';

/**
 * The scheduled job behind automatic review reminders (docs/jury.md, "Automatic reminders"):
 * on AWS an EventBridge schedule invokes it every hour (handlers/reminders.ts); in local mode
 * the launcher runs it every few minutes. Each run reads what is stored, asks the domain which
 * reminders are due (domain/review-reminders.ts), and for each one first records it with a
 * conditional write, then emails the juror in their language. Two runs at once, or a run
 * repeated, send each reminder once: only the run whose record was written sends.
 */

export type ReminderJobDeps = JuryDeps &
  Pick<
    AppDeps,
    | 'competitions'
    | 'assignments'
    | 'reviews'
    | 'deadlineExtensions'
    | 'sentReminders'
    | 'mailer'
    | 'audit'
    | 'logger'
    | 'publicUrl'
  >;

export interface ReminderSent {
  competitionId: string;
  jurorId: string;
  locale: Locale;
  daysBefore: number;
  deadlineAt: string;
  unfinished: number;
}

export interface ReminderRunReport {
  /** Competitions whose jurors may still be owed a reminder. */
  competitions: number;
  sent: ReminderSent[];
  /** Due reminders another run had already claimed, or whose juror had nothing left to do. */
  skipped: number;
  /** Reminders or competitions that failed; their reminders are tried again on the next run. */
  failed: number;
}

const PAGE = 100;

/** Every published competition, page by page (the published index, pattern 1). */
async function publishedCompetitions(deps: ReminderJobDeps): Promise<CompetitionRecord[]> {
  const all: CompetitionRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.competitions.listPublished({
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

function reminderCompetitionOf(record: CompetitionRecord): ReminderCompetition {
  return {
    id: record.id,
    calendar: record.calendar,
    ...(record.phaseOverride ? { phaseOverride: record.phaseOverride } : {}),
    reminderDaysBefore: reviewSettingsOf(record).reminderDaysBefore,
  };
}

/**
 * Sends the automatic review reminders due at `now`, and says what it did.
 *
 * @example const report = await sendDueReminders(deps, clock.now())
 */
export async function sendDueReminders(
  deps: ReminderJobDeps,
  now: Date,
): Promise<ReminderRunReport> {
  const runId = randomUUID();
  const report: ReminderRunReport = { competitions: 0, sent: [], skipped: 0, failed: 0 };
  const competitions = (await publishedCompetitions(deps)).filter((competition) =>
    remindersMayBeDue(reminderCompetitionOf(competition), now),
  );
  report.competitions = competitions.length;
  // One competition after another: a run is small, and the mail service is not flooded.
  for (const competition of competitions) {
    try {
      await remindCompetition(deps, competition, now, runId, report);
    } catch (error) {
      // One competition's failure must not starve the others; its reminders stay unclaimed.
      report.failed += 1;
      deps.logger.error('review reminders failed for a competition', {
        competitionId: competition.id,
        error,
      });
    }
  }
  deps.logger.info('review reminders run', {
    runId,
    at: now.toISOString(),
    competitions: report.competitions,
    sent: report.sent.length,
    skipped: report.skipped,
    failed: report.failed,
  });
  return report;
}

async function remindCompetition(
  deps: ReminderJobDeps,
  competition: CompetitionRecord,
  now: Date,
  runId: string,
  report: ReminderRunReport,
): Promise<void> {
  const [assignments, reviews, extensions, sent] = await Promise.all([
    deps.assignments.listOfCompetition(competition.id),
    deps.reviews.listOfCompetition(competition.id),
    deps.deadlineExtensions.listOfCompetition(competition.id),
    deps.sentReminders.listOfCompetition(competition.id),
  ]);
  const claimed = new Set(sent.map(reminderKey));
  const dueFor = (unfinished: Map<string, string[]>) =>
    dueReminders({
      competitions: [reminderCompetitionOf(competition)],
      jurors: [...unfinished].map(([jurorId, applicationIds]): ReminderJuror => ({
        competitionId: competition.id,
        jurorId,
        unfinished: applicationIds.length,
        extensions: extensions.filter((extension) => extension.jurorId === jurorId),
      })),
      sent: claimed,
      now,
    });
  // Most hourly runs find nothing due: the conflicts (a query per juror) are read only when
  // something is. Leaving out conflicted work only lowers counts, so nothing new falls due.
  if (dueFor(unfinishedByJuror(assignments, reviews)).length === 0) return;
  // An application hidden from the juror by a conflict is not in their queue: it does not
  // count, and a juror left with only such applications has nothing to be reminded of.
  const conflicts = await competitionConflicts(deps, competition.id);
  const due = dueFor(unfinishedByJuror(withoutConflicted(assignments, conflicts.causes), reviews));
  for (const reminder of due) {
    const outcome = await sendOne(deps, competition, reminder, now, runId);
    if (outcome === 'skipped') report.skipped += 1;
    else if (outcome === 'failed') report.failed += 1;
    else report.sent.push(outcome);
  }
}

async function sendOne(
  deps: ReminderJobDeps,
  competition: CompetitionRecord,
  reminder: DueReminder,
  now: Date,
  runId: string,
): Promise<ReminderSent | 'skipped' | 'failed'> {
  const user = await deps.accounts.getUser(reminder.jurorId);
  if (!user) return 'skipped';
  const claim: SentReminderRecord = {
    competitionId: reminder.competitionId,
    jurorId: reminder.jurorId,
    deadlineAt: reminder.deadlineAt,
    daysBefore: reminder.daysBefore,
    claimedAt: now.toISOString(),
    runId,
  };
  // Recorded before sending: a concurrent run that loses this write sends nothing.
  if ((await deps.sentReminders.claim(claim)) === 'already-claimed') return 'skipped';
  const link = reviewQueueLink(deps.publicUrl, competition.id);
  const { subject, text } = automaticReviewReminder[user.locale]({
    name: user.displayName,
    competition: pickLocalized(competition.title, user.locale),
    unfinished: reminder.unfinished,
    deadline: writtenDeadline(reminder.deadlineAt, user.locale, competition.timeZone),
    daysLeft: daysLeft(reminder.deadlineAt, now),
    extended: reminder.extended,
    link,
  });
  try {
    await deps.mailer.send({ to: user.email, locale: user.locale, subject, text, link });
  } catch (error) {
    // Not sent: take the claim back so the next run tries again.
    await deps.sentReminders.release(claim);
    deps.logger.error('review reminder not sent', {
      competitionId: competition.id,
      jurorId: reminder.jurorId,
      error,
    });
    return 'failed';
  }
  await deps.audit.append({
    scope: `COMP#${competition.id}`,
    action: 'review.reminder-sent-automatically',
    at: now.toISOString(),
    details: {
      jurorId: reminder.jurorId,
      deadline: reminder.deadlineAt,
      daysBefore: reminder.daysBefore,
      unfinished: reminder.unfinished,
      locale: user.locale,
    },
  });
  deps.logger.info('review reminder sent', {
    competitionId: competition.id,
    jurorId: reminder.jurorId,
    daysBefore: reminder.daysBefore,
    locale: user.locale,
  });
  return {
    competitionId: competition.id,
    jurorId: reminder.jurorId,
    locale: user.locale,
    daysBefore: reminder.daysBefore,
    deadlineAt: reminder.deadlineAt,
    unfinished: reminder.unfinished,
  };
}
