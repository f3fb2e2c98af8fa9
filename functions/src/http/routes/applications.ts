import {
  Application,
  ApplicationList,
  ApplicationParams,
  ApplicationVersionRequest,
  buildAnswersValidator,
  CreateApplicationRequest,
  OrganisationIdParams,
  SaveDraftRequest,
  type FormDefinition,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { decideTransition, type ApplicationAction } from '#domain/application-lifecycle';
import { effectivePhase } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import { issueReceipt } from '#domain/submission-receipt';
import { submissionReceipt } from '#mail/email-templates';
import type { ApplicationRecord } from '#ports/application-repository';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { fieldErrorsFrom } from '../problem.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const applicationResponse = { description: 'The application', content: jsonContent(Application) };

const createApplication = defineRoute({
  method: 'post',
  path: '/organisations/{organisationId}/applications',
  tags: ['applications'],
  summary: 'Start an application for a track of an open competition',
  access: 'organisation-member',
  request: { params: OrganisationIdParams, body: jsonBody(CreateApplicationRequest) },
  responses: { 201: applicationResponse, ...problemResponses(400, 401, 404, 409) },
});

const listApplications = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/applications',
  tags: ['applications'],
  summary: "The organisation's applications, newest first",
  access: 'organisation-member',
  request: { params: OrganisationIdParams },
  responses: {
    200: { description: 'Applications', content: jsonContent(ApplicationList) },
    ...problemResponses(401, 404),
  },
});

const getApplication = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/applications/{applicationId}',
  tags: ['applications'],
  summary: 'One application with its answers',
  access: 'organisation-member',
  request: { params: ApplicationParams },
  responses: { 200: applicationResponse, ...problemResponses(401, 404) },
});

const saveDraft = defineRoute({
  method: 'put',
  path: '/organisations/{organisationId}/applications/{applicationId}/draft',
  tags: ['applications'],
  summary: 'Save the draft (autosave); send the version you read, a stale one is a 409 conflict',
  description:
    'A draft may be incomplete but never malformed: each answer is checked against the form.',
  access: 'organisation-member',
  request: { params: ApplicationParams, body: jsonBody(SaveDraftRequest) },
  responses: { 200: applicationResponse, ...problemResponses(400, 401, 404, 409) },
});

const action = (name: 'submit' | 'withdraw' | 'reopen', summary: string) =>
  defineRoute({
    method: 'post',
    path: `/organisations/{organisationId}/applications/{applicationId}/${name}`,
    tags: ['applications'],
    summary,
    access: 'organisation-member',
    request: { params: ApplicationParams, body: jsonBody(ApplicationVersionRequest) },
    responses: { 200: applicationResponse, ...problemResponses(400, 401, 404, 409) },
  });

const submitApplication = action(
  'submit',
  'Submit before the deadline: checks every answer, keeps the submitted version, returns and emails a receipt',
);
const withdrawApplication = action('withdraw', 'Withdraw before the deadline');
const reopenApplication = action(
  'reopen',
  'Reopen a submitted or withdrawn application as a draft, before the deadline',
);

/** The application, if it belongs to the organisation in the path; 404 otherwise. */
async function ownApplication(
  c: Context<AppEnv>,
  organisationId: string,
  applicationId: string,
): Promise<ApplicationRecord> {
  const application = await c.var.deps.applications.get(applicationId);
  if (!application || application.organisationId !== organisationId) {
    throw new DomainError('resource/not-found', 'No such application in this organisation');
  }
  return application;
}

/** Loads the competition and the form version the application answers, and the phase now. */
async function context(c: Context<AppEnv>, application: ApplicationRecord) {
  const competition = await c.var.deps.competitions.get(application.competitionId);
  if (!competition)
    throw new DomainError('competition/not-found', 'The competition no longer exists');
  const form = await c.var.deps.competitions.getForm(competition.id, application.formVersion);
  if (!form)
    throw new DomainError('application/no-form', 'The form of this application is missing');
  return { competition, form, phase: effectivePhase(competition, c.var.deps.clock.now()) };
}

/** Refuses a move the lifecycle does not allow, with the reason as the problem code. */
function requireTransition(
  status: ApplicationRecord['status'],
  move: ApplicationAction,
  phase: ReturnType<typeof effectivePhase>,
) {
  const decision = decideTransition(status, move, { role: 'applicant', phase });
  if (decision.allowed) return decision.next;
  if (decision.reason === 'wrong-phase') {
    throw new DomainError('application/deadline-passed', 'The call for applications is closed', {
      phase,
    });
  }
  throw new DomainError(
    'application/not-allowed',
    `Cannot ${move} an application that is ${status}`,
    { status },
  );
}

function checkedAnswers(
  form: FormDefinition,
  answers: Record<string, unknown>,
  mode: 'draft' | 'submit',
) {
  const result = buildAnswersValidator(form, { mode }).safeParse(answers);
  if (!result.success) {
    throw new DomainError(
      mode === 'submit' ? 'application/incomplete' : 'request/invalid',
      'Some answers need attention',
      {
        errors: fieldErrorsFrom(result.error, 'body.answers'),
      },
    );
  }
  return result.data;
}

export const applicationRoutes = createRouter()
  .openapi(createApplication, async (c) => {
    const { organisationId } = c.req.valid('param');
    const { competitionId, trackId, title } = c.req.valid('json');
    const { competitions, applications, organisations, clock, audit } = c.var.deps;
    const competition = await competitions.get(competitionId);
    if (!competition?.publishedAt)
      throw new DomainError('competition/not-found', 'No published competition has this id');
    if (!competition.tracks.some((track) => track.id === trackId)) {
      throw new DomainError('request/invalid', 'No such track in this competition', {
        errors: [
          {
            field: 'body.trackId',
            message: 'Choose one of the competition’s tracks',
            code: 'unknown_track',
          },
        ],
      });
    }
    const now = clock.now();
    if (effectivePhase(competition, now) !== 'call_open') {
      throw new DomainError('application/deadline-passed', 'The call for applications is not open');
    }
    if (!competition.formVersion)
      throw new DomainError('application/no-form', 'The organisers have not published a form yet');
    const organisation = await organisations.get(organisationId);
    const record: ApplicationRecord = {
      id: `app-${newSecretToken().token.slice(0, 16)}`,
      competitionId,
      trackId,
      organisationId,
      title,
      status: 'draft',
      answers: {},
      formVersion: competition.formVersion,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      ...(organisation
        ? {
            country: organisation.country,
            organisationName: pickLocalized(organisation.name, 'ru'),
          }
        : {}),
    };
    await applications.create(record);
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'application.created',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
      details: { applicationId: record.id, organisationId },
    });
    return c.json(record, 201);
  })
  .openapi(listApplications, async (c) => {
    const records = await c.var.deps.applications.listOfOrganisation(
      c.req.valid('param').organisationId,
    );
    const items = records.map(({ answers: _answers, ...summary }) => summary);
    return c.json({ items }, 200);
  })
  .openapi(getApplication, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    return c.json(await ownApplication(c, organisationId, applicationId), 200);
  })
  .openapi(saveDraft, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    const { answers, title, version } = c.req.valid('json');
    const application = await ownApplication(c, organisationId, applicationId);
    const { form, phase } = await context(c, application);
    requireTransition(application.status, 'edit', phase);
    const next: ApplicationRecord = {
      ...application,
      answers: checkedAnswers(form, answers, 'draft'),
      ...(title ? { title } : {}),
      updatedAt: c.var.deps.clock.now().toISOString(),
      version: version + 1,
    };
    await c.var.deps.applications.update(next, version);
    return c.json(next, 200);
  })
  .openapi(submitApplication, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const { applications, audit, clock, mailer, publicUrl } = c.var.deps;
    const application = await ownApplication(c, organisationId, applicationId);
    if (application.version !== version) {
      throw new DomainError(
        'conflict/version-mismatch',
        'This application changed elsewhere: reload before submitting',
      );
    }
    const { form, phase } = await context(c, application);
    const status = requireTransition(application.status, 'submit', phase);
    const answers = checkedAnswers(form, application.answers, 'submit');
    const now = clock.now();
    const submissionNumber = (await applications.listSubmittedVersions(applicationId)).length + 1;
    const receipt = await issueReceipt(
      applicationId,
      submissionNumber,
      { title: application.title, formVersion: application.formVersion, answers },
      now,
    );
    const next: ApplicationRecord = {
      ...application,
      status,
      submittedAt: now.toISOString(),
      receipt,
      updatedAt: now.toISOString(),
      version: version + 1,
    };
    await applications.submit(next, version, {
      applicationId,
      version: submissionNumber,
      answers,
      title: application.title,
      receipt,
    });
    const { user } = signedInCaller(c);
    await audit.append({
      scope: `COMP#${application.competitionId}`,
      action: 'application.submitted',
      actorId: user.id,
      at: now.toISOString(),
      details: { applicationId, submission: submissionNumber, contentHash: receipt.contentHash },
    });
    await mailer.send({
      to: user.email,
      locale: user.locale,
      ...submissionReceipt[user.locale]({
        title: application.title,
        submittedAt: receipt.submittedAt,
        hash: receipt.contentHash,
        link: `${publicUrl}/organisations/${organisationId}/applications/${applicationId}`,
      }),
    });
    return c.json(next, 200);
  })
  .openapi(withdrawApplication, async (c) =>
    c.json(
      await moveApplication(c, 'withdraw', c.req.valid('param'), c.req.valid('json').version),
      200,
    ),
  )
  .openapi(reopenApplication, async (c) =>
    c.json(
      await moveApplication(c, 'reopen', c.req.valid('param'), c.req.valid('json').version),
      200,
    ),
  );

async function moveApplication(
  c: Context<AppEnv>,
  move: 'withdraw' | 'reopen',
  { organisationId, applicationId }: { organisationId: string; applicationId: string },
  version: number,
) {
  const application = await ownApplication(c, organisationId, applicationId);
  const { phase } = await context(c, application);
  const status = requireTransition(application.status, move, phase);
  const now = c.var.deps.clock.now().toISOString();
  const next: ApplicationRecord = { ...application, status, updatedAt: now, version: version + 1 };
  await c.var.deps.applications.update(next, version);
  await c.var.deps.audit.append({
    scope: `COMP#${application.competitionId}`,
    action: `application.${move === 'withdraw' ? 'withdrawn' : 'reopened'}`,
    actorId: signedInCaller(c).user.id,
    at: now,
    details: { applicationId },
  });
  return next;
}
