import {
  AcceptJurorInvitationRequest,
  AuditPage,
  AuditQuery,
  CompetitionCreated,
  CompetitionIdParams,
  CompetitionMemberList,
  CreateCompetitionRequest,
  GrantOrganiserRequest,
  CompetitionSettings,
  formTemplates,
  type FormSummary,
  Invitation,
  InviteJurorRequest,
  PublishCompetitionRequest,
  SetPhaseRequest,
  UpdateCompetitionRequest,
} from '@laureate/schemas';
import type { CompetitionRecord, CompetitionRepository } from '#ports/competition-repository';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { calendarProblems, effectivePhase } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import { reviewSettingsOf } from '#domain/review-settings';
import { tokenExpiry } from '#domain/token-policy';
import { jurorInvitation } from '#mail/email-templates';
import { defineRoute } from '../define-route.ts';
import { sendLinkEmail } from '../email-links.ts';
import { signedInCaller } from '../middleware/session.ts';
import { consumeLink, peekLink } from '../one-time-link.ts';
import { jsonContent, jsonBody } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf } from '../review-context.ts';
import { createRouter } from '../router.ts';

const createCompetition = defineRoute({
  method: 'post',
  path: '/competitions',
  tags: ['competition set-up'],
  summary: 'Create a competition (platform administrators)',
  description:
    'It stays private until published; set-up continues with its organisers. With `formTemplate`, ' +
    'that built-in form becomes its first form version; with `addMeAsOrganiser`, the creating ' +
    'administrator becomes one of its organisers.',
  access: 'admin',
  request: { body: jsonBody(CreateCompetitionRequest) },
  responses: {
    201: { description: 'Created', content: jsonContent(CompetitionCreated) },
    ...problemResponses(400, 401, 403),
  },
});

const grantOrganiser = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/organisers',
  tags: ['competition set-up'],
  summary: 'Make a registered user an organiser of this competition (platform administrators)',
  access: 'admin',
  request: { params: CompetitionIdParams, body: jsonBody(GrantOrganiserRequest) },
  responses: { 204: { description: 'Granted' }, ...problemResponses(400, 401, 403, 404) },
});

const listCompetitionMembers = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/members',
  tags: ['competition set-up'],
  summary: 'Organisers and jurors of this competition, with juror profiles',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The team', content: jsonContent(CompetitionMemberList) },
    ...problemResponses(401, 403, 404),
  },
});

const inviteJuror = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/juror-invitations',
  tags: ['competition set-up'],
  summary: 'Invite a juror by email (organisers of this competition)',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(InviteJurorRequest) },
  responses: {
    201: { description: 'Invitation sent', content: jsonContent(Invitation) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const acceptJurorInvitation = defineRoute({
  method: 'post',
  path: '/juror-invitations/accept',
  tags: ['competition set-up'],
  summary: 'Accept a jury invitation and complete the juror profile for that competition',
  access: 'signed-in',
  request: { body: jsonBody(AcceptJurorInvitationRequest) },
  responses: { 204: { description: 'You are on the jury' }, ...problemResponses(400, 401, 403) },
});

const readAudit = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/audit',
  tags: ['competition set-up'],
  summary:
    "The competition's audit trail, newest first (organisers); it cannot be changed through the API",
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, query: AuditQuery },
  responses: {
    200: { description: 'Audit entries', content: jsonContent(AuditPage) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const DEFAULT_REVIEWS_PER_APPLICATION = 3;

function toSettings(
  record: CompetitionRecord,
  now: Date,
  form: FormSummary | undefined,
): CompetitionSettings {
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    countries: record.countries,
    tracks: record.tracks,
    timeZone: record.timeZone,
    calendar: record.calendar,
    requireSecondFactor: record.requireSecondFactor ?? false,
    reviewsPerApplication: record.reviewsPerApplication ?? DEFAULT_REVIEWS_PER_APPLICATION,
    ...reviewSettingsOf(record),
    rubric: record.rubric ?? { criteria: [] },
    quotas: record.quotas ?? [],
    phase: effectivePhase(record, now),
    ...(record.phaseOverride ? { phaseOverride: record.phaseOverride } : {}),
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
    ...(form ? { form } : {}),
    version: record.version,
  };
}

/** Which form the competition uses now (one read), for the organisers' set-up page. */
async function currentForm(
  competitions: CompetitionRepository,
  record: CompetitionRecord,
): Promise<FormSummary | undefined> {
  if (!record.formVersion) return undefined;
  const form = await competitions.getForm(record.id, record.formVersion);
  return form ? { id: form.id, title: form.title, version: record.formVersion } : undefined;
}

/** The settings as organisers read them after any change. */
async function settingsOf(
  competitions: CompetitionRepository,
  record: CompetitionRecord,
  now: Date,
): Promise<CompetitionSettings> {
  return toSettings(record, now, await currentForm(competitions, record));
}

function requireOrderedCalendar(calendar: CompetitionRecord['calendar']): void {
  const problems = calendarProblems(calendar);
  if (problems.length > 0) {
    throw new DomainError('request/invalid', 'The deadlines are out of order', {
      errors: problems.map((problem) => ({
        field: `body.calendar.${problem.deadline}`,
        message: problem.message,
        code: 'calendar_order',
      })),
    });
  }
}

const getSettings = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/settings',
  tags: ['competition set-up'],
  summary: 'Everything organisers configure, published or not',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The settings', content: jsonContent(CompetitionSettings) },
    ...problemResponses(401, 403, 404),
  },
});

const updateCompetition = defineRoute({
  method: 'patch',
  path: '/competitions/{competitionId}',
  tags: ['competition set-up'],
  summary:
    'Change the set-up (texts, countries, tracks, calendar, rubric, quotas); send the version you read',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(UpdateCompetitionRequest) },
  responses: {
    200: { description: 'Updated', content: jsonContent(CompetitionSettings) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const publishCompetition = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/publish',
  tags: ['competition set-up'],
  summary: 'Publish the call: from now on anyone can see it',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(PublishCompetitionRequest) },
  responses: {
    200: { description: 'Published', content: jsonContent(CompetitionSettings) },
    ...problemResponses(401, 403, 404, 409),
  },
});

const unpublishCompetition = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/unpublish',
  tags: ['competition set-up'],
  summary: 'Take a call published by mistake back from the public',
  description:
    'Only while no application has been started in it (`409 competition/has-applications` ' +
    'otherwise): NGOs that started one rely on the call. Audited.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(PublishCompetitionRequest) },
  responses: {
    200: { description: 'Private again', content: jsonContent(CompetitionSettings) },
    ...problemResponses(401, 403, 404, 409),
  },
});

const setPhase = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/phase',
  tags: ['competition set-up'],
  summary: 'Move the competition to a phase by hand, or back to its calendar (null), with a reason',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(SetPhaseRequest) },
  responses: {
    200: { description: 'Phase set', content: jsonContent(CompetitionSettings) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export const competitionAdminRoutes = createRouter()
  .openapi(createCompetition, async (c) => {
    const { formTemplate, addMeAsOrganiser, ...input } = c.req.valid('json');
    requireOrderedCalendar(input.calendar);
    const { user } = signedInCaller(c);
    const { competitions, competitionRoles, audit, clock } = c.var.deps;
    const now = clock.now().toISOString();
    const id = `comp-${newSecretToken().token.slice(0, 16)}`;
    const template = formTemplates.find((candidate) => candidate.id === formTemplate);
    await competitions.create(
      {
        id,
        ...input,
        ...(template ? { formVersion: 1 } : {}),
        createdAt: now,
        updatedAt: now,
        version: 1,
      },
      template ? { ...template, version: 1 } : undefined,
    );
    await audit.append({
      scope: `COMP#${id}`,
      action: 'competition.created',
      actorId: user.id,
      at: now,
      ...(template ? { details: { formTemplate: template.id } } : {}),
    });
    if (addMeAsOrganiser) {
      await competitionRoles.grant({
        competitionId: id,
        userId: user.id,
        role: 'organiser',
        grantedBy: user.id,
        createdAt: now,
      });
      await audit.append({
        scope: `COMP#${id}`,
        action: 'role.granted',
        actorId: user.id,
        at: now,
        details: { role: 'organiser', userId: user.id },
      });
    }
    return c.json({ id, version: 1 }, 201);
  })
  .openapi(grantOrganiser, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { competitions, accounts, competitionRoles, audit, clock } = c.var.deps;
    if (!(await competitions.get(competitionId)))
      throw new DomainError('competition/not-found', 'No such competition');
    const organiser = await accounts.findUserByEmail(c.req.valid('json').email);
    if (!organiser) {
      throw new DomainError(
        'request/invalid',
        'No account has this email: ask them to sign up first',
        {
          errors: [
            { field: 'body.email', message: 'No account has this email', code: 'unknown_account' },
          ],
        },
      );
    }
    const now = clock.now().toISOString();
    const actorId = signedInCaller(c).user.id;
    await competitionRoles.grant({
      competitionId,
      userId: organiser.id,
      role: 'organiser',
      grantedBy: actorId,
      createdAt: now,
    });
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'role.granted',
      actorId,
      at: now,
      details: { role: 'organiser', userId: organiser.id },
    });
    return c.body(null, 204);
  })
  .openapi(listCompetitionMembers, async (c) => {
    const { competitionId } = c.req.valid('param');
    const roles = await c.var.deps.competitionRoles.list(competitionId);
    const users = await Promise.all(roles.map((role) => c.var.deps.accounts.getUser(role.userId)));
    const items = roles.flatMap((role, index) => {
      const user = users[index];
      if (!user) return [];
      return [
        {
          userId: user.id,
          displayName: user.displayName,
          email: user.email,
          role: role.role,
          ...(role.jurorProfile ? { jurorProfile: role.jurorProfile } : {}),
          since: role.createdAt,
        },
      ];
    });
    return c.json({ items }, 200);
  })
  .openapi(inviteJuror, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { email, locale } = c.req.valid('json');
    const { user } = signedInCaller(c);
    const { audit, clock } = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    const language = locale ?? user.locale;
    const title = pickLocalized(competition.title, language);
    await sendLinkEmail(c, {
      purpose: 'juror-invitation',
      to: email,
      locale: language,
      grant: { competitionId, role: 'juror', invitedBy: user.id },
      render: (link) =>
        jurorInvitation[language]({ inviter: user.displayName, competition: title, link }),
    });
    const now = clock.now();
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'juror.invited',
      actorId: user.id,
      at: now.toISOString(),
    });
    const expiresAt = new Date(tokenExpiry('juror-invitation', now) * 1000).toISOString();
    return c.json({ email, role: 'juror', expiresAt }, 201);
  })
  .openapi(acceptJurorInvitation, async (c) => {
    const { token, profile } = c.req.valid('json');
    const { user } = signedInCaller(c);
    const preview = await peekLink(c, token, 'juror-invitation');
    if (preview.email !== user.email) {
      throw new DomainError(
        'token/wrong-recipient',
        `Sign in as ${preview.email} to accept this invitation`,
      );
    }
    const link = await consumeLink(c, token, 'juror-invitation');
    const competitionId = link.competitionId!;
    const now = c.var.deps.clock.now().toISOString();
    await c.var.deps.competitionRoles.grant({
      competitionId,
      userId: user.id,
      role: 'juror',
      jurorProfile: profile,
      ...(link.invitedBy ? { grantedBy: link.invitedBy } : {}),
      createdAt: now,
    });
    await c.var.deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: 'role.granted',
      actorId: user.id,
      at: now,
      details: { role: 'juror', userId: user.id, country: profile.country },
    });
    return c.body(null, 204);
  })
  .openapi(readAudit, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const page = await c.var.deps.audit.list(`COMP#${competitionId}`, {
      limit,
      ...(cursor ? { cursor } : {}),
    });
    const items = page.items.map(({ scope: _scope, ...entry }) => entry);
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  })
  .openapi(getSettings, async (c) => {
    const { competitions, clock } = c.var.deps;
    const record = (await competitions.get(c.req.valid('param').competitionId))!;
    return c.json(await settingsOf(competitions, record, clock.now()), 200);
  })
  .openapi(updateCompetition, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { version, ...changes } = c.req.valid('json');
    const { competitions, audit, clock } = c.var.deps;
    const current = await competitionOf(c, competitionId);
    const now = clock.now();
    const next: CompetitionRecord = {
      ...current,
      ...changes,
      updatedAt: now.toISOString(),
      version: version + 1,
    };
    requireOrderedCalendar(next.calendar);
    await competitions.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'competition.updated',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
      details: { fields: Object.keys(changes).join(','), version: next.version },
    });
    return c.json(await settingsOf(competitions, next, now), 200);
  })
  .openapi(publishCompetition, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const { competitions, audit, clock } = c.var.deps;
    const current = await competitionOf(c, competitionId);
    const now = clock.now();
    // Publishing twice keeps the first publication time: the call was public since then.
    const next: CompetitionRecord = {
      ...current,
      publishedAt: current.publishedAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
      version: version + 1,
    };
    await competitions.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'competition.published',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
    });
    return c.json(await settingsOf(competitions, next, now), 200);
  })
  .openapi(unpublishCompetition, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const { competitions, applications, audit, clock } = c.var.deps;
    const current = await competitionOf(c, competitionId);
    const started = await applications.listOfCompetition(competitionId, { limit: 1 });
    if (started.items.length > 0) {
      throw new DomainError(
        'competition/has-applications',
        'Applications have been started in this call: it stays public for them',
      );
    }
    const now = clock.now();
    const { publishedAt: _publishedAt, ...rest } = current;
    const next: CompetitionRecord = { ...rest, updatedAt: now.toISOString(), version: version + 1 };
    await competitions.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'competition.unpublished',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
    });
    return c.json(await settingsOf(competitions, next, now), 200);
  })
  .openapi(setPhase, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { phase, reason, version } = c.req.valid('json');
    const { competitions, audit, clock } = c.var.deps;
    const actorId = signedInCaller(c).user.id;
    const current = await competitionOf(c, competitionId);
    const now = clock.now();
    const { phaseOverride: previous, ...rest } = current;
    const next: CompetitionRecord = {
      ...rest,
      ...(phase
        ? { phaseOverride: { phase, reason, setAt: now.toISOString(), setBy: actorId } }
        : {}),
      updatedAt: now.toISOString(),
      version: version + 1,
    };
    await competitions.update(next, version);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: phase ? 'competition.phase-set' : 'competition.phase-cleared',
      actorId,
      at: now.toISOString(),
      details: {
        from: previous?.phase ?? effectivePhase(current, now),
        to: phase ?? 'calendar',
        reason,
      },
    });
    return c.json(await settingsOf(competitions, next, now), 200);
  });
