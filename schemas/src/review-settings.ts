import { z } from 'zod';

/**
 * How a competition runs its review, set by its organisers beside the rubric and the calendar.
 * The review deadline is the calendar's `reviewEndsAt`; organisers extend it per juror.
 */

/** Optional rules of the assignment, each applied to every eligible application. */
export const AssignmentRules = z
  .object({
    /** At least one juror from a country other than the applicant's. */
    crossBorder: z.boolean(),
    /** At least one juror from the applicant's own country, who knows the local context. */
    localExpert: z.boolean(),
    /** Every juror shares a working language with the application. */
    sharedLanguage: z.boolean(),
  })
  .strict();
export type AssignmentRules = z.infer<typeof AssignmentRules>;

/**
 * The review settings as the API reports them. `divergenceThreshold` is in points of the
 * weighted total, which runs from 0 to 100 whatever the rubric's scales: an application is
 * flagged when its highest and lowest submitted totals are more than this many points apart.
 */
export const ReviewSettings = z.object({
  /** Jurors read applications without the organisation's name, people or contacts. */
  blind: z.boolean(),
  /** After submitting their own review, a juror may read the others' (never before). */
  showOtherReviewsAfterSubmit: z.boolean(),
  divergenceThreshold: z.number().min(0).max(100),
  /** A flagged application gets one more juror automatically. */
  extraJurorOnDivergence: z.boolean(),
  assignmentRules: AssignmentRules,
  /** Before assignment, jurors bid on applications (want, willing, not); bids raise affinity. */
  bidding: z.boolean(),
  /**
   * Automatic reminders: how many days before each juror's deadline a juror with reviews left is
   * emailed, once per number; `[]` turns them off. A day is 24 hours counted back from the
   * deadline's instant, so daylight-saving changes never move a reminder.
   */
  reminderDaysBefore: z
    .array(z.number().int().min(1).max(30))
    .max(5)
    .refine((days) => new Set(days).size === days.length, { message: 'Name each day once' }),
});
export type ReviewSettings = z.infer<typeof ReviewSettings>;

/** What a competition gets until its organisers say otherwise. */
export const reviewSettingDefaults: ReviewSettings = {
  blind: false,
  showOtherReviewsAfterSubmit: false,
  divergenceThreshold: 20,
  extraJurorOnDivergence: false,
  assignmentRules: { crossBorder: false, localExpert: false, sharedLanguage: false },
  bidding: false,
  reminderDaysBefore: [3, 1],
};

/** The same fields, each optional: a PATCH changes only those it names. */
export const ReviewSettingsChanges = ReviewSettings.partial();
export type ReviewSettingsChanges = z.infer<typeof ReviewSettingsChanges>;
