import {
  bestPracticeAwardTemplate,
  CompetitionIdParams,
  CompetitionSettings,
  crossBorderSocialProjectTemplate,
  FormDefinition,
  formDefinitionProblems,
} from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
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

const getForm = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/form',
  tags: ['forms'],
  summary: 'The current application form of a published competition',
  access: 'public',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The form', content: jsonContent(FormDefinition) },
    ...problemResponses(404),
  },
});

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
    const competition = await c.var.deps.competitions.get(competitionId);
    const form =
      competition?.publishedAt && competition.formVersion
        ? await c.var.deps.competitions.getForm(competitionId, competition.formVersion)
        : undefined;
    if (!form)
      throw new DomainError('resource/not-found', 'This competition has no published form');
    return c.json(form, 200);
  });
