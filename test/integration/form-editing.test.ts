import { beforeAll, describe, expect, it } from 'vitest';
import {
  Application,
  CompetitionSettings,
  crossBorderSocialProjectTemplate,
  FormDefinition,
  FormEditingState,
  Problem,
  type Field,
} from '@laureate/schemas';
import { competitionRecord } from '../helpers/factories.ts';
import { createWorld, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';
const template = crossBorderSocialProjectTemplate;

function send(api: TestApi, method: string, path: string, body: unknown, cookie: string) {
  return api.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

/** The template with `change` applied to every field of the first section. */
function editFirstSection(change: (fields: Field[]) => Field[]): FormDefinition {
  const [first, ...rest] = template.sections;
  return { ...template, sections: [{ ...first!, fields: change(first!.fields) }, ...rest] };
}

const newQuestion: Field = {
  id: 'partnerCity',
  type: 'short_text',
  label: { en: 'Partner city', ru: 'Город партнёра' },
  required: true,
  limit: { unit: 'characters', max: 80 },
};

describe('editing a form once applications exist', () => {
  let api: TestApi;
  let world: World;
  let organiser: string;

  beforeAll(async () => {
    api = await createTestApi({ now });
    world = await createWorld(api);
    organiser = world.personas.organiser1.cookie!;
  });

  async function editing(competitionId: string) {
    const response = await api.app.request(`/api/competitions/${competitionId}/form/editing`, {
      headers: { cookie: organiser },
    });
    expect(response.status).toBe(200);
    return FormEditingState.parse(await response.json());
  }

  async function competitionVersion(competitionId: string) {
    const response = await api.app.request(`/api/competitions/${competitionId}/settings`, {
      headers: { cookie: organiser },
    });
    return CompetitionSettings.parse(await response.json()).version;
  }

  async function saveForm(competitionId: string, definition: FormDefinition) {
    return send(
      api,
      'PUT',
      `/api/competitions/${competitionId}/form`,
      { definition, version: await competitionVersion(competitionId) },
      organiser,
    );
  }

  it('gives organisers the form of an unpublished competition, which the public cannot read', async () => {
    const record = competitionRecord(now, { published: false });
    await api.deps.competitions.create(record);
    await api.deps.competitionRoles.grant({
      competitionId: record.id,
      userId: world.personas.organiser1.userId!,
      role: 'organiser',
      createdAt: now,
    });
    expect(await editing(record.id)).toEqual({
      form: null,
      applications: 0,
      answeredFieldIds: [],
    });
    expect((await saveForm(record.id, template)).status).toBe(200);
    const state = await editing(record.id);
    expect(state.form?.version).toBe(1);
    expect(state.form?.sections.map((section) => section.id)).toEqual(
      template.sections.map((section) => section.id),
    );
    expect((await api.app.request(`/api/competitions/${record.id}/form`)).status).toBe(404);
  });

  it('locks answered fields: removing or retyping one is refused, adding one makes a version old drafts do not follow', async () => {
    const competitionId = world.competition1;
    const before = await editing(competitionId);
    expect(before.applications).toBe(2);
    expect(before.answeredFieldIds).toEqual([]);

    // Applicant A answers one question of version 1.
    const base = `/api/organisations/${world.organisationA}/applications/${world.applicationA}`;
    const applicant = world.personas.applicantA.cookie!;
    const draft = await send(
      api,
      'PUT',
      `${base}/draft`,
      { answers: { projectTitle: 'Тёплый эфир' }, version: 1 },
      applicant,
    );
    expect(draft.status).toBe(200);
    expect((await editing(competitionId)).answeredFieldIds).toEqual(['projectTitle']);

    const removed = await saveForm(
      competitionId,
      editFirstSection((fields) => fields.filter((field) => field.id !== 'projectTitle')),
    );
    expect(removed.status).toBe(409);
    const removedProblem = Problem.parse(await removed.json());
    expect(removedProblem.code).toBe('form/answers-would-break');
    expect(removedProblem.errors?.map((error) => error.code)).toEqual(['answered_field_removed']);
    expect(removedProblem.errors?.[0]?.message).toContain('"projectTitle"');

    const retyped = await saveForm(
      competitionId,
      editFirstSection((fields) =>
        fields.map((field) =>
          field.id === 'projectTitle'
            ? { ...field, type: 'long_text', limit: { unit: 'words', max: 30 } }
            : field,
        ),
      ),
    );
    expect(retyped.status).toBe(409);
    expect(Problem.parse(await retyped.json()).errors?.[0]?.code).toBe('answered_field_retyped');

    // Unanswered fields may go; answered ones may be relabelled; new ones may be added.
    const saved = await saveForm(
      competitionId,
      editFirstSection((fields) => [
        ...fields
          .filter((field) => field.id !== 'problem')
          .map((field) => ({ ...field, label: { en: 'Name of the project' } })),
        newQuestion,
      ]),
    );
    expect(saved.status).toBe(200);

    const current = FormDefinition.parse(
      await (await api.app.request(`/api/competitions/${competitionId}/form`)).json(),
    );
    expect(current.version).toBe(2);
    expect(current.sections[0]!.fields.map((field) => field.id)).toEqual([
      'projectTitle',
      'partnerCity',
    ]);
    const first = FormDefinition.parse(
      await (await api.app.request(`/api/competitions/${competitionId}/form?version=1`)).json(),
    );
    expect(first.version).toBe(1);
    expect(first.sections[0]!.fields.map((field) => field.id)).toEqual(['projectTitle', 'problem']);
    expect(
      (await api.app.request(`/api/competitions/${competitionId}/form?version=3`)).status,
    ).toBe(404);

    // The draft keeps answering version 1: its questions, not the new one.
    const kept = Application.parse(
      await (await api.app.request(base, { headers: { cookie: applicant } })).json(),
    );
    expect(kept.formVersion).toBe(1);
    const oldQuestion = await send(
      api,
      'PUT',
      `${base}/draft`,
      { answers: { projectTitle: 'Тёплый эфир', problem: 'Одиночество' }, version: kept.version },
      applicant,
    );
    expect(oldQuestion.status).toBe(200);
    const newOne = Application.parse(
      await (
        await send(
          api,
          'POST',
          `/api/organisations/${world.organisationA}/applications`,
          { competitionId, trackId: 'social-work', title: 'Новая заявка' },
          applicant,
        )
      ).json(),
    );
    expect(newOne.formVersion).toBe(2);
  });
});
