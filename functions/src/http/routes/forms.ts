import {
  answeredFieldIdsOf,
  answeredFieldProblems,
  bestPracticeAwardTemplate,
  CompetitionIdParams,
  CompetitionSettings,
  crossBorderSocialProjectTemplate,
  FormDefinition,
  formDefinitionProblems,
  FormEditingState,
} from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { AppDeps } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const templates = {
  'cross-border-social-project': crossBorderSocialProjectTemplate,
  'best-practice-award': bestPracticeAwardTemplate,
};

const FormTemplateList = z.object({
  items: z.array(z.object({ id: z.string(), definition: FormDefinition })),
});

const listTemplates = defineRoute({
  method: 'get',
  path: '/form-templates',
  tags: ['forms'],
  summary: 'The built-in application forms organisers can start from',
  access: 'public',
  responses: { 200: { description: 'Templates', content: jsonContent(FormTemplateList) } },
});

const setForm = defineRoute({
  method: 'put',
  path: '/competitions/{competitionId}/form',
  tags: ['forms'],
  summary:
    'Save a new version of the application form; earlier versions stay for the applications that use them',
  description:
    'Once applications have answered a field, the new version must keep a field with that id and type (409 form/answers-would-break otherwise).',
  access: 'competition-organiser',
  request: {
    params: CompetitionIdParams,
    body: jsonBody(
      z.object({ definition: FormDefinition, version: z.number().int().min(1) }).strict(),
    ),
  },
  responses: {
    200: {
      description: 'Saved',
      content: jsonContent(CompetitionSettings.pick({ id: true, version: true })),
    },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const FormVersionQuery = z.object({
  /** An earlier version: applications keep answering the version they began with. */
  version: z.coerce.number().int().min(1).optional(),
});

const getForm = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/form',
  tags: ['forms'],
  summary:
    'The current application form of a published competition, or one of its earlier versions',
  access: 'public',
  request: { params: CompetitionIdParams, query: FormVersionQuery },
  responses: {
    200: { description: 'The form', content: jsonContent(FormDefinition) },
    ...problemResponses(404),
  },
});

const getFormForEditing = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/form/editing',
  tags: ['forms'],
  summary:
    'The current form for its organisers, published or not, with how many applications exist and which fields they answered',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The form and its use', content: jsonContent(FormEditingState) },
    ...problemResponses(401, 403, 404),
  },
});

/** The fields of the current version that some application, draft or not, has answered. */
async function answeredFields(deps: AppDeps, competitionId: string) {
  const applications = await deps.applications.allOfCompetition(competitionId);
  return {
    applications: applications.length,
    answered: answeredFieldIdsOf(applications.map((application) => application.answers)),
  };
}

async function currentForm(deps: AppDeps, record: CompetitionRecord) {
  return record.formVersion
    ? ((await deps.competitions.getForm(record.id, record.formVersion)) ?? null)
    : null;
}

export const formRoutes = createRouter()
  .openapi(listTemplates, (c) =>
    c.json(
      { items: Object.entries(templates).map(([id, definition]) => ({ id, definition })) },
      200,
    ),
  )
  .openapi(setForm, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { definition, version } = c.req.valid('json');
    const problems = formDefinitionProblems(definition);
    if (problems.length > 0) {
      throw new DomainError('request/invalid', 'The form definition is inconsistent', {
        errors: problems.map((problem) => ({
          field: 'body.definition',
          message: JSON.stringify(problem),
          code: 'form_definition',
        })),
      });
    }
    const { competitions, audit, clock } = c.var.deps;
    const current = (await competitions.get(competitionId))!;
    const { answered } = await answeredFields(c.var.deps, competitionId);
    const stranded = answeredFieldProblems(
      await currentForm(c.var.deps, current),
      definition,
      answered,
    );
    if (stranded.length > 0) {
      throw new DomainError(
        'form/answers-would-break',
        'Applications have answered fields that this version removes or retypes',
        {
          errors: stranded.map((problem) => ({
            field: 'body.definition',
            message: problem.message,
            code: `answered_field_${problem.kind}`,
          })),
        },
      );
    }
    const formVersion = (current.formVersion ?? 0) + 1;
    const now = clock.now().toISOString();
    await competitions.saveForm(
      { ...current, formVersion, updatedAt: now, version: version + 1 },
      version,
      { ...definition, version: formVersion },
    );
    await audit.append({
      scope: `COMP#${competitionId}`,
      action: 'competition.form-saved',
      actorId: signedInCaller(c).user.id,
      at: now,
      details: { formVersion },
    });
    return c.json({ id: competitionId, version: version + 1 }, 200);
  })
  .openapi(getForm, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { version } = c.req.valid('query');
    const competition = await c.var.deps.competitions.get(competitionId);
    const wanted = version ?? competition?.formVersion;
    const form =
      competition?.publishedAt && wanted && wanted <= (competition.formVersion ?? 0)
        ? await c.var.deps.competitions.getForm(competitionId, wanted)
        : undefined;
    if (!form)
      throw new DomainError('resource/not-found', 'This competition has no published form');
    return c.json(form, 200);
  })
  .openapi(getFormForEditing, async (c) => {
    const { competitionId } = c.req.valid('param');
    const record = await c.var.deps.competitions.get(competitionId);
    if (!record) throw new DomainError('competition/not-found', 'No such competition');
    const [form, use] = await Promise.all([
      currentForm(c.var.deps, record),
      answeredFields(c.var.deps, competitionId),
    ]);
    const formIds = new Set(form?.sections.flatMap((s) => s.fields.map((f) => f.id)) ?? []);
    return c.json(
      {
        form,
        applications: use.applications,
        answeredFieldIds: [...use.answered].filter((id) => formIds.has(id)).sort(),
      },
      200,
    );
  });
