import {
  CompetitionIdParams,
  JurorParams,
  JurorProfile,
  JurorStanding,
  JuryPool,
  UpdateJurorRequest,
  UpdateOwnJurorProfileRequest,
} from '@laureate/schemas';
import { DomainError } from '#domain/errors';
import { loadBounds, loadBoundsProblem } from '#domain/jury-pool';
import { reviewSettingsOf } from '#domain/review-settings';
import type { CompetitionRoleRecord } from '#ports/competition-roles';
import { defineRoute } from '../define-route.ts';
import { competitionConflicts } from '../jury-context.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { fieldErrorsFrom } from '../problem.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf } from '../review-context.ts';
import { createRouter } from '../router.ts';

const listJury = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/jury',
  tags: ['jury'],
  summary: 'The jury pool: each juror with profile, load bounds, availability and conflicts',
  description:
    'Load bounds not set by the organisers show their defaults (`maxLoadSet: false`). ' +
    '`conflicts` counts submitted applications the juror is in conflict with, from every source.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The pool', content: jsonContent(JuryPool) },
    ...problemResponses(401, 403, 404),
  },
});

const getOwnStanding = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/jury/me',
  tags: ['jury'],
  summary: 'Your juror profile in this competition, with the load bounds the organisers set',
  access: 'competition-juror',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'Your standing', content: jsonContent(JurorStanding) },
    ...problemResponses(401, 403, 404),
  },
});

const updateOwnProfile = defineRoute({
  method: 'patch',
  path: '/competitions/{competitionId}/jury/me',
  tags: ['jury'],
  summary:
    'Change your juror profile (affiliation, expertise, languages, affiliated organisation); send the version you read',
  access: 'competition-juror',
  request: { params: CompetitionIdParams, body: jsonBody(UpdateOwnJurorProfileRequest) },
  responses: {
    200: { description: 'Updated', content: jsonContent(JurorStanding) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const updateJuror = defineRoute({
  method: 'patch',
  path: '/competitions/{competitionId}/jury/{userId}',
  tags: ['jury'],
  summary: "Set a juror's load bounds and availability; send the version you read",
  access: 'competition-organiser',
  request: { params: JurorParams, body: jsonBody(UpdateJurorRequest) },
  responses: {
    200: { description: 'Updated', content: jsonContent(JurorStanding) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

function standingOf(role: CompetitionRoleRecord): JurorStanding {
  return {
    userId: role.userId,
    ...(role.jurorProfile ? { profile: role.jurorProfile } : {}),
    ...loadBounds(role),
    version: role.version ?? 1,
  };
}

const noSuchJuror = () =>
  new DomainError('resource/not-found', 'No such juror in this competition');

/** Drops the optional pool fields a change clears, so the stored item has no nulls. */
function withoutMinLoad(role: CompetitionRoleRecord): CompetitionRoleRecord {
  const { minLoad: _minLoad, ...rest } = role;
  return rest;
}

/**
 * The `/jury/me` routes are registered before `/jury/{userId}`: Hono tries routes in order, and
 * "me" must never reach the organisers' route.
 */
export const juryPoolRoutes = createRouter()
  .openapi(getOwnStanding, async (c) => {
    const { competitionId } = c.req.valid('param');
    const role = await c.var.deps.competitionRoles.get(
      competitionId,
      'juror',
      signedInCaller(c).user.id,
    );
    if (!role) throw noSuchJuror();
    return c.json(standingOf(role), 200);
  })
  .openapi(updateOwnProfile, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { version, affiliationOrganisationId, ...changes } = c.req.valid('json');
    const { competitionRoles, organisations, audit, clock } = c.var.deps;
    const userId = signedInCaller(c).user.id;
    const role = await competitionRoles.get(competitionId, 'juror', userId);
    if (!role) throw noSuchJuror();
    if (affiliationOrganisationId && !(await organisations.get(affiliationOrganisationId))) {
      throw new DomainError('request/invalid', 'No organisation has this id', {
        errors: [
          {
            field: 'body.affiliationOrganisationId',
            message: 'No organisation on the platform has this id',
            code: 'unknown_organisation',
          },
        ],
      });
    }
    const { affiliationOrganisationId: previousAffiliation, ...previous } = role.jurorProfile ?? {};
    const affiliation =
      affiliationOrganisationId === undefined ? previousAffiliation : affiliationOrganisationId;
    // A juror who never completed a profile must give every required field now.
    const profile = JurorProfile.safeParse({
      ...previous,
      ...changes,
      ...(affiliation ? { affiliationOrganisationId: affiliation } : {}),
    });
    if (!profile.success) {
      throw new DomainError('request/invalid', 'The profile is not complete', {
        errors: fieldErrorsFrom(profile.error, 'body'),
      });
    }
    const next: CompetitionRoleRecord = {
      ...role,
      jurorProfile: profile.data,
      version: version + 1,
    };
    await competitionRoles.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'juror.profile-updated',
      actorId: userId,
      at: clock.now().toISOString(),
      details: {
        fields: [
          ...Object.keys(changes),
          ...(affiliationOrganisationId !== undefined ? ['affiliationOrganisationId'] : []),
        ].join(','),
      },
    });
    return c.json(standingOf(next), 200);
  })
  .openapi(listJury, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { accounts, assignments, reviews } = c.var.deps;
    const [competition, conflicts, assigned, reviewed] = await Promise.all([
      competitionOf(c, competitionId),
      competitionConflicts(c.var.deps, competitionId),
      assignments.listOfCompetition(competitionId),
      reviews.listOfCompetition(competitionId),
    ]);
    // Progress shows once anything is assigned: assigned applications and submitted reviews.
    const countBy = (jurorIds: string[]) => {
      const counts = new Map<string, number>();
      for (const jurorId of jurorIds) counts.set(jurorId, (counts.get(jurorId) ?? 0) + 1);
      return counts;
    };
    const assignedCount = countBy(assigned.map((assignment) => assignment.jurorId));
    const submittedCount = countBy(
      reviewed.filter((review) => review.status === 'submitted').map((review) => review.jurorId),
    );
    // Drafts belong to their NGO: their conflicts are not the organisers' business yet.
    const submitted = new Set(
      conflicts.applications
        .filter((application) => application.status !== 'draft')
        .map((application) => application.id),
    );
    const conflictCount = new Map<string, number>();
    for (const [applicationId, jurors] of conflicts.causes) {
      if (!submitted.has(applicationId)) continue;
      for (const jurorId of jurors.keys()) {
        conflictCount.set(jurorId, (conflictCount.get(jurorId) ?? 0) + 1);
      }
    }
    const users = await Promise.all(conflicts.jurors.map((role) => accounts.getUser(role.userId)));
    const items = conflicts.jurors.flatMap((role, index) => {
      const user = users[index];
      if (!user) return [];
      return [
        {
          ...standingOf(role),
          displayName: user.displayName,
          email: user.email,
          maxLoadSet: role.maxLoad !== undefined,
          conflicts: conflictCount.get(role.userId) ?? 0,
          ...(assigned.length > 0
            ? {
                assigned: assignedCount.get(role.userId) ?? 0,
                reviewsSubmitted: submittedCount.get(role.userId) ?? 0,
              }
            : {}),
          since: role.createdAt,
        },
      ];
    });
    items.sort((a, b) => a.displayName.localeCompare(b.displayName));
    return c.json({ items, bidding: reviewSettingsOf(competition).bidding }, 200);
  })
  .openapi(updateJuror, async (c) => {
    const { competitionId, userId } = c.req.valid('param');
    const { version, maxLoad, minLoad, available } = c.req.valid('json');
    const { competitionRoles, audit, clock } = c.var.deps;
    const role = await competitionRoles.get(competitionId, 'juror', userId);
    if (!role) throw noSuchJuror();
    const problem = loadBoundsProblem(role, { maxLoad, minLoad });
    if (problem) {
      throw new DomainError('request/invalid', problem.message, {
        errors: [{ field: `body.${problem.field}`, message: problem.message, code: 'load_bounds' }],
      });
    }
    const next: CompetitionRoleRecord = {
      ...(minLoad === null ? withoutMinLoad(role) : role),
      ...(maxLoad !== undefined ? { maxLoad } : {}),
      ...(minLoad !== undefined && minLoad !== null ? { minLoad } : {}),
      ...(available !== undefined ? { available } : {}),
      version: version + 1,
    };
    await competitionRoles.update(next, version);
    const bounds = loadBounds(next);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'juror.pool-updated',
      actorId: signedInCaller(c).user.id,
      at: clock.now().toISOString(),
      details: { userId, ...bounds },
    });
    return c.json(standingOf(next), 200);
  });
