import { defineRoute } from '../define-route.ts';
import {
  CompetitionIdParams,
  CompetitionList,
  CompetitionSummary,
  ListCompetitionsQuery,
} from '@laureate/schemas';
import { effectivePhase, listingFor } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import type { CompetitionRecord } from '#ports/competition-repository';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

/** The public view of a stored competition, with its phase derived at `now`. */
export function toSummary(
  record: CompetitionRecord & { publishedAt: string },
  now: Date,
): CompetitionSummary {
  const phase = effectivePhase(record, now);
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    countries: record.countries,
    tracks: record.tracks,
    timeZone: record.timeZone,
    calendar: record.calendar,
    phase,
    listing: listingFor(phase),
    publishedAt: record.publishedAt,
  };
}

function isPublished(
  record: CompetitionRecord,
): record is CompetitionRecord & { publishedAt: string } {
  return record.publishedAt !== undefined;
}

const listCompetitions = defineRoute({
  method: 'get',
  path: '/competitions',
  tags: ['competitions'],
  summary: 'Published competitions, newest call first',
  description:
    'Filter with `listing` (open, upcoming, in_progress, past). Pages hold up to `limit` ' +
    'competitions before filtering; follow `nextCursor` for more.',
  access: 'public',
  request: { query: ListCompetitionsQuery },
  responses: {
    200: {
      description: 'A page of competitions',
      content: { 'application/json': { schema: CompetitionList } },
    },
    ...problemResponses(400),
  },
});

const getCompetition = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}',
  tags: ['competitions'],
  summary: 'One published competition',
  access: 'public',
  request: { params: CompetitionIdParams },
  responses: {
    200: {
      description: 'The competition',
      content: { 'application/json': { schema: CompetitionSummary } },
    },
    ...problemResponses(400, 404),
  },
});

export const competitionRoutes = createRouter()
  .openapi(listCompetitions, async (c) => {
    const { listing, limit, cursor } = c.req.valid('query');
    const now = c.var.deps.clock.now();
    const page = await c.var.deps.competitions.listPublished({
      limit,
      ...(cursor ? { cursor } : {}),
    });
    const items = page.items
      .filter(isPublished)
      .map((record) => toSummary(record, now))
      .filter((summary) => listing === undefined || summary.listing === listing);
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  })
  .openapi(getCompetition, async (c) => {
    const { competitionId } = c.req.valid('param');
    const record = await c.var.deps.competitions.get(competitionId);
    // Unpublished competitions are private to their organisers: answer as if absent.
    if (!record || !isPublished(record)) {
      throw new DomainError('competition/not-found', 'No published competition has this id', {
        competitionId,
      });
    }
    return c.json(toSummary(record, c.var.deps.clock.now()), 200);
  });
