import {
  Application,
  ApplicationCounts,
  ApplicationPage,
  ApplicationsQuery,
  CompetitionApplicationParams,
  CompetitionIdParams,
  EligibilityRequest,
} from '@laureate/schemas';
import { z } from 'zod';
import { decideTransition } from '#domain/application-lifecycle';
import { effectivePhase } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import { applicationsTable } from '#export/application-table';
import { toCsv } from '#export/table';
import { toXlsx } from '#export/xlsx';
import type { ApplicationRecord } from '#ports/application-repository';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const listApplications = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/applications',
  tags: ['screening'],
  summary:
    "The competition's applications, filtered by status, country, track and words in the title or organisation",
  description:
    'Drafts are never listed. Filters other than status apply within each page; follow `nextCursor`.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, query: ApplicationsQuery },
  responses: {
    200: { description: 'A page', content: jsonContent(ApplicationPage) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const countApplications = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/applications/counts',
  tags: ['screening'],
  summary: 'Submitted applications counted per status, country and track',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'Counts', content: jsonContent(ApplicationCounts) },
    ...problemResponses(401, 403, 404),
  },
});

const decideEligibility = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/applications/{applicationId}/eligibility',
  tags: ['screening'],
  summary: 'Mark an application eligible or ineligible (with the reason the applicant will read)',
  access: 'competition-organiser',
  request: { params: CompetitionApplicationParams, body: jsonBody(EligibilityRequest) },
  responses: {
    200: { description: 'Decided', content: jsonContent(Application) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const exportApplications = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/applications/export',
  tags: ['screening'],
  summary: 'Every submitted application with all answers, as CSV (UTF-8 with BOM) or XLSX',
  access: 'competition-organiser',
  request: {
    params: CompetitionIdParams,
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/csv': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary' }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** Drafts belong to their NGO until submitted: organisers never see them. */
const beyondDraft = (application: ApplicationRecord) => application.status !== 'draft';

function matches(
  application: ApplicationRecord,
  query: z.infer<typeof ApplicationsQuery>,
): boolean {
  if (query.country && application.country !== query.country) return false;
  if (query.track && application.trackId !== query.track) return false;
  if (query.q) {
    const haystack = `${application.title} ${application.organisationName ?? ''}`.toLocaleLowerCase(
      'ru',
    );
    if (
      !query.q
        .toLocaleLowerCase('ru')
        .split(/\s+/u)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  return true;
}

const count = (values: string[]) =>
  values.reduce<Record<string, number>>(
    (counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }),
    {},
  );

export const screeningRoutes = createRouter()
  .openapi(countApplications, async (c) => {
    const all = (
      await c.var.deps.applications.allOfCompetition(c.req.valid('param').competitionId)
    ).filter(beyondDraft);
    return c.json(
      {
        total: all.length,
        byStatus: count(all.map((application) => application.status)),
        byCountry: count(all.map((application) => application.country ?? '??')),
        byTrack: count(all.map((application) => application.trackId)),
      },
      200,
    );
  })
  .openapi(exportApplications, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const { competitions, applications } = c.var.deps;
    const competition = (await competitions.get(competitionId))!;
    const form = competition.formVersion
      ? await competitions.getForm(competitionId, competition.formVersion)
      : undefined;
    const table = applicationsTable(
      (await applications.allOfCompetition(competitionId)).filter(beyondDraft),
      form,
    );
    const filename = `${competitionId}-applications.${format}`;
    const disposition = { 'content-disposition': `attachment; filename="${filename}"` };
    if (format === 'xlsx') {
      return c.body(Buffer.from(toXlsx(table)), 200, {
        ...disposition,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    }
    return c.body(toCsv(table), 200, { ...disposition, 'content-type': 'text/csv; charset=utf-8' });
  })
  .openapi(listApplications, async (c) => {
    const { competitionId } = c.req.valid('param');
    const query = c.req.valid('query');
    const page = await c.var.deps.applications.listOfCompetition(competitionId, {
      limit: query.limit,
      ...(query.status ? { status: query.status } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    const items = page.items
      .filter(beyondDraft)
      .filter((application) => matches(application, query))
      .map(({ answers: _answers, ...summary }) => summary);
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  })
  .openapi(decideEligibility, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { eligible, reason, version } = c.req.valid('json');
    const { applications, competitions, audit, clock } = c.var.deps;
    const application = await applications.get(applicationId);
    if (
      !application ||
      application.competitionId !== competitionId ||
      application.status === 'draft'
    ) {
      throw new DomainError(
        'resource/not-found',
        'No such submitted application in this competition',
      );
    }
    const now = clock.now();
    const phase = effectivePhase((await competitions.get(competitionId))!, now);
    const decision = decideTransition(
      application.status,
      eligible ? 'mark-eligible' : 'mark-ineligible',
      { role: 'organiser', phase },
    );
    if (!decision.allowed) {
      throw new DomainError(
        'application/not-allowed',
        decision.reason === 'wrong-phase'
          ? 'Screening happens in the screening phase'
          : `Cannot screen an application that is ${application.status}`,
        { phase },
      );
    }
    const next: ApplicationRecord = {
      ...application,
      status: decision.next,
      eligibility: { eligible, ...(reason ? { reason } : {}), decidedAt: now.toISOString() },
      updatedAt: now.toISOString(),
      version: version + 1,
    };
    await applications.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: eligible ? 'application.marked-eligible' : 'application.marked-ineligible',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
      details: { applicationId, ...(reason ? { reason } : {}) },
    });
    return c.json(next, 200);
  });
