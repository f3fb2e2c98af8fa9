import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
  Application,
  ApplicationList,
  ApplicationCounts,
  ApplicationPage,
  bestPracticeAwardTemplate,
  CompetitionSettings,
  OutboxPage,
  Problem,
} from '@laureate/schemas';
import { exampleBestPracticeAnswers } from '../../schemas/src/forms/examples.ts';
import { attachSamplePng } from '../helpers/attachments.ts';
import { createWorld, signInCookie, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';
const completeAnswers = exampleBestPracticeAnswers();

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

  it('tells the dashboard how many questions a draft still needs, as submitting would', async () => {
    const application = await start();
    const missingOnDashboard = async () => {
      const list = ApplicationList.parse(
        await (await api.app.request(base, { headers: { cookie } })).json(),
      );
      return list.items.find((item) => item.id === application.id)?.missingAnswers;
    };
    const partial = Application.parse(
      await (
        await send(
          api,
          'PUT',
          `${base}/${application.id}/draft`,
          { answers: { practiceTitle: 'Тёплый эфир' }, version: application.version },
          cookie,
        )
      ).json(),
    );
    const refused = Problem.parse(
      await (
        await send(
          api,
          'POST',
          `${base}/${application.id}/submit`,
          { version: partial.version },
          cookie,
        )
      ).json(),
    );
    const questions = new Set(refused.errors?.map((error) => error.field.split('.')[2]));
    expect(questions.size).toBeGreaterThan(5);
    expect(await missingOnDashboard()).toBe(questions.size);

    await send(
      api,
      'PUT',
      `${base}/${application.id}/draft`,
      { answers: completeAnswers, version: partial.version },
      cookie,
    );
    expect(await missingOnDashboard()).toBe(0);
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
    // The file field: a real PNG through the same declare–upload–complete steps as the editor.
    const attachmentId = await attachSamplePng(
      api,
      cookie,
      `${base}/${application.id}`,
      'materials',
    );
    const withFile = Application.parse(
      await (await api.app.request(`${base}/${application.id}`, { headers: { cookie } })).json(),
    );
    expect(withFile.version).toBeGreaterThan(complete.version);
    const submitted = await send(
      api,
      'POST',
      `${base}/${application.id}/submit`,
      { version: withFile.version },
      cookie,
    );
    expect(submitted.status).toBe(200);
    const result = Application.parse(await submitted.json());
    expect(result.status).toBe('submitted');
    // Every field type answered, the file included, and the budget total computed from its lines.
    expect(JSON.stringify(result.answers.materials)).toContain(attachmentId);
    expect(result.answers.team).toEqual(completeAnswers.team);
    expect(result.answers.practiceCosts).toEqual(completeAnswers.practiceCosts);
    expect(result.answers.experienceType).toEqual({
      selected: ['volunteering', 'other'],
      other: 'Онлайн-наставничество',
    });
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

  it('lets a partner across the border read the draft and edit only the sections opened to it; only the lead submits', async () => {
    const application = await start();
    const lead = `${base}/${application.id}`;
    const partnerCookie = world.personas.applicantB.cookie!;
    const asPartner = `/api/organisations/${world.organisationB}/applications/${application.id}`;
    // Before being added, the other organisation cannot see it.
    expect((await api.app.request(asPartner, { headers: { cookie: partnerCookie } })).status).toBe(
      404,
    );

    const withPartner = Application.parse(
      await (
        await send(
          api,
          'PUT',
          `${lead}/partners`,
          {
            partners: [
              {
                organisationId: world.organisationB,
                role: 'partner',
                contribution: 'Площадки в Павлодаре',
                editableSections: ['narrativeSection'],
              },
            ],
            version: application.version,
          },
          cookie,
        )
      ).json(),
    );
    expect(withPartner.partners?.[0]?.organisationId).toBe(world.organisationB);
    // The application names its partner as the organisation was when it was added.
    expect(withPartner.partners?.[0]).toMatchObject({
      organisationName: `NGO ${world.organisationB}`,
      country: 'KZ',
    });
    const list = (await (
      await api.app.request(`/api/organisations/${world.organisationB}/applications`, {
        headers: { cookie: partnerCookie },
      })
    ).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(application.id);

    // The partner writes the narrative, and also tries to change the title field: only the narrative changes.
    const saved = Application.parse(
      await (
        await send(
          api,
          'PUT',
          `${asPartner}/draft`,
          {
            answers: { practiceTitle: 'Захват', summary: 'Написано партнёром' },
            version: withPartner.version,
          },
          partnerCookie,
        )
      ).json(),
    );
    expect(saved.answers.summary).toBe('Написано партнёром');
    expect(saved.answers.practiceTitle).toBeUndefined();

    const partnerSubmit = await send(
      api,
      'POST',
      `${asPartner}/submit`,
      { version: saved.version },
      partnerCookie,
    );
    expect(partnerSubmit.status).toBe(403);
    expect(Problem.parse(await partnerSubmit.json()).code).toBe('application/lead-only');

    // Removing the partner removes its access.
    await send(api, 'PUT', `${lead}/partners`, { partners: [], version: saved.version }, cookie);
    expect((await api.app.request(asPartner, { headers: { cookie: partnerCookie } })).status).toBe(
      404,
    );
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

describe('organisers screen, count and export the submitted applications', () => {
  let api: TestApi;
  let world: World;

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
    await send(
      api,
      'PUT',
      `/api/competitions/${world.competition1}/form`,
      { definition: bestPracticeAwardTemplate, version: settings.version },
      organiser,
    );
    // Two NGOs from two countries submit; a third keeps a draft, which organisers never see.
    for (const [persona, organisationId, title] of [
      ['applicantA', world.organisationA, 'Тёплый эфир без границ'],
      ['applicantB', world.organisationB, 'Поисковая экспедиция «Вернуть имена»'],
      ['applicantA', world.organisationA, 'Черновик'],
    ] as const) {
      const cookie = world.personas[persona].cookie!;
      const base = `/api/organisations/${organisationId}/applications`;
      const created = Application.parse(
        await (
          await send(
            api,
            'POST',
            base,
            { competitionId: world.competition1, trackId: 'social-work', title },
            cookie,
          )
        ).json(),
      );
      if (title === 'Черновик') continue;
      const saved = Application.parse(
        await (
          await send(
            api,
            'PUT',
            `${base}/${created.id}/draft`,
            { answers: { ...completeAnswers, practiceTitle: title }, version: 1 },
            cookie,
          )
        ).json(),
      );
      expect(
        (
          await send(
            api,
            'POST',
            `${base}/${created.id}/submit`,
            { version: saved.version },
            cookie,
          )
        ).status,
      ).toBe(200);
    }
    // The call closes; screening begins. The organiser signs in again days later.
    const competition = (await api.deps.competitions.get(world.competition1))!;
    api.clock.set(new Date(Date.parse(competition.calendar.submissionDeadline) + 60_000));
  });

  const organiserCookie = () => signInCookie(api, world.personas.organiser1.email!);
  const list = async (query: string, cookie: string) =>
    ApplicationPage.parse(
      await (
        await api.app.request(`/api/competitions/${world.competition1}/applications${query}`, {
          headers: { cookie },
        })
      ).json(),
    );

  it('lists submitted applications with filters and search, never drafts', async () => {
    const cookie = await organiserCookie();
    expect((await list('', cookie)).items.map((item) => item.title).sort()).toEqual([
      'Поисковая экспедиция «Вернуть имена»',
      'Тёплый эфир без границ',
    ]);
    expect((await list('?country=KZ', cookie)).items.map((item) => item.organisationId)).toEqual([
      world.organisationB,
    ]);
    expect((await list(`?q=${encodeURIComponent('ВЕРНУТЬ')}`, cookie)).items).toHaveLength(1);
    expect((await list('?status=eligible', cookie)).items).toHaveLength(0);
  });

  it('counts per status, country and track', async () => {
    const cookie = await organiserCookie();
    const counts = ApplicationCounts.parse(
      await (
        await api.app.request(`/api/competitions/${world.competition1}/applications/counts`, {
          headers: { cookie },
        })
      ).json(),
    );
    expect(counts).toEqual({
      total: 2,
      byStatus: { submitted: 2 },
      byCountry: { RU: 1, KZ: 1 },
      byTrack: { 'social-work': 2 },
    });
  });

  it('marks eligibility, demanding a reason for ineligibility that the applicant then reads', async () => {
    const cookie = await organiserCookie();
    const [first, second] = (await list('', cookie)).items;
    const base = `/api/competitions/${world.competition1}/applications`;
    const noReason = await send(
      api,
      'POST',
      `${base}/${first!.id}/eligibility`,
      { eligible: false, version: first!.version },
      cookie,
    );
    expect(Problem.parse(await noReason.json()).errors?.[0]?.field).toBe('body.reason');
    const reason = 'Нет подтверждения регистрации организации';
    const ineligible = Application.parse(
      await (
        await send(
          api,
          'POST',
          `${base}/${first!.id}/eligibility`,
          { eligible: false, reason, version: first!.version },
          cookie,
        )
      ).json(),
    );
    expect([ineligible.status, ineligible.eligibility?.reason]).toEqual(['ineligible', reason]);
    const eligible = Application.parse(
      await (
        await send(
          api,
          'POST',
          `${base}/${second!.id}/eligibility`,
          { eligible: true, version: second!.version },
          cookie,
        )
      ).json(),
    );
    expect(eligible.status).toBe('eligible');

    const owner =
      first!.organisationId === world.organisationA
        ? world.personas.applicantA
        : world.personas.applicantB;
    const ownerCookie = await signInCookie(api, owner.email!);
    const seen = Application.parse(
      await (
        await api.app.request(
          `/api/organisations/${first!.organisationId}/applications/${first!.id}`,
          { headers: { cookie: ownerCookie } },
        )
      ).json(),
    );
    expect(seen.eligibility).toMatchObject({ eligible: false, reason });
  });

  it('exports CSV with a byte-order mark and XLSX, Cyrillic intact', async () => {
    const cookie = await organiserCookie();
    const base = `/api/competitions/${world.competition1}/applications/export`;
    const csvResponse = await api.app.request(`${base}?format=csv`, { headers: { cookie } });
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvBytes = Buffer.from(await csvResponse.arrayBuffer());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvBytes.toString('utf8');
    expect(csv).toContain('Тёплый эфир без границ');
    expect(csv).toContain('Поисковая экспедиция «Вернуть имена»');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);

    const xlsxResponse = await api.app.request(`${base}?format=xlsx`, { headers: { cookie } });
    const parts = unzipSync(new Uint8Array(await xlsxResponse.arrayBuffer()));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('Тёплый эфир без границ');
    expect(sheet).toContain('Вернуть имена');
    expect(sheet.match(/<row /g)).toHaveLength(3);
  });
});
