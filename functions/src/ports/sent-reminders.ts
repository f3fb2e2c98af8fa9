/**
 * One automatic review reminder, recorded before its email is sent (domain/review-reminders.ts):
 * the record is what makes each reminder go out at most once, however many runs overlap.
 */
export interface SentReminderRecord {
  competitionId: string;
  jurorId: string;
  /** The juror's deadline the reminder is for (ISO instant, UTC). */
  deadlineAt: string;
  daysBefore: number;
  /** When the run that sends it claimed it. */
  claimedAt: string;
  /** Which run claimed it: only that run may take the claim back. */
  runId: string;
}

export interface SentReminderRepository {
  /**
   * Records the reminder unless it exists (a conditional put): only the run that gets `claimed`
   * sends the email; any other gets `already-claimed` and sends nothing.
   */
  claim(record: SentReminderRecord): Promise<'claimed' | 'already-claimed'>;
  /** Takes back this run's claim after its email failed, so a later run tries again. */
  release(record: SentReminderRecord): Promise<void>;
  /** The reminders recorded for a competition's jurors (one Query). */
  listOfCompetition(competitionId: string): Promise<SentReminderRecord[]>;
}
