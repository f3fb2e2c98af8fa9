import { z } from 'zod';
import { CountryCode, Id, Instant } from './common.ts';
import { ReviewProgress } from './reviews.ts';

/**
 * Assignments of jurors to applications (docs/jury.md, "Assignments and reviews"): computed by
 * the solver (docs/assignment.md), edited by hand by organisers, or added on divergence.
 */

export const AssignmentSource = z.enum(['solver', 'manual', 'divergence']);
export type AssignmentSource = z.infer<typeof AssignmentSource>;

export const AssignmentView = z.object({
  applicationId: Id,
  applicationTitle: z.string(),
  jurorId: Id,
  jurorName: z.string(),
  source: AssignmentSource,
  assignedAt: z.string(),
  /** The organiser who assigned, or `system`. */
  assignedBy: z.string(),
  progress: ReviewProgress,
});
export type AssignmentView = z.infer<typeof AssignmentView>;

/** One juror's load against their bounds. */
export const JurorLoadView = z.object({
  jurorId: Id,
  jurorName: z.string(),
  country: CountryCode.optional(),
  load: z.number().int(),
  minLoad: z.number().int(),
  maxLoad: z.number().int(),
  available: z.boolean(),
  /** Reviews started or submitted: they stay whatever happens. */
  started: z.number().int(),
});
export type JurorLoadView = z.infer<typeof JurorLoadView>;

/** The eligible applications with how many jurors they have against the k they need. */
export const ApplicationCoverage = z.object({
  applicationId: Id,
  title: z.string(),
  trackId: Id,
  country: CountryCode.optional(),
  assigned: z.number().int(),
  required: z.number().int(),
});
export type ApplicationCoverage = z.infer<typeof ApplicationCoverage>;

export const AssignmentList = z.object({
  reviewsPerApplication: z.number().int(),
  items: z.array(AssignmentView),
  applications: z.array(ApplicationCoverage),
  jurors: z.array(JurorLoadView),
});
export type AssignmentList = z.infer<typeof AssignmentList>;

export const AddAssignmentRequest = z.object({ applicationId: Id, jurorId: Id }).strict();
export type AddAssignmentRequest = z.infer<typeof AddAssignmentRequest>;

export const SwapAssignmentRequest = z
  .object({ applicationId: Id, fromJurorId: Id, toJurorId: Id })
  .strict()
  .refine((swap) => swap.fromJurorId !== swap.toJurorId, {
    message: 'Choose another juror',
    path: ['toJurorId'],
  });
export type SwapAssignmentRequest = z.infer<typeof SwapAssignmentRequest>;

/**
 * A rule an edit leaves unmet for now, which further edits may fix: an application short of its
 * k jurors, a juror under their minimum, an incomplete application still lacking a juror from
 * another country (or its own).
 */
export const AssignmentWarning = z.object({
  rule: z.string(),
  message: z.string(),
  applicationId: Id.optional(),
  jurorId: Id.optional(),
  required: z.number().optional(),
  actual: z.number().optional(),
});
export type AssignmentWarning = z.infer<typeof AssignmentWarning>;

export const AssignmentEditResult = z.object({
  items: z.array(AssignmentView),
  warnings: z.array(AssignmentWarning),
});
export type AssignmentEditResult = z.infer<typeof AssignmentEditResult>;

export const RunAssignmentRequest = z
  .object({
    /** Compute and show the result without storing it. */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type RunAssignmentRequest = z.infer<typeof RunAssignmentRequest>;

export const AssignmentRuleName = z.enum([
  'fixedAssignments',
  'kReviews',
  'maxLoad',
  'minLoad',
  'sharedLanguage',
  'crossBorder',
  'localExpert',
]);

/** Why no assignment meets every rule: one entry per failing rule, with who and by how much. */
export const RuleFailureView = z.object({
  rule: AssignmentRuleName,
  message: z.string(),
  /** Reviews missing in total (or in excess, for kept reviews above a bound). */
  shortfall: z.number(),
  applications: z.array(
    z.object({
      applicationId: Id,
      title: z.string(),
      required: z.number(),
      available: z.number(),
      shortfall: z.number(),
    }),
  ),
  jurors: z.array(
    z.object({
      jurorId: Id,
      jurorName: z.string(),
      required: z.number(),
      available: z.number(),
      shortfall: z.number(),
    }),
  ),
  /** Kept reviews that break the rule. */
  pairs: z.array(z.object({ applicationId: Id, jurorId: Id })).optional(),
  /** For a collective shortage: the jurors who could take more, all at their maximum. */
  saturatedJurorIds: z.array(Id).optional(),
});
export type RuleFailureView = z.infer<typeof RuleFailureView>;

const PairView = z.object({ applicationId: Id, jurorId: Id });

export const AssignmentRunResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('optimal'),
    dryRun: z.boolean(),
    /** Total affinity minus the load penalty: the maximum any assignment can reach. */
    objective: z.number(),
    affinityTotal: z.number(),
    penalty: z.number(),
    added: z.array(PairView),
    removed: z.array(PairView),
    /** Reviews already started or submitted, kept as they were. */
    kept: z.number().int(),
    unchanged: z.number().int(),
    loads: z.array(JurorLoadView),
    loadSpread: z.object({ min: z.number(), median: z.number(), max: z.number() }),
    /** Whether the solver's optimality certificate checked out against the instance. */
    certified: z.boolean(),
    durationMs: z.number(),
  }),
  z.object({
    status: z.literal('infeasible'),
    failures: z.array(RuleFailureView),
    durationMs: z.number(),
  }),
]);
export type AssignmentRunResult = z.infer<typeof AssignmentRunResult>;

/**
 * Where a run stands. `loading` reads the jury, applications and conflicts; `solving` computes
 * the optimum; `checking` verifies its certificate; `saving` stores the changes (`saved` of
 * `toSave`); `finished` has the result or the problem.
 */
export const AssignmentRunStage = z.enum([
  'queued',
  'loading',
  'solving',
  'checking',
  'saving',
  'finished',
]);
export type AssignmentRunStage = z.infer<typeof AssignmentRunStage>;

/** A run started in the background (`POST …/assignment/runs`), as the page polls it. */
export const AssignmentRunStatus = z.object({
  runId: Id,
  competitionId: Id,
  dryRun: z.boolean(),
  state: z.enum(['running', 'done', 'failed']),
  stage: AssignmentRunStage,
  /** The share of the work done, 0 to 1, from the stages' usual weights. */
  fraction: z.number().min(0).max(1),
  /** While saving: changes stored so far, of `toSave`. */
  saved: z.number().int().optional(),
  toSave: z.number().int().optional(),
  startedAt: Instant,
  updatedAt: Instant,
  finishedAt: Instant.optional(),
  /** When `done`: what the synchronous `POST …/assignment/run` would have answered. */
  result: AssignmentRunResult.optional(),
  /** When `failed`: why, as a problem's code and detail. */
  problem: z.object({ code: z.string(), detail: z.string() }).optional(),
});
export type AssignmentRunStatus = z.infer<typeof AssignmentRunStatus>;

export const AssignmentRunParams = z.object({ competitionId: Id, runId: Id });

/** The latest runs of a competition, newest first, without their results. */
export const AssignmentRunList = z.object({
  items: z.array(AssignmentRunStatus.omit({ result: true })),
});
export type AssignmentRunList = z.infer<typeof AssignmentRunList>;

export const AssignmentPairParams = z.object({ competitionId: Id, applicationId: Id, userId: Id });
