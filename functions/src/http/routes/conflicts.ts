import {
  CompetitionApplicationJurorParams,
  CompetitionApplicationParams,
  CompetitionIdParams,
  ConflictDeclaration,
  ConflictList,
  DeclareConflictRequest,
  PlaceBidRequest,
  type ConflictSource,
  type ConflictView,
  type DeclarationItem,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { applicationOrganisationIds, conflictCauses } from '#domain/conflicts';
import { DomainError } from '#domain/errors';
import { isDeclarable } from '#domain/jury-pool';
import { pickLocalized } from '#domain/localized-text';
import { reviewSettingsOf } from '#domain/review-settings';
import type { ApplicationRecord } from '#ports/application-repository';
import type { OrganisationRecord } from '#ports/organisation-repository';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { competitionConflicts, jurorConflictFacts } from '../jury-context.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, usersById } from '../review-context.ts';
import { createRouter } from '../router.ts';

const readDeclaration = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/conflict-declaration',
  tags: ['jury'],
  summary:
    "The competition's submitted applications, titles and organisations only, with your conflicts and bids",
  description:
    'Never answers, people or contacts: jurors declare conflicts before anything is assigned. ' +
    'Organisers’ reasons for their declarations are not shown.',
  access: 'competition-juror',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The list', content: jsonContent(ConflictDeclaration) },
    ...problemResponses(401, 403, 404),
  },
});

const declareOwn = defineRoute({
  method: 'put',
  path: '/competitions/{competitionId}/conflicts/{applicationId}',
  tags: ['jury'],
  summary: 'Declare your conflict of interest with an application, with an optional reason',
  description: 'Idempotent: declaring again replaces the reason. Only organisers read the reason.',
  access: 'competition-juror',
  request: { params: CompetitionApplicationParams, body: jsonBody(DeclareConflictRequest) },
  responses: { 204: { description: 'Declared' }, ...problemResponses(400, 401, 403, 404) },
});

const withdrawOwn = defineRoute({
  method: 'delete',
  path: '/competitions/{competitionId}/conflicts/{applicationId}',
  tags: ['jury'],
  summary: 'Withdraw your own declaration (conflicts from other sources stay)',
  access: 'competition-juror',
  request: { params: CompetitionApplicationParams },
  responses: { 204: { description: 'Withdrawn' }, ...problemResponses(401, 403, 404) },
});

const declareForJuror = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/applications/{applicationId}/conflicts/{userId}',
  tags: ['jury'],
  summary: 'Declare a juror in conflict with an application (organisers)',
  access: 'competition-organiser',
  request: { params: CompetitionApplicationJurorParams, body: jsonBody(DeclareConflictRequest) },
  responses: { 204: { description: 'Declared' }, ...problemResponses(400, 401, 403, 404) },
});

const withdrawForJuror = defineRoute({
  method: 'delete',
  path: '/competitions/{competitionId}/applications/{applicationId}/conflicts/{userId}',
  tags: ['jury'],
  summary: "Withdraw the organisers' declaration (the juror's own and automatic ones stay)",
  access: 'competition-organiser',
  request: { params: CompetitionApplicationJurorParams },
  responses: { 204: { description: 'Withdrawn' }, ...problemResponses(401, 403, 404) },
});

const listConflicts = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/conflicts',
  tags: ['jury'],
  summary: 'Every conflict of interest in the competition, with its causes (organisers)',
  description:
    'Automatic causes (membership of, or affiliation with, an organisation on the application, ' +
    'lead or partner) are computed at each read; declarations are stored.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The conflicts', content: jsonContent(ConflictList) },
    ...problemResponses(401, 403, 404),
  },
});

const placeBid = defineRoute({
  method: 'put',
  path: '/competitions/{competitionId}/bids/{applicationId}',
  tags: ['jury'],
  summary: 'Bid on an application: want, willing or not (only where bidding is on)',
  access: 'competition-juror',
  request: { params: CompetitionApplicationParams, body: jsonBody(PlaceBidRequest) },
  responses: { 204: { description: 'Bid kept' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const clearBid = defineRoute({
  method: 'delete',
  path: '/competitions/{competitionId}/bids/{applicationId}',
  tags: ['jury'],
  summary: 'Clear your bid on an application (only where bidding is on)',
  access: 'competition-juror',
  request: { params: CompetitionApplicationParams },
  responses: { 204: { description: 'Cleared' }, ...problemResponses(401, 403, 404, 409) },
});

const noSuchApplication = () =>
  new DomainError('resource/not-found', 'No such submitted application in this competition');

/** An application of this competition that jurors may name; 404 for anything else. */
async function declarableApplication(
  c: Context<AppEnv>,
  competitionId: string,
  applicationId: string,
  accept: (application: ApplicationRecord) => boolean,
): Promise<ApplicationRecord> {
  const application = await c.var.deps.applications.get(applicationId);
  if (!application || application.competitionId !== competitionId || !accept(application)) {
    throw noSuchApplication();
  }
  return application;
}

const forJurors = (application: ApplicationRecord) => isDeclarable(application.status);
/** Organisers never see drafts; any later application may get a declaration. */
const forOrganisers = (application: ApplicationRecord) => application.status !== 'draft';

async function requireBidding(c: Context<AppEnv>, competitionId: string): Promise<void> {
  if (!reviewSettingsOf(await competitionOf(c, competitionId)).bidding) {
    throw new DomainError('jury/bidding-off', 'This competition does not take bids');
  }
}

async function audited(
  c: Context<AppEnv>,
  competitionId: string,
  action: string,
  details: Record<string, string>,
): Promise<void> {
  const { audit, clock } = c.var.deps;
  await audit.append({
    scope: `COMP#${competitionId}`,
    action,
    actorId: signedInCaller(c).user.id,
    at: clock.now().toISOString(),
    details,
  });
}

/** Each organisation once, read in parallel, for names and countries. */
async function organisationsOf(
  c: Context<AppEnv>,
  applications: ApplicationRecord[],
): Promise<Map<string, OrganisationRecord>> {
  const ids = [
    ...new Set(applications.flatMap((application) => applicationOrganisationIds(application))),
  ];
  const records = await Promise.all(ids.map((id) => c.var.deps.organisations.get(id)));
  return new Map(records.flatMap((record) => (record ? [[record.id, record] as const] : [])));
}

async function declare(
  c: Context<AppEnv>,
  competitionId: string,
  applicationId: string,
  jurorId: string,
  source: ConflictSource,
  reason: string | undefined,
): Promise<void> {
  const actorId = signedInCaller(c).user.id;
  await c.var.deps.conflicts.declare({
    competitionId,
    applicationId,
    jurorId,
    source,
    ...(reason ? { reason } : {}),
    declaredBy: actorId,
    declaredAt: c.var.deps.clock.now().toISOString(),
  });
  // The reason stays out of the audit trail: it may name people.
  await audited(c, competitionId, 'conflict.declared', { applicationId, jurorId, source });
}

async function withdraw(
  c: Context<AppEnv>,
  competitionId: string,
  applicationId: string,
  jurorId: string,
  source: ConflictSource,
): Promise<void> {
  if (await c.var.deps.conflicts.withdraw(competitionId, applicationId, jurorId, source)) {
    await audited(c, competitionId, 'conflict.withdrawn', { applicationId, jurorId, source });
  }
}

export const conflictRoutes = createRouter()
  .openapi(readDeclaration, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { user } = signedInCaller(c);
    const { applications, bids } = c.var.deps;
    const [competition, all, facts, myBids] = await Promise.all([
      competitionOf(c, competitionId),
      applications.allOfCompetition(competitionId),
      jurorConflictFacts(c.var.deps, competitionId, user.id),
      bids.listOfJuror(competitionId, user.id),
    ]);
    const listed = all.filter(forJurors);
    const organisations = await organisationsOf(c, listed);
    const causes = conflictCauses({
      applications: listed.map((application) => ({
        id: application.id,
        organisationIds: applicationOrganisationIds(application),
      })),
      jurors: [
        {
          id: user.id,
          memberOf: facts.memberOf,
          affiliationOrganisationId: facts.affiliationOrganisationId,
        },
      ],
      declared: facts.declared,
    });
    const bidOf = new Map(myBids.map((bid) => [bid.applicationId, bid.bid]));
    const items: DeclarationItem[] = listed.map((application) => {
      const mine = causes.get(application.id)?.get(user.id) ?? [];
      const own = mine.find((cause) => cause.source === 'juror');
      const lead = organisations.get(application.organisationId);
      const bid = bidOf.get(application.id);
      return {
        applicationId: application.id,
        title: application.title,
        trackId: application.trackId,
        organisations: [
          {
            organisationId: application.organisationId,
            name:
              application.organisationName ??
              (lead ? pickLocalized(lead.name, user.locale) : application.organisationId),
            ...((lead?.country ?? application.country)
              ? { country: lead?.country ?? application.country }
              : {}),
            role: 'lead' as const,
          },
          ...(application.partners ?? []).flatMap((partner) => {
            const record = organisations.get(partner.organisationId);
            return record
              ? [
                  {
                    organisationId: record.id,
                    name: pickLocalized(record.name, user.locale),
                    country: record.country,
                    role: partner.role,
                  },
                ]
              : [];
          }),
        ],
        conflict: {
          declared: own !== undefined,
          ...(own && 'reason' in own && own.reason ? { reason: own.reason } : {}),
          byOrganiser: mine.some((cause) => cause.source === 'organiser'),
          automatic: mine.some((cause) => cause.source === 'automatic'),
        },
        ...(bid ? { bid } : {}),
      };
    });
    items.sort((a, b) => a.title.localeCompare(b.title, user.locale));
    return c.json({ bidding: reviewSettingsOf(competition).bidding, items }, 200);
  })
  .openapi(declareOwn, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    await declarableApplication(c, competitionId, applicationId, forJurors);
    const jurorId = signedInCaller(c).user.id;
    await declare(c, competitionId, applicationId, jurorId, 'juror', reason);
    return c.body(null, 204);
  })
  .openapi(withdrawOwn, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    await declarableApplication(c, competitionId, applicationId, forJurors);
    await withdraw(c, competitionId, applicationId, signedInCaller(c).user.id, 'juror');
    return c.body(null, 204);
  })
  .openapi(declareForJuror, async (c) => {
    const { competitionId, applicationId, userId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    await declarableApplication(c, competitionId, applicationId, forOrganisers);
    if (!(await c.var.deps.competitionRoles.get(competitionId, 'juror', userId))) {
      throw new DomainError('resource/not-found', 'No such juror in this competition');
    }
    await declare(c, competitionId, applicationId, userId, 'organiser', reason);
    return c.body(null, 204);
  })
  .openapi(withdrawForJuror, async (c) => {
    const { competitionId, applicationId, userId } = c.req.valid('param');
    await declarableApplication(c, competitionId, applicationId, forOrganisers);
    await withdraw(c, competitionId, applicationId, userId, 'organiser');
    return c.body(null, 204);
  })
  .openapi(listConflicts, async (c) => {
    const { competitionId } = c.req.valid('param');
    const conflicts = await competitionConflicts(c.var.deps, competitionId);
    const visible = conflicts.applications.filter(forOrganisers);
    const titles = new Map(visible.map((application) => [application.id, application.title]));
    const organisations = await organisationsOf(c, visible);
    const locale = signedInCaller(c).user.locale;
    const users = await usersById(
      c,
      conflicts.jurors.map((juror) => juror.userId),
    );
    const items: ConflictView[] = [];
    for (const [applicationId, jurors] of conflicts.causes) {
      const applicationTitle = titles.get(applicationId);
      if (applicationTitle === undefined) continue;
      for (const [jurorId, causes] of jurors) {
        items.push({
          applicationId,
          applicationTitle,
          jurorId,
          jurorName: users.get(jurorId)?.displayName ?? jurorId,
          causes: causes.map((cause) =>
            cause.source === 'automatic'
              ? {
                  ...cause,
                  ...(organisations.has(cause.organisationId)
                    ? {
                        organisationName: pickLocalized(
                          organisations.get(cause.organisationId)!.name,
                          locale,
                        ),
                      }
                    : {}),
                }
              : {
                  source: cause.source,
                  ...(cause.reason ? { reason: cause.reason } : {}),
                  declaredBy: cause.declaredBy ?? '',
                  declaredAt: cause.declaredAt ?? '',
                },
          ),
        });
      }
    }
    items.sort(
      (a, b) =>
        a.applicationTitle.localeCompare(b.applicationTitle) ||
        a.jurorName.localeCompare(b.jurorName),
    );
    return c.json({ items }, 200);
  })
  .openapi(placeBid, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    const { bid } = c.req.valid('json');
    await requireBidding(c, competitionId);
    await declarableApplication(c, competitionId, applicationId, forJurors);
    const jurorId = signedInCaller(c).user.id;
    await c.var.deps.bids.put({
      competitionId,
      jurorId,
      applicationId,
      bid,
      updatedAt: c.var.deps.clock.now().toISOString(),
    });
    await audited(c, competitionId, 'bid.placed', { applicationId, bid });
    return c.body(null, 204);
  })
  .openapi(clearBid, async (c) => {
    const { competitionId, applicationId } = c.req.valid('param');
    await requireBidding(c, competitionId);
    await declarableApplication(c, competitionId, applicationId, forJurors);
    await c.var.deps.bids.remove(competitionId, signedInCaller(c).user.id, applicationId);
    await audited(c, competitionId, 'bid.cleared', { applicationId });
    return c.body(null, 204);
  });
