import {
  Application,
  ApplicationList,
  ApplicationParams,
  ApplicationVersionRequest,
  answerFieldErrors,
  buildAnswersValidator,
  CreateApplicationRequest,
  OrganisationIdParams,
  SaveDraftRequest,
  SetPartnersRequest,
  type FormDefinition,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { decideTransition, type ApplicationAction } from '#domain/application-lifecycle';
import { unknownFiles, withStoredFiles } from '#domain/attachment-rules';
import { effectivePhase } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import { issueReceipt } from '#domain/submission-receipt';
import { submissionReceipt } from '#mail/email-templates';
import type { ApplicationRecord } from '#ports/application-repository';
import type { ApplicationPartner } from '@laureate/schemas';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
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

const setPartners = defineRoute({
  method: 'put',
  path: '/organisations/{organisationId}/applications/{applicationId}/partners',
  tags: ['applications'],
  summary:
    'Set the partner organisations of a joint application (lead only), with the sections each may edit',
  access: 'organisation-member',
  request: { params: ApplicationParams, body: jsonBody(SetPartnersRequest) },
  responses: { 200: applicationResponse, ...problemResponses(400, 401, 403, 404, 409) },
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

interface Access {
  application: ApplicationRecord;
  /** The organisation in the path leads the application; otherwise it is a partner. */
  lead: boolean;
  partner?: ApplicationPartner;
}

/**
 * The application, if the organisation in the path leads it or is one of its partners;
 * 404 otherwise, so nobody learns of applications they have no part in.
 */
export async function accessibleApplication(
  c: Context<AppEnv>,
  organisationId: string,
  applicationId: string,
): Promise<Access> {
  const application = await c.var.deps.applications.get(applicationId);
  const partner = application?.partners?.find((entry) => entry.organisationId === organisationId);
  if (!application || (application.organisationId !== organisationId && !partner)) {
    throw new DomainError('resource/not-found', 'No such application in this organisation');
  }
  return {
    application,
    lead: application.organisationId === organisationId,
    ...(partner ? { partner } : {}),
  };
}

/** Steps that commit the whole consortium belong to the lead organisation alone. */
async function leadApplication(c: Context<AppEnv>, organisationId: string, applicationId: string) {
  const access = await accessibleApplication(c, organisationId, applicationId);
  if (!access.lead)
    throw new DomainError('application/lead-only', 'Only the lead organisation can do this');
  return access.application;
}

/**
 * A partner's save changes only the fields of the sections opened to it; every other answer
 * stays as stored, whatever the partner's copy says.
 */
function mergePartnerAnswers(
  form: FormDefinition,
  stored: Record<string, unknown>,
  sent: Record<string, unknown>,
  partner: ApplicationPartner,
): Record<string, unknown> {
  const editable = new Set(
    form.sections
      .filter((section) => partner.editableSections.includes(section.id))
      .flatMap((section) => section.fields.map((field) => field.id)),
  );
  const merged = { ...stored };
  for (const fieldId of editable) {
    if (fieldId in sent) merged[fieldId] = sent[fieldId];
    else delete merged[fieldId];
  }
  return merged;
}

/** Loads the competition and the form version the application answers, and the phase now. */
export async function context(c: Context<AppEnv>, application: ApplicationRecord) {
  const competition = await c.var.deps.competitions.get(application.competitionId);
  if (!competition)
    throw new DomainError('competition/not-found', 'The competition no longer exists');
  const form = await c.var.deps.competitions.getForm(competition.id, application.formVersion);
  if (!form)
    throw new DomainError('application/no-form', 'The form of this application is missing');
  return { competition, form, phase: effectivePhase(competition, c.var.deps.clock.now()) };
}

/** Refuses a move the lifecycle does not allow, with the reason as the problem code. */
export function requireTransition(
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
      // The same function the applicant's browser runs before it submits.
      { errors: answerFieldErrors(form, answers, mode) },
    );
  }
  return result.data;
}

/** Every file the answers name must be one the attachment routes checked and kept. */
async function requireStoredFiles(
  c: Context<AppEnv>,
  form: FormDefinition,
  application: ApplicationRecord,
) {
  // Most applications attach nothing: then there is nothing to read.
  if (unknownFiles(form, application.answers, new Set()).length === 0) return;
  const stored = (await c.var.deps.attachments.list(application.id))
    .filter((attachment) => attachment.status === 'stored')
    .map((attachment) => attachment.id);
  const unknown = unknownFiles(form, application.answers, new Set(stored));
  if (unknown.length > 0) {
    throw new DomainError('application/incomplete', 'Some attached files are missing', {
      errors: unknown.map((path) => ({
        field: ['body.answers', ...path].join('.'),
        message: 'This file was not uploaded: remove it and attach it again',
        code: 'file_missing',
      })),
    });
  }
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
    // One read per form version, however many drafts answer it.
    const forms = new Map<string, Promise<FormDefinition | undefined>>();
    const formOf = (competitionId: string, version: number) => {
      const key = `${competitionId}#${version}`;
      let form = forms.get(key);
      if (!form) {
        form = c.var.deps.competitions.getForm(competitionId, version);
        forms.set(key, form);
      }
      return form;
    };
    const items = await Promise.all(
      records.map(async ({ answers, ...summary }) => {
        const form =
          summary.status === 'draft'
            ? await formOf(summary.competitionId, summary.formVersion)
            : undefined;
        if (!form) return summary;
        // What the dashboard shows as "still to do": the questions, not every issue in them.
        const questions = answerFieldErrors(form, answers, 'submit').map(
          (error) => error.field.split('.')[2],
        );
        return { ...summary, missingAnswers: new Set(questions).size };
      }),
    );
    return c.json({ items }, 200);
  })
  .openapi(getApplication, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    return c.json((await accessibleApplication(c, organisationId, applicationId)).application, 200);
  })
  .openapi(saveDraft, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    const { answers, title, version } = c.req.valid('json');
    const { application, lead, partner } = await accessibleApplication(
      c,
      organisationId,
      applicationId,
    );
    const { form, phase } = await context(c, application);
    requireTransition(application.status, 'edit', phase);
    // Files are recorded by the attachment routes only: the browser's copy of them is ignored.
    const proposed = withStoredFiles(
      form,
      application.answers,
      lead || !partner ? answers : mergePartnerAnswers(form, application.answers, answers, partner),
    );
    const next: ApplicationRecord = {
      ...application,
      answers: checkedAnswers(form, proposed, 'draft'),
      ...(title && lead ? { title } : {}),
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
    const application = await leadApplication(c, organisationId, applicationId);
    if (application.version !== version) {
      throw new DomainError(
        'conflict/version-mismatch',
        'This application changed elsewhere: reload before submitting',
      );
    }
    const { form, phase } = await context(c, application);
    const status = requireTransition(application.status, 'submit', phase);
    const answers = checkedAnswers(form, application.answers, 'submit');
    await requireStoredFiles(c, form, application);
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
  )
  .openapi(setPartners, async (c) => {
    const { organisationId, applicationId } = c.req.valid('param');
    const { partners, version } = c.req.valid('json');
    const application = await leadApplication(c, organisationId, applicationId);
    const { form, phase } = await context(c, application);
    requireTransition(application.status, 'edit', phase);
    const sectionIds = new Set(form.sections.map((section) => section.id));
    const errors: { field: string; message: string; code: string }[] = [];
    // Each partner's name and country as they are now, shown on the application from then on.
    const named = new Map<string, { organisationName: string; country: string }>();
    for (const [index, partner] of partners.entries()) {
      const organisation =
        partner.organisationId === organisationId
          ? undefined
          : await c.var.deps.organisations.get(partner.organisationId);
      if (organisation) {
        named.set(partner.organisationId, {
          organisationName: pickLocalized(organisation.name, 'ru'),
          country: organisation.country,
        });
      }
      if (partner.organisationId === organisationId) {
        errors.push({
          field: `body.partners.${index}.organisationId`,
          message: 'The lead cannot be its own partner',
          code: 'self_partner',
        });
      } else if (!organisation) {
        errors.push({
          field: `body.partners.${index}.organisationId`,
          message: 'No such organisation',
          code: 'unknown_organisation',
        });
      }
      for (const section of partner.editableSections) {
        if (!sectionIds.has(section)) {
          errors.push({
            field: `body.partners.${index}.editableSections`,
            message: `No section ${section} in the form`,
            code: 'unknown_section',
          });
        }
      }
    }
    if (new Set(partners.map((partner) => partner.organisationId)).size !== partners.length) {
      errors.push({
        field: 'body.partners',
        message: 'Each organisation can be a partner once',
        code: 'duplicate_partner',
      });
    }
    if (errors.length > 0)
      throw new DomainError('request/invalid', 'The partner list needs attention', { errors });
    const kept = new Set(partners.map((partner) => partner.organisationId));
    const removed = (application.partners ?? [])
      .map((partner) => partner.organisationId)
      .filter((id) => !kept.has(id));
    const now = c.var.deps.clock.now().toISOString();
    const next: ApplicationRecord = {
      ...application,
      partners: partners.map((partner) => ({ ...partner, ...named.get(partner.organisationId) })),
      updatedAt: now,
      version: version + 1,
    };
    await c.var.deps.applications.setPartners(next, version, removed);
    await c.var.deps.audit.append({
      scope: `COMP#${application.competitionId}`,
      action: 'application.partners-set',
      actorId: signedInCaller(c).user.id,
      at: now,
      details: {
        applicationId,
        partners: partners.map((partner) => partner.organisationId).join(','),
      },
    });
    return c.json(next, 200);
  });

async function moveApplication(
  c: Context<AppEnv>,
  move: 'withdraw' | 'reopen',
  { organisationId, applicationId }: { organisationId: string; applicationId: string },
  version: number,
) {
  const application = await leadApplication(c, organisationId, applicationId);
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
