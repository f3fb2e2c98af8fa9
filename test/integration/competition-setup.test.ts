import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuditPage,
  CompetitionCreated,
  Me,
  CompetitionList,
  CompetitionSettings,
  CompetitionSummary,
  Problem,
} from '@laureate/schemas';
import { competitionRecord, uniqueId } from '../helpers/factories.ts';
import { createWorld, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';

function send(api: TestApi, method: string, path: string, body: unknown, cookie?: string) {
  return api.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

const rubric = {
  criteria: [
    {
      id: 'relevance',
      title: { en: 'Social relevance', ru: 'Социальная значимость' },
      weight: 3,
      scale: { min: 0, max: 10 },
      levels: [
        { score: 0, descriptor: { en: 'Not shown', ru: 'Не показана' } },
        {
          score: 10,
          descriptor: { en: 'Compelling, with evidence', ru: 'Убедительно, с данными' },
        },
      ],
    },
    {
      id: 'cross-border',
      title: { en: 'Cross-border partnership' },
      weight: 2,
      scale: { min: 0, max: 10 },
    },
  ],
};

describe('competition set-up by its organisers', () => {
  let api: TestApi;
  let world: World;
  let draftId: string;

  beforeAll(async () => {
    api = await createTestApi({ now });
    world = await createWorld(api);
    // An unpublished competition organised by organiser1.
    const draft = competitionRecord(now, { opensInDays: 10, published: false });
    draftId = draft.id;
    await api.deps.competitions.create(draft);
    await api.deps.competitionRoles.grant({
      competitionId: draftId,
      userId: world.personas.organiser1.userId!,
      role: 'organiser',
      createdAt: now,
    });
  });

  const settingsOf = async (cookie: string | undefined) =>
    CompetitionSettings.parse(
      await (
        await api.app.request(`/api/competitions/${draftId}/settings`, {
          headers: { cookie: cookie! },
        })
      ).json(),
    );

  it('sets the rubric, quotas and reviews per application, guarded by the version', async () => {
    const cookie = world.personas.organiser1.cookie;
    const before = await settingsOf(cookie);
    expect(before).toMatchObject({
      reviewsPerApplication: 3,
      quotas: [],
      rubric: { criteria: [] },
      phase: 'upcoming',
    });

    const updated = await send(
      api,
      'PATCH',
      `/api/competitions/${draftId}`,
      {
        rubric,
        quotas: [{ dimension: 'country', winnersPerGroup: 4 }],
        reviewsPerApplication: 3,
        version: before.version,
      },
      cookie,
    );
    expect(updated.status).toBe(200);
    const after = CompetitionSettings.parse(await updated.json());
    expect(after.version).toBe(before.version + 1);
    expect(after.quotas).toEqual([{ dimension: 'country', winnersPerGroup: 4 }]);
    expect(after.rubric.criteria.map((criterion) => criterion.weight)).toEqual([3, 2]);

    const stale = await send(
      api,
      'PATCH',
      `/api/competitions/${draftId}`,
      { reviewsPerApplication: 5, version: before.version },
      cookie,
    );
    expect(stale.status).toBe(409);
    expect((await settingsOf(cookie)).reviewsPerApplication).toBe(3);
  });

  it('refuses deadlines out of order and a rubric scale upside down, naming the fields', async () => {
    const cookie = world.personas.organiser1.cookie;
    const { version, calendar } = await settingsOf(cookie);
    const badCalendar = await send(
      api,
      'PATCH',
      `/api/competitions/${draftId}`,
      { calendar: { ...calendar, resultsAt: calendar.callOpensAt }, version },
      cookie,
    );
    expect(badCalendar.status).toBe(400);
    // Each deadline out of order is named, so the set-up page can show the error on its field.
    expect(Problem.parse(await badCalendar.json()).errors).toEqual([
      {
        field: 'body.calendar.resultsAt',
        message: 'resultsAt must come after reviewEndsAt',
        code: 'calendar_order',
      },
    ]);

    const badRubric = await send(
      api,
      'PATCH',
      `/api/competitions/${draftId}`,
      {
        rubric: {
          criteria: [{ id: 'x', title: { en: 'X' }, weight: 1, scale: { min: 5, max: 1 } }],
        },
        version,
      },
      cookie,
    );
    expect(badRubric.status).toBe(400);
    expect(Problem.parse(await badRubric.json()).errors?.[0]?.field).toBe(
      'body.rubric.criteria.0.scale',
    );
  });

  it('publishes the call: it then appears on the public list', async () => {
    const cookie = world.personas.organiser1.cookie;
    expect((await api.app.request(`/api/competitions/${draftId}`)).status).toBe(404);
    const { version } = await settingsOf(cookie);
    const published = await send(
      api,
      'POST',
      `/api/competitions/${draftId}/publish`,
      { version },
      cookie,
    );
    expect(published.status).toBe(200);
    const list = CompetitionList.parse(await (await api.app.request('/api/competitions')).json());
    expect(list.items.map((item) => item.id)).toContain(draftId);
  });

  it('takes back a call published by mistake, but never once an NGO has started an application', async () => {
    const cookie = world.personas.organiser1.cookie;
    const mistaken = competitionRecord(now, { opensInDays: 10 });
    await api.deps.competitions.create(mistaken);
    await api.deps.competitionRoles.grant({
      competitionId: mistaken.id,
      userId: world.personas.organiser1.userId!,
      role: 'organiser',
      createdAt: now,
    });
    const listed = async () =>
      CompetitionList.parse(await (await api.app.request('/api/competitions')).json()).items.map(
        (item) => item.id,
      );
    expect(await listed()).toContain(mistaken.id);
    const unpublish = (version: number) =>
      send(api, 'POST', `/api/competitions/${mistaken.id}/unpublish`, { version }, cookie);

    const taken = await unpublish(1);
    expect(taken.status).toBe(200);
    expect(CompetitionSettings.parse(await taken.json()).publishedAt).toBeUndefined();
    expect(await listed()).not.toContain(mistaken.id);
    expect((await api.app.request(`/api/competitions/${mistaken.id}`)).status).toBe(404);
    const audit = AuditPage.parse(
      await (
        await api.app.request(`/api/competitions/${mistaken.id}/audit`, {
          headers: { cookie: cookie! },
        })
      ).json(),
    );
    expect(audit.items.map((entry) => entry.action)).toContain('competition.unpublished');

    // Published again, and an NGO starts a draft: the call now stays public for it.
    const again = await send(
      api,
      'POST',
      `/api/competitions/${mistaken.id}/publish`,
      { version: 2 },
      cookie,
    );
    expect(again.status).toBe(200);
    await api.deps.applications.create({
      id: uniqueId('app'),
      competitionId: mistaken.id,
      trackId: 'social-work',
      organisationId: world.organisationA,
      title: 'Черновик',
      status: 'draft',
      answers: {},
      formVersion: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const refused = await unpublish(3);
    expect(refused.status).toBe(409);
    expect(Problem.parse(await refused.json()).code).toBe('competition/has-applications');
    expect(await listed()).toContain(mistaken.id);
  });

  it('moves the phase by hand with an audited reason, then back to the calendar', async () => {
    const cookie = world.personas.organiser1.cookie;
    const { version } = await settingsOf(cookie);
    const reason = 'Opening early at the request of the civic forum secretariat';
    const moved = await send(
      api,
      'POST',
      `/api/competitions/${draftId}/phase`,
      { phase: 'call_open', reason, version },
      cookie,
    );
    expect(moved.status).toBe(200);
    const publicView = CompetitionSummary.parse(
      await (await api.app.request(`/api/competitions/${draftId}`)).json(),
    );
    expect([publicView.phase, publicView.listing]).toEqual(['call_open', 'open']);

    const audit = AuditPage.parse(
      await (
        await api.app.request(`/api/competitions/${draftId}/audit`, {
          headers: { cookie: cookie! },
        })
      ).json(),
    );
    expect(audit.items[0]).toMatchObject({
      action: 'competition.phase-set',
      details: { from: 'upcoming', to: 'call_open', reason },
    });

    const tooShort = await send(
      api,
      'POST',
      `/api/competitions/${draftId}/phase`,
      { phase: null, reason: 'oops', version: version + 1 },
      cookie,
    );
    expect(Problem.parse(await tooShort.json()).errors?.[0]?.field).toBe('body.reason');
    const cleared = await send(
      api,
      'POST',
      `/api/competitions/${draftId}/phase`,
      { phase: null, reason: 'Back to the published calendar', version: version + 1 },
      cookie,
    );
    expect(CompetitionSettings.parse(await cleared.json()).phase).toBe('upcoming');
  });

  it('keeps other competitions’ organisers and jurors out', async () => {
    for (const persona of [world.personas.organiser2, world.personas.juror1]) {
      const response = await send(
        api,
        'PATCH',
        `/api/competitions/${draftId}`,
        { reviewsPerApplication: 9, version: 99 },
        persona.cookie,
      );
      expect(response.status).toBe(403);
    }
  });

  it('creates a competition from a template, its creator an organiser, all audited', async () => {
    const admin = world.personas.admin;
    const calendar = {
      callOpensAt: '2027-04-01T04:00:00Z',
      submissionDeadline: '2027-05-01T18:59:00Z',
      screeningEndsAt: '2027-05-15T13:00:00Z',
      reviewEndsAt: '2027-06-01T13:00:00Z',
      resultsAt: '2027-06-15T13:00:00Z',
    };
    const created = await send(
      api,
      'POST',
      '/api/competitions',
      {
        title: { ru: 'Новый конкурс' },
        summary: { ru: 'Описание' },
        countries: ['RU', 'KZ'],
        timeZone: 'Asia/Almaty',
        calendar,
        formTemplate: 'cross-border-social-project',
        addMeAsOrganiser: true,
      },
      admin.cookie,
    );
    expect(created.status).toBe(201);
    const { id } = CompetitionCreated.parse(await created.json());

    const settings = await (
      await api.app.request(`/api/competitions/${id}/settings`, {
        headers: { cookie: admin.cookie! },
      })
    ).json();
    const parsed = CompetitionSettings.parse(settings);
    expect(parsed).toMatchObject({
      form: { id: 'cross-border-social-project', version: 1 },
      calendar,
    });
    expect(parsed.publishedAt).toBeUndefined();
    // The form is stored as version 1, whole: the template's sections, not a summary.
    const stored = await api.deps.competitions.getForm(id, 1);
    expect(stored?.sections.length).toBeGreaterThan(3);

    const me = Me.parse(
      await (await api.app.request('/api/auth/me', { headers: { cookie: admin.cookie! } })).json(),
    );
    expect(me.roles).toContainEqual({ role: 'organiser', competitionId: id });
    const audit = AuditPage.parse(
      await (
        await api.app.request(`/api/competitions/${id}/audit`, {
          headers: { cookie: admin.cookie! },
        })
      ).json(),
    );
    expect(audit.items.map((entry) => entry.action).sort()).toEqual([
      'competition.created',
      'role.granted',
    ]);
    expect(audit.items.find((entry) => entry.action === 'role.granted')?.details).toEqual({
      role: 'organiser',
      userId: admin.userId,
    });
  });

  it('creates a competition without a form or a role when neither is asked for', async () => {
    const admin = world.personas.admin;
    const { calendar } = await settingsOf(world.personas.organiser1.cookie);
    const created = await send(
      api,
      'POST',
      '/api/competitions',
      {
        title: { en: 'Bare' },
        summary: { en: 'No form yet' },
        countries: ['KZ'],
        timeZone: 'Asia/Almaty',
        calendar,
      },
      admin.cookie,
    );
    const { id } = CompetitionCreated.parse(await created.json());
    const settings = CompetitionSettings.parse(
      await (
        await api.app.request(`/api/competitions/${id}/settings`, {
          headers: { cookie: admin.cookie! },
        })
      ).json(),
    );
    expect(settings.form).toBeUndefined();
    expect(await api.deps.competitionRoles.list(id)).toEqual([]);

    const unknownTemplate = await send(
      api,
      'POST',
      '/api/competitions',
      {
        title: { en: 'Bare' },
        summary: { en: 'x' },
        countries: ['KZ'],
        timeZone: 'Asia/Almaty',
        calendar,
        formTemplate: 'no-such-template',
      },
      admin.cookie,
    );
    expect(unknownTemplate.status).toBe(400);
    expect(Problem.parse(await unknownTemplate.json()).errors?.[0]?.field).toBe(
      'body.formTemplate',
    );
  });
});
