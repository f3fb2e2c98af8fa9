import { z } from 'zod';
import { Id } from './common.ts';

/** See functions/src/domain/application-lifecycle.ts for the moves between them. */
export const applicationStatuses = [
  'draft',
  'submitted',
  'withdrawn',
  'eligible',
  'ineligible',
  'in_review',
  'shortlisted',
  'not_selected',
  'winner',
] as const;
export const ApplicationStatus = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const SubmissionReceipt = z.object({
  applicationId: Id,
  version: z.number().int(),
  submittedAt: z.string(),
  contentHash: z.string(),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;

/** Answers arrive loose; the competition's form decides what they must be (forms/answers.ts). */
const LooseAnswers = z.record(z.string(), z.unknown());

export const CreateApplicationRequest = z
  .object({ competitionId: Id, trackId: Id, title: z.string().trim().min(1).max(300) })
  .strict();

export const SaveDraftRequest = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    answers: LooseAnswers,
    /** The version the client last read: a stale one is a conflict, never an overwrite. */
    version: z.number().int().min(1),
  })
  .strict();

export const ApplicationVersionRequest = z.object({ version: z.number().int().min(1) }).strict();

/** The screening decision; the applicant sees the reason. */
export const Eligibility = z.object({
  eligible: z.boolean(),
  reason: z.string().optional(),
  decidedAt: z.string(),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** A partner organisation on a joint application, often from the other country. */
export const ApplicationPartner = z
  .object({
    organisationId: Id,
    role: z.enum(['co_applicant', 'partner']),
    /** Its part in the project, in a sentence or two. */
    contribution: z.string().trim().max(1000).default(''),
    /** Sections of the form its members may edit; they can read everything. */
    editableSections: z.array(z.string().max(64)).max(50).default([]),
  })
  .strict();
export type ApplicationPartner = z.infer<typeof ApplicationPartner>;

/** A partner as the application shows it: with the name and country it had when it was added. */
export const PartnerOnApplication = ApplicationPartner.extend({
  organisationName: z.string().optional(),
  country: z.string().optional(),
});
export type PartnerOnApplication = z.infer<typeof PartnerOnApplication>;

export const SetPartnersRequest = z
  .object({ partners: z.array(ApplicationPartner).max(20), version: z.number().int().min(1) })
  .strict();

export const Application = z.object({
  id: Id,
  competitionId: Id,
  trackId: Id,
  organisationId: Id,
  /** As it was when the application started; for lists and search. */
  organisationName: z.string().optional(),
  country: z.string().optional(),
  eligibility: Eligibility.optional(),
  partners: z.array(PartnerOnApplication).optional(),
  title: z.string(),
  status: ApplicationStatus,
  answers: LooseAnswers,
  formVersion: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
  receipt: SubmissionReceipt.optional(),
});
export type Application = z.infer<typeof Application>;

export const ApplicationSummary = Application.omit({ answers: true }).extend({
  /** Drafts only: how many questions a submission would still find unanswered or invalid. */
  missingAnswers: z.number().int().nonnegative().optional(),
});
export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });
export type ApplicationList = z.infer<typeof ApplicationList>;

export const ApplicationParams = z.object({ organisationId: Id, applicationId: Id });

export const ApplicationsQuery = z.object({
  status: ApplicationStatus.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  track: Id.optional(),
  /** Words to find in the title or the organisation's name, any case. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
});
export type ApplicationsQuery = z.infer<typeof ApplicationsQuery>;

export const ApplicationPage = z.object({
  items: z.array(ApplicationSummary),
  nextCursor: z.string().optional(),
});
export type ApplicationPage = z.infer<typeof ApplicationPage>;

export const ApplicationCounts = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  byCountry: z.record(z.string(), z.number().int()),
  byTrack: z.record(z.string(), z.number().int()),
});
export type ApplicationCounts = z.infer<typeof ApplicationCounts>;

export const EligibilityRequest = z
  .object({
    eligible: z.boolean(),
    reason: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .refine((decision) => decision.eligible || (decision.reason?.length ?? 0) >= 5, {
    message: 'Give the applicant the reason for ineligibility',
    path: ['reason'],
  });

export const CompetitionApplicationParams = z.object({ competitionId: Id, applicationId: Id });
