import { z } from 'zod';
import { CountryCode, Id, Instant, LocalizedText, TimeZone } from './common.ts';

/**
 * The phases a competition moves through, in order. See docs/data-model.md and the brief.
 * `upcoming` precedes the call; `results` follows publication.
 */
export const competitionPhases = [
  'upcoming',
  'call_open',
  'screening',
  'review',
  'deliberation',
  'results',
] as const;
export const CompetitionPhase = z.enum(competitionPhases);
export type CompetitionPhase = z.infer<typeof CompetitionPhase>;

/** Each deadline is one instant in UTC; each ends the phase named before it. */
export const CompetitionCalendar = z.object({
  callOpensAt: Instant,
  submissionDeadline: Instant,
  screeningEndsAt: Instant,
  reviewEndsAt: Instant,
  resultsAt: Instant,
});
export type CompetitionCalendar = z.infer<typeof CompetitionCalendar>;

export const Track = z.object({
  id: Id,
  title: LocalizedText,
});
export type Track = z.infer<typeof Track>;

/** How the public listing groups competitions. */
export const CompetitionListing = z.enum(['open', 'upcoming', 'in_progress', 'past']);
export type CompetitionListing = z.infer<typeof CompetitionListing>;

/** What anyone may see of a published competition. */
export const CompetitionSummary = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  countries: z.array(CountryCode).min(1),
  tracks: z.array(Track),
  timeZone: TimeZone,
  calendar: CompetitionCalendar,
  phase: CompetitionPhase,
  listing: CompetitionListing,
  publishedAt: Instant,
});
export type CompetitionSummary = z.infer<typeof CompetitionSummary>;

export const ListCompetitionsQuery = z.object({
  listing: CompetitionListing.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});
export type ListCompetitionsQuery = z.infer<typeof ListCompetitionsQuery>;

export const CompetitionList = z.object({
  items: z.array(CompetitionSummary),
  /** Opaque; pass back as `cursor` to get the next page. Absent on the last page. */
  nextCursor: z.string().optional(),
});
export type CompetitionList = z.infer<typeof CompetitionList>;

export const CompetitionIdParams = z.object({ competitionId: Id });
