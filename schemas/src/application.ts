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

export const Application = z.object({
  id: Id,
  competitionId: Id,
  trackId: Id,
  organisationId: Id,
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

export const ApplicationSummary = Application.omit({ answers: true });
export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });
export type ApplicationList = z.infer<typeof ApplicationList>;

export const ApplicationParams = z.object({ organisationId: Id, applicationId: Id });
