import { z } from 'zod';
import { CountryCode, Id, Locale, LocalizedText, TimeZone } from './common.ts';
import { Email } from './auth.ts';
import { CompetitionCalendar, Track } from './competition.ts';

export const CreateCompetitionRequest = z
  .object({
    title: LocalizedText,
    summary: LocalizedText,
    countries: z.array(CountryCode).min(1).max(50),
    tracks: z.array(Track).max(30).default([]),
    timeZone: TimeZone,
    calendar: CompetitionCalendar,
    requireSecondFactor: z.boolean().default(false),
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
    expertise: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    languages: z.array(Locale).min(1).max(3),
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
