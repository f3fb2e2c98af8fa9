import { z } from 'zod';
import { CountryCode, Id, Instant, Locale, LocalizedText } from './common.ts';
import { Rubric } from './competition-admin.ts';
import { Track } from './competition.ts';
import { FormDefinition } from './forms/form-definition.ts';

/**
 * Reviews: one juror's scores and comments on one application (docs/jury.md, "Assignments and
 * reviews"). Weighted totals are always computed by the server from the competition's rubric,
 * on a 0–100 scale; a client never sends one.
 */

export const reviewRecommendations = ['support', 'support_with_changes', 'do_not_support'] as const;
export const Recommendation = z.enum(reviewRecommendations);
export type Recommendation = z.infer<typeof Recommendation>;

export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

export const ReviewStatus = z.enum(['draft', 'submitted']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Where a juror stands with one assigned application. */
export const ReviewProgress = z.enum(['not_started', 'in_progress', 'submitted']);
export type ReviewProgress = z.infer<typeof ReviewProgress>;

/** One criterion's score (an integer on the criterion's scale) and its comment. */
export const CriterionScore = z
  .object({
    score: z.number().int().optional(),
    comment: z.string().trim().max(4000).optional(),
  })
  .strict();
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Keys are the rubric's criterion ids; the server checks them against the rubric. */
export const CriterionScores = z.record(z.string().max(64), CriterionScore);
export type CriterionScores = z.infer<typeof CriterionScores>;

/** What a juror writes. Drafts may be incomplete; a submitted review must be complete. */
export const ReviewContent = z
  .object({
    scores: CriterionScores.default({}),
    overallComment: z.string().trim().max(10_000).default(''),
    recommendation: Recommendation.optional(),
    confidence: Confidence.optional(),
  })
  .strict();
export type ReviewContent = z.infer<typeof ReviewContent>;

/**
 * An autosave or a submission: the whole content and the version the client last read (0 for a
 * review not yet started). A stale version is a 409 conflict, never an overwrite.
 */
export const SaveReviewRequest = ReviewContent.extend({
  version: z.number().int().min(0),
}).strict();
export type SaveReviewRequest = z.infer<typeof SaveReviewRequest>;

/** A juror's own review as they read it back. */
export const OwnReview = z.object({
  applicationId: Id,
  status: ReviewStatus,
  scores: CriterionScores,
  overallComment: z.string(),
  recommendation: Recommendation.optional(),
  confidence: Confidence.optional(),
  /** 0–100, computed by the server once every criterion has a score. */
  weightedTotal: z.number().optional(),
  /** Every criterion scored, a recommendation, a confidence and an overall comment given. */
  complete: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The latest submission; edits after it keep the review submitted. */
  submittedAt: z.string().optional(),
  firstSubmittedAt: z.string().optional(),
});
export type OwnReview = z.infer<typeof OwnReview>;

/** Every saved or submitted version of one's own review, oldest first: nothing is overwritten. */
export const ReviewVersionList = z.object({ items: z.array(OwnReview) });
export type ReviewVersionList = z.infer<typeof ReviewVersionList>;

/** When a juror's reviews close: the calendar's review end, or a later extension for them. */
export const ReviewDeadline = z.object({
  at: Instant,
  /** The competition's own review end, before any extension. */
  reviewEndsAt: Instant,
  extended: z.boolean(),
  /** Whether reviews can be saved and submitted now, by the server's clock. */
  open: z.boolean(),
});
export type ReviewDeadline = z.infer<typeof ReviewDeadline>;

/** One application in a juror's queue. Blind competitions leave the organisation out. */
export const ReviewQueueItem = z.object({
  applicationId: Id,
  title: z.string(),
  trackId: Id,
  country: CountryCode.optional(),
  organisationName: z.string().optional(),
  progress: ReviewProgress,
  weightedTotal: z.number().optional(),
  assignedAt: z.string(),
  updatedAt: z.string().optional(),
  submittedAt: z.string().optional(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReviewQueue = z.object({
  competitionId: Id,
  title: LocalizedText,
  /** The competition's time zone; show the deadline in it and in the juror's own. */
  timeZone: z.string(),
  blind: z.boolean(),
  deadline: ReviewDeadline,
  counts: z.object({
    assigned: z.number().int(),
    notStarted: z.number().int(),
    inProgress: z.number().int(),
    submitted: z.number().int(),
  }),
  items: z.array(ReviewQueueItem),
});
export type ReviewQueue = z.infer<typeof ReviewQueue>;

/** An organisation named on the application; names are left out when the review is blind. */
export const WorkspaceOrganisation = z.object({
  role: z.enum(['lead', 'co_applicant', 'partner']),
  name: z.string().optional(),
  country: CountryCode.optional(),
});

/** The application as a juror reads it: read-only, and anonymised when the review is blind. */
export const ReviewedApplication = z.object({
  id: Id,
  title: z.string(),
  trackId: Id,
  country: CountryCode.optional(),
  organisations: z.array(WorkspaceOrganisation),
  formVersion: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  submittedAt: z.string().optional(),
  /**
   * Answers removed because the review is blind, as field ids (`contactEmail`) or, inside a
   * repeatable group, `group.field` (`partners.organisationName`).
   */
  hiddenFields: z.array(z.string()),
});
export type ReviewedApplication = z.infer<typeof ReviewedApplication>;

/** Everything the scoring page needs in one read. */
export const ReviewWorkspace = z.object({
  competition: z.object({
    id: Id,
    title: LocalizedText,
    timeZone: z.string(),
    tracks: z.array(Track),
    blind: z.boolean(),
    showOtherReviewsAfterSubmit: z.boolean(),
  }),
  application: ReviewedApplication,
  /** The form the application answers, to lay the answers out. */
  form: FormDefinition.optional(),
  /** Criteria with weights, scales and the descriptor of each level. */
  rubric: Rubric,
  /** Absent until the juror first saves. */
  review: OwnReview.optional(),
  deadline: ReviewDeadline,
  /** Whether the other jurors' reviews can be read now (GET …/reviews/{applicationId}/others). */
  otherReviewsReadable: z.boolean(),
  /** Neighbours in the juror's queue, for keyboard navigation. */
  previousApplicationId: Id.optional(),
  nextApplicationId: Id.optional(),
});
export type ReviewWorkspace = z.infer<typeof ReviewWorkspace>;

/** Another juror's submitted review, as a fellow juror reads it: never who wrote it. */
export const PeerReview = z.object({
  /** A stable label within the application ("Reviewer 2"); the caller's own is marked. */
  reviewer: z.string(),
  own: z.boolean(),
  scores: CriterionScores,
  overallComment: z.string(),
  recommendation: Recommendation.optional(),
  confidence: Confidence.optional(),
  weightedTotal: z.number().optional(),
  submittedAt: z.string().optional(),
});
export type PeerReview = z.infer<typeof PeerReview>;

export const PeerReviewList = z.object({
  items: z.array(PeerReview),
  /** Highest minus lowest weighted total, once two reviews are in. */
  spread: z.number().optional(),
});
export type PeerReviewList = z.infer<typeof PeerReviewList>;

/** A review as organisers read it: with the juror. */
export const OrganiserReviewView = z.object({
  jurorId: Id,
  jurorName: z.string(),
  jurorCountry: CountryCode.optional(),
  status: ReviewStatus,
  scores: CriterionScores,
  overallComment: z.string(),
  recommendation: Recommendation.optional(),
  confidence: Confidence.optional(),
  weightedTotal: z.number().optional(),
  version: z.number().int(),
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
});
export type OrganiserReviewView = z.infer<typeof OrganiserReviewView>;

export const ApplicationReviewList = z.object({
  applicationId: Id,
  title: z.string(),
  items: z.array(OrganiserReviewView),
  spread: z.number().optional(),
  divergent: z.boolean(),
});
export type ApplicationReviewList = z.infer<typeof ApplicationReviewList>;

/** What happened about an extra juror for a flagged application. */
export const ExtraJurorOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not_requested') }),
  z.object({
    status: z.literal('assigned'),
    jurorId: Id,
    jurorName: z.string(),
    assignedAt: z.string(),
  }),
  z.object({ status: z.literal('none_available'), checkedAt: z.string() }),
]);
export type ExtraJurorOutcome = z.infer<typeof ExtraJurorOutcome>;

export const DivergenceItem = z.object({
  applicationId: Id,
  title: z.string(),
  trackId: Id,
  country: CountryCode.optional(),
  totals: z.array(z.object({ jurorId: Id, jurorName: z.string(), weightedTotal: z.number() })),
  spread: z.number(),
  /** When the application was first flagged. */
  flaggedAt: z.string(),
  extraJuror: ExtraJurorOutcome,
});
export type DivergenceItem = z.infer<typeof DivergenceItem>;

export const DivergenceList = z.object({
  threshold: z.number(),
  extraJurorOnDivergence: z.boolean(),
  items: z.array(DivergenceItem),
});
export type DivergenceList = z.infer<typeof DivergenceList>;

export const ProgressCounts = z.object({
  assigned: z.number().int(),
  notStarted: z.number().int(),
  inProgress: z.number().int(),
  submitted: z.number().int(),
});
export type ProgressCounts = z.infer<typeof ProgressCounts>;

/**
 * Where a juror stands against their deadline: `done` (everything submitted), `on_track`,
 * `due_soon` (unfinished work and the deadline within three days), `overdue` (deadline passed).
 */
export const JurorStatus = z.enum(['done', 'on_track', 'due_soon', 'overdue']);
export type JurorStatus = z.infer<typeof JurorStatus>;

/** The spread of one juror's submitted weighted totals, to see severe or lenient jurors. */
export const ScoreDistribution = z.object({
  count: z.number().int(),
  mean: z.number().optional(),
  median: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  standardDeviation: z.number().optional(),
  /** Ten bins of ten points: [0,10), [10,20), … [90,100]. */
  histogram: z.array(z.number().int()).length(10),
});
export type ScoreDistribution = z.infer<typeof ScoreDistribution>;

export const JurorProgress = ProgressCounts.extend({
  jurorId: Id,
  displayName: z.string(),
  country: CountryCode.optional(),
  locale: Locale,
  deadline: Instant,
  extended: z.boolean(),
  status: JurorStatus,
  scores: ScoreDistribution,
});
export type JurorProgress = z.infer<typeof JurorProgress>;

export const ReviewProgressReport = z.object({
  reviewEndsAt: Instant,
  timeZone: z.string(),
  generatedAt: z.string(),
  totals: ProgressCounts,
  /** Every juror with assignments, or on the jury. */
  byJuror: z.array(JurorProgress),
  byTrack: z.array(ProgressCounts.extend({ trackId: Id })),
  /** The applicant's country. */
  byCountry: z.array(ProgressCounts.extend({ country: z.string() })),
  /** Jurors past their deadline with work left, for one-click reminders. */
  overdueJurorIds: z.array(Id),
  /** The distribution of every submitted weighted total, to compare jurors with. */
  allScores: ScoreDistribution,
});
export type ReviewProgressReport = z.infer<typeof ReviewProgressReport>;

/** One juror, or every juror in a group: `overdue`, or `unfinished` (any work left). */
export const SendRemindersRequest = z.union([
  z.object({ jurorId: Id }).strict(),
  z.object({ scope: z.enum(['overdue', 'unfinished']) }).strict(),
]);
export type SendRemindersRequest = z.infer<typeof SendRemindersRequest>;

export const RemindersSent = z.object({
  sent: z.array(z.object({ jurorId: Id, locale: Locale, unfinished: z.number().int() })),
});
export type RemindersSent = z.infer<typeof RemindersSent>;

export const GrantExtensionRequest = z
  .object({
    until: Instant,
    reason: z.string().trim().min(5, 'Say why in a few words: it is kept in the history').max(1000),
  })
  .strict();
export type GrantExtensionRequest = z.infer<typeof GrantExtensionRequest>;

export const DeadlineExtension = z.object({
  until: Instant,
  reason: z.string(),
  grantedBy: Id,
  grantedAt: z.string(),
});
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;

/** A juror's deadline and every extension granted to them, oldest first; the latest holds. */
export const DeadlineExtensionHistory = z.object({
  jurorId: Id,
  deadline: ReviewDeadline,
  items: z.array(DeadlineExtension),
});
export type DeadlineExtensionHistory = z.infer<typeof DeadlineExtensionHistory>;

export const ReviewApplicationParams = z.object({ competitionId: Id, applicationId: Id });
/** A file of an application under review: `fileId` is a file answer's `fileId` in the workspace. */
export const ReviewAttachmentParams = ReviewApplicationParams.extend({ fileId: Id });
