import { beforeAll, describe, expect, it } from 'vitest';
import {
  Application,
  bestPracticeAwardTemplate,
  CompetitionSettings,
  OutboxPage,
  Problem,
} from '@laureate/schemas';
import { createWorld, signInCookie, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';
const words = (n: number) => Array.from({ length: n }, () => 'слово').join(' ');

/** Every field of the best-practice form answered, with "other, specify" and the conditional fields shown. */
const completeAnswers = {
  practiceTitle: 'Онлайн-встречи для жителей домов-интернатов',
  practiceStatus: { selected: ['completed'] },
  startDate: '2021-09-01',
  endDate: '2023-05-31',
  participantsCount: 21000,
  country: 'RU',
  region: { country: 'RU', region: 'Москва' },
  contactEmail: 'info@example.ru',
  contactPhone: '+7 (495) 123-45-67',
  website: 'https://example.ru/project',
  experienceType: { selected: ['volunteering', 'other'], other: 'Онлайн-наставничество' },
  objectives: { selected: ['inclusion', 'wellbeing'] },
  territorialScope: { selected: ['national', 'cross_border'] },
  countriesInvolved: 'Россия, Казахстан',
  thematicAreas: { selected: ['older_people'] },
  objectivesText: words(120),
  howAchieved: words(200),
  extentAchieved: words(150),
  innovation: words(100),
  transferability: words(100),
  feasibility: words(100),
  coordination: words(100),
  coResponsibility: words(100),
  evaluation: words(100),
  summary: '37 онлайн-встреч, около 21 000 участников из 65 регионов.',
};

function send(api: TestApi, method: string, path: string, body: unknown, cookie?: string) {
  return api.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe('applications on the best-practice award form', () => {
  let api: TestApi;
  let world: World;
  let base: string;
  let cookie: string;

  beforeAll(async () => {
    api = await createTestApi({ now });
    world = await createWorld(api);
    const organiser = world.personas.organiser1.cookie!;
    const settings = CompetitionSettings.parse(
      await (
        await api.app.request(`/api/competitions/${world.competition1}/settings`, {
          headers: { cookie: organiser },
        })
      ).json(),
    );
    const saved = await send(
      api,
      'PUT',
      `/api/competitions/${world.competition1}/form`,
      { definition: bestPracticeAwardTemplate, version: settings.version },
      organiser,
    );
    expect(saved.status).toBe(200);
    cookie = world.personas.applicantA.cookie!;
    base = `/api/organisations/${world.organisationA}/applications`;
  });

  async function start(): Promise<Application> {
    const trackId = 'social-work';
    const created = await send(
      api,
      'POST',
      base,
      { competitionId: world.competition1, trackId, title: 'Тёплый эфир' },
      cookie,
    );
    expect(created.status).toBe(201);
    return Application.parse(await created.json());
  }

  it('detects two concurrent edits of one draft: one wins, the other gets a conflict, nothing is lost silently', async () => {
    const application = await start();
    const path = `${base}/${application.id}/draft`;
    const [first, second] = await Promise.all([
      send(
        api,
        'PUT',
        path,
        { answers: { practiceTitle: 'Из первой вкладки' }, version: application.version },
        cookie,
      ),
      send(
        api,
        'PUT',
        path,
        { answers: { practiceTitle: 'Из второй вкладки' }, version: application.version },
        cookie,
      ),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.status === 200 ? 'Из первой вкладки' : 'Из второй вкладки';
    const stored = Application.parse(
      await (await api.app.request(`${base}/${application.id}`, { headers: { cookie } })).json(),
    );
    expect(stored.answers.practiceTitle).toBe(winner);
    expect(stored.version).toBe(application.version + 1);
  });

  it('keeps a malformed draft answer out, naming the field', async () => {
    const application = await start();
    const response = await send(
      api,
      'PUT',
      `${base}/${application.id}/draft`,
      { answers: { participantsCount: 'many' }, version: application.version },
      cookie,
    );
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.[0]?.field).toBe(
      'body.answers.participantsCount',
    );
  });

  it('lists every missing answer on submit, then submits with every field type and returns and emails a receipt', async () => {
    const application = await start();
    const draftPath = `${base}/${application.id}/draft`;
    const partial = Application.parse(
      await (
        await send(
          api,
          'PUT',
          draftPath,
          { answers: { practiceTitle: 'Тёплый эфир' }, version: 1 },
          cookie,
        )
      ).json(),
    );
    const incomplete = await send(
      api,
      'POST',
      `${base}/${application.id}/submit`,
      { version: partial.version },
      cookie,
    );
    expect(incomplete.status).toBe(400);
    const problem = Problem.parse(await incomplete.json());
    expect(problem.code).toBe('application/incomplete');
    const fields = problem.errors?.map((error) => error.field) ?? [];
    expect(fields).toContain('body.answers.summary');
    expect(fields).toContain('body.answers.experienceType');
    // Hidden until "completed" is chosen: not demanded.
    expect(fields).not.toContain('body.answers.endDate');

    const complete = Application.parse(
      await (
        await send(
          api,
          'PUT',
          draftPath,
          { answers: completeAnswers, version: partial.version },
          cookie,
        )
      ).json(),
    );
    const submitted = await send(
      api,
      'POST',
      `${base}/${application.id}/submit`,
      { version: complete.version },
      cookie,
    );
    expect(submitted.status).toBe(200);
    const result = Application.parse(await submitted.json());
    expect(result.status).toBe('submitted');
    expect(result.receipt).toMatchObject({
      applicationId: application.id,
      version: 1,
      submittedAt: new Date(now).toISOString(),
    });
    expect(result.receipt?.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const outbox = OutboxPage.parse(
      await (
        await api.app.request(
          `/api/dev/outbox?to=${encodeURIComponent(world.personas.applicantA.email!)}`,
        )
      ).json(),
    );
    expect(outbox.items[0]?.text).toContain(result.receipt!.contentHash);

    // Reopen and resubmit before the deadline: both submitted versions are kept.
    const reopened = Application.parse(
      await (
        await send(
          api,
          'POST',
          `${base}/${application.id}/reopen`,
          { version: result.version },
          cookie,
        )
      ).json(),
    );
    expect(reopened.status).toBe('draft');
    const again = Application.parse(
      await (
        await send(
          api,
          'POST',
          `${base}/${application.id}/submit`,
          { version: reopened.version },
          cookie,
        )
      ).json(),
    );
    expect(again.receipt?.version).toBe(2);
    expect(await api.deps.applications.listSubmittedVersions(application.id)).toHaveLength(2);
  });

  it('refuses editing and submitting after the deadline by the server’s clock, and keeps the draft readable', async () => {
    const application = await start();
    const saved = Application.parse(
      await (
        await send(
          api,
          'PUT',
          `${base}/${application.id}/draft`,
          { answers: { practiceTitle: 'Почти готово' }, version: 1 },
          cookie,
        )
      ).json(),
    );
    const competition = (await api.deps.competitions.get(world.competition1))!;
    api.clock.set(competition.calendar.submissionDeadline);
    // Days have passed: the applicant signs in again (the old session expired meanwhile).
    const lateCookie = await signInCookie(api, world.personas.applicantA.email!);
    try {
      const late = await send(
        api,
        'PUT',
        `${base}/${application.id}/draft`,
        { answers: { practiceTitle: 'Поздно' }, version: saved.version },
        lateCookie,
      );
      expect(late.status).toBe(409);
      expect(Problem.parse(await late.json()).code).toBe('application/deadline-passed');
      const lateSubmit = await send(
        api,
        'POST',
        `${base}/${application.id}/submit`,
        { version: saved.version },
        lateCookie,
      );
      expect(Problem.parse(await lateSubmit.json()).code).toBe('application/deadline-passed');
      const read = Application.parse(
        await (
          await api.app.request(`${base}/${application.id}`, { headers: { cookie: lateCookie } })
        ).json(),
      );
      expect(read.answers.practiceTitle).toBe('Почти готово');
    } finally {
      api.clock.set(now);
    }
  });

  it('hides one organisation’s application from another', async () => {
    const application = await start();
    const other = world.personas.applicantB.cookie!;
    const asB = await api.app.request(
      `/api/organisations/${world.organisationB}/applications/${application.id}`,
      { headers: { cookie: other } },
    );
    expect(asB.status).toBe(404);
  });
});
