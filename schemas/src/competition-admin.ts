import { z } from 'zod';
import { CountryCode, Id, Locale, LocalizedText, TimeZone } from './common.ts';
import { Email } from './auth.ts';
import { CompetitionCalendar, CompetitionPhase, Track } from './competition.ts';
import { ReviewSettings, ReviewSettingsChanges } from './review-settings.ts';

/** The ids of the built-in application forms (schemas/src/forms/templates.ts). */
export const FormTemplateId = z.enum(['cross-border-social-project', 'best-practice-award']);
export type FormTemplateId = z.infer<typeof FormTemplateId>;

export const CreateCompetitionRequest = z
  .object({
    title: LocalizedText,
    summary: LocalizedText,
    countries: z.array(CountryCode).min(1).max(50),
    tracks: z.array(Track).max(30).default([]),
    timeZone: TimeZone,
    calendar: CompetitionCalendar,
    requireSecondFactor: z.boolean().default(false),
    /** A built-in form (`GET /api/form-templates`) saved as the competition's first form version. */
    formTemplate: FormTemplateId.optional(),
    /** The creating administrator also becomes an organiser of the new competition (audited). */
    addMeAsOrganiser: z.boolean().default(false),
  })
  .strict();
export type CreateCompetitionRequest = z.infer<typeof CreateCompetitionRequest>;

export const CompetitionCreated = z.object({ id: Id, version: z.number().int() });

export const GrantOrganiserRequest = z.object({ email: Email }).strict();

export const JurorProfile = z
  .object({
    affiliation: z.string().trim().min(1).max(300),
    affiliationKind: z.enum(['state_body', 'public_organisation', 'academic', 'other']),
    country: CountryCode,
    /** Track ids of this competition and free themes; matched against applications' tracks. */
    expertise: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    languages: z.array(Locale).min(1).max(3),
    /** The organisation (NGO) on the platform the juror belongs to, if any: a conflict source. */
    affiliationOrganisationId: Id.optional(),
  })
  .strict();
export type JurorProfile = z.infer<typeof JurorProfile>;

export const InviteJurorRequest = z.object({ email: Email, locale: Locale.optional() }).strict();
export const AcceptJurorInvitationRequest = z
  .object({ token: z.string().regex(/^[\w-]{43}$/), profile: JurorProfile })
  .strict();

export const CompetitionMember = z.object({
  userId: Id,
  displayName: z.string(),
  email: z.string(),
  role: z.enum(['organiser', 'juror']),
  jurorProfile: JurorProfile.optional(),
  since: z.string(),
});
export const CompetitionMemberList = z.object({ items: z.array(CompetitionMember) });

export const AuditEntryView = z.object({
  at: z.string(),
  action: z.string(),
  actorId: z.string().optional(),
  ip: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export const AuditPage = z.object({
  items: z.array(AuditEntryView),
  nextCursor: z.string().optional(),
});
export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
});

export const OutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  locale: Locale,
  sentAt: z.string(),
  /** The action link in the message, if any, for following flows on one machine. */
  link: z.string().optional(),
});
export const OutboxPage = z.object({ items: z.array(OutboxMessage) });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export type CompetitionCreated = z.infer<typeof CompetitionCreated>;
export type CompetitionMemberList = z.infer<typeof CompetitionMemberList>;
export type AuditPage = z.infer<typeof AuditPage>;
export type OutboxPage = z.infer<typeof OutboxPage>;

/** One criterion of the rubric: a weight, an integer scale, and what each level means. */
export const RubricCriterion = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'Use lower-case letters, digits and "-"'),
    title: LocalizedText,
    weight: z.number().positive().max(100),
    scale: z
      .object({ min: z.number().int().min(0), max: z.number().int().max(100) })
      .refine((scale) => scale.max > scale.min, {
        message: 'The top of the scale must be above the bottom',
      }),
    levels: z
      .array(z.object({ score: z.number().int(), descriptor: LocalizedText }))
      .max(101)
      .default([]),
  })
  .strict();
export type RubricCriterion = z.infer<typeof RubricCriterion>;

export const Rubric = z.object({ criteria: z.array(RubricCriterion).max(30) }).strict();
export type Rubric = z.infer<typeof Rubric>;

/** "Four winners from each country": a bound per group of a dimension. */
export const Quota = z
  .object({
    dimension: z.enum(['country', 'track']),
    winnersPerGroup: z.number().int().min(1).max(1000),
  })
  .strict();
export type Quota = z.infer<typeof Quota>;

/** A phase set by hand, with the reason that is audited; it holds until cleared. */
export const PhaseOverride = z.object({
  phase: CompetitionPhase,
  reason: z.string(),
  setAt: z.string(),
  setBy: z.string(),
});
export type PhaseOverride = z.infer<typeof PhaseOverride>;

export const FormSummary = z.object({
  /** The form's id: a template's id while the form is based on that template. */
  id: Id,
  title: LocalizedText,
  version: z.number().int(),
});
export type FormSummary = z.infer<typeof FormSummary>;

/** Everything organisers configure; what the public sees is CompetitionSummary. */
export const CompetitionSettings = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  countries: z.array(CountryCode),
  tracks: z.array(Track),
  timeZone: z.string(),
  calendar: CompetitionCalendar,
  requireSecondFactor: z.boolean(),
  reviewsPerApplication: z.number().int(),
  ...ReviewSettings.shape,
  rubric: Rubric,
  quotas: z.array(Quota),
  phase: CompetitionPhase,
  phaseOverride: PhaseOverride.optional(),
  publishedAt: z.string().optional(),
  /** The current application form, if one has been saved: which one, and its version. */
  form: FormSummary.optional(),
  version: z.number().int(),
});
export type CompetitionSettings = z.infer<typeof CompetitionSettings>;

export const UpdateCompetitionRequest = z
  .object({
    title: LocalizedText.optional(),
    summary: LocalizedText.optional(),
    countries: z.array(CountryCode).min(1).max(50).optional(),
    tracks: z.array(Track).max(30).optional(),
    timeZone: TimeZone.optional(),
    calendar: CompetitionCalendar.optional(),
    requireSecondFactor: z.boolean().optional(),
    reviewsPerApplication: z.number().int().min(1).max(10).optional(),
    ...ReviewSettingsChanges.shape,
    rubric: Rubric.optional(),
    quotas: z.array(Quota).max(10).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UpdateCompetitionRequest = z.infer<typeof UpdateCompetitionRequest>;

export const PublishCompetitionRequest = z.object({ version: z.number().int().min(1) }).strict();

export const SetPhaseRequest = z
  .object({
    /** null returns the competition to its calendar. */
    phase: CompetitionPhase.nullable(),
    reason: z
      .string()
      .trim()
      .min(10, 'Explain the change in a sentence: it is kept in the audit trail')
      .max(1000),
    version: z.number().int().min(1),
  })
  .strict();
