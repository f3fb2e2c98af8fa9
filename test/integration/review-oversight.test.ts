import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationReviewList,
  DeadlineExtensionHistory,
  DivergenceList,
  Problem,
  RemindersSent,
  ReviewProgressReport,
} from '@laureate/schemas';
import {
  assignDirectly,
  call,
  createReviewWorld,
  saveFirstDraft,
  submitReview,
  type ReviewWorld,
} from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('organisers follow the review', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let competitionPath: string;

  beforeAll(async () => {
    api = await createTestApi({ now: '2027-03-01T10:00:00Z' });
    // No extra juror here: the flag alone, with "not requested".
    world = await createReviewWorld(api, { divergenceThreshold: 30 });
    competitionPath = `/competitions/${world.competitionId}`;
    const { ru1, kz1, kz2 } = world.jurors;
    await assignDirectly(api, world, world.applications.ru, ru1.id);
    await assignDirectly(api, world, world.applications.ru, kz1.id);
    await assignDirectly(api, world, world.applications.kz, ru1.id);
    await assignDirectly(api, world, world.applications.kz, kz2.id);
    await assignDirectly(api, world, world.applications.spare, kz2.id);
    // kz2 speaks Kazakh only: their account is in Kazakh, for the reminder's language.
    await api.deps.accounts.updateUser(kz2.id, 1, { locale: 'kk' }, api.clock.now().toISOString());

    await submitReview(api, world, ru1.cookie, world.applications.ru, 10); // 87.5
    await submitReview(api, world, kz1.cookie, world.applications.ru, 2); // 27.5 → spread 60 > 30
    await submitReview(api, world, ru1.cookie, world.applications.kz, 6); // 57.5
    await saveFirstDraft(api, world, kz2.cookie, world.applications.kz);
  });

  it('lists the divergent applications with their totals, jurors and the extra-juror outcome', async () => {
    const response = await call(
      api,
      'GET',
      `${competitionPath}/divergence`,
      world.organiser.cookie,
    );
    expect(response.status).toBe(200);
    const list = DivergenceList.parse(await response.json());
    expect(list.threshold).toBe(30);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      applicationId: world.applications.ru,
      spread: 60,
      extraJuror: { status: 'not_requested' },
    });
    expect(list.items[0]?.totals.map((total) => total.weightedTotal).sort()).toEqual([27.5, 87.5]);
    expect(list.items[0]?.totals.map((total) => total.jurorName).sort()).toEqual([
      'Juror KZ one',
      'Juror RU one',
    ]);
  });

  it('shows organisers every review of an application with its juror', async () => {
    const response = await call(
      api,
      'GET',
      `${competitionPath}/applications/${world.applications.kz}/reviews`,
      world.organiser.cookie,
    );
    const list = ApplicationReviewList.parse(await response.json());
    expect(
      list.items.map((item) => [item.jurorName, item.status, item.jurorCountry]).sort(),
    ).toEqual([
      ['Juror KZ two', 'draft', 'KZ'],
      ['Juror RU one', 'submitted', 'RU'],
    ]);
    expect(list.divergent).toBe(false);
    const draft = await call(
      api,
      'GET',
      `${competitionPath}/applications/${world.applications.draft}/reviews`,
      world.organiser.cookie,
    );
    expect(draft.status).toBe(404);
  });

  it('reports completion by juror, track and country, with score distributions', async () => {
    const response = await call(
      api,
      'GET',
      `${competitionPath}/review-progress`,
      world.organiser.cookie,
    );
    expect(response.status).toBe(200);
    const report = ReviewProgressReport.parse(await response.json());
    expect(report.totals).toEqual({ assigned: 5, notStarted: 1, inProgress: 1, submitted: 3 });
    const ru1 = report.byJuror.find((juror) => juror.jurorId === world.jurors.ru1.id);
    expect(ru1).toMatchObject({ assigned: 2, submitted: 2, status: 'done', country: 'RU' });
    expect(ru1?.scores).toMatchObject({ count: 2, min: 57.5, max: 87.5, mean: 72.5 });
    const kz2 = report.byJuror.find((juror) => juror.jurorId === world.jurors.kz2.id);
    // The review ends in 5 days: within the three-day warning only later.
    expect(kz2).toMatchObject({ assigned: 2, inProgress: 1, notStarted: 1, status: 'on_track' });
    // Jurors without assignments are listed too.
    expect(report.byJuror.find((juror) => juror.jurorId === world.jurors.ru2.id)).toMatchObject({
      assigned: 0,
      status: 'done',
    });
    expect(report.byCountry.find((group) => group.country === 'KZ')).toMatchObject({
      assigned: 3,
      submitted: 1,
    });
    expect(report.byTrack).toEqual([
      { trackId: 'social-work', assigned: 5, notStarted: 1, inProgress: 1, submitted: 3 },
    ]);
    expect(report.overdueJurorIds).toEqual([]);
    expect(report.allScores.count).toBe(3);
  });

  it('reminds overdue jurors in their own language, skipping those with nothing left', async () => {
    const start = api.clock.now();
    try {
      api.clock.set(new Date(start.getTime() + 6 * DAY));
      const report = ReviewProgressReport.parse(
        await (
          await call(api, 'GET', `${competitionPath}/review-progress`, world.organiser.cookie)
        ).json(),
      );
      expect(report.overdueJurorIds).toEqual([world.jurors.kz2.id]);

      const response = await call(
        api,
        'POST',
        `${competitionPath}/review-reminders`,
        world.organiser.cookie,
        {
          scope: 'overdue',
        },
      );
      expect(response.status).toBe(200);
      expect(RemindersSent.parse(await response.json()).sent).toEqual([
        { jurorId: world.jurors.kz2.id, locale: 'kk', unfinished: 2 },
      ]);
      const outbox = await api.deps.outbox!.list(5);
      const mail = outbox.find((message) => message.locale === 'kk');
      expect(mail?.subject).toContain('мерзімі өтті');
      expect(mail?.text).toContain('Asia/Almaty');
      // The link opens the juror's queue.
      expect(mail?.link).toMatch(/\/competitions\/[^/]+\/reviews\/mine$/);
      expect(mail?.text).toContain(mail!.link!);

      const nobody = await call(
        api,
        'POST',
        `${competitionPath}/review-reminders`,
        world.organiser.cookie,
        {
          jurorId: world.jurors.ru1.id,
        },
      );
      expect(RemindersSent.parse(await nobody.json()).sent).toEqual([]);
      const stranger = await call(
        api,
        'POST',
        `${competitionPath}/review-reminders`,
        world.organiser.cookie,
        {
          jurorId: world.organiser.id,
        },
      );
      expect(stranger.status).toBe(404);
    } finally {
      api.clock.set(start);
    }
  });

  it('keeps the history of deadline extensions and refuses one outside deliberation', async () => {
    const path = `${competitionPath}/review-deadlines/${world.jurors.kz2.id}`;
    const reviewEndsAt = Date.parse('2027-03-06T10:00:00.000Z');
    const before = DeadlineExtensionHistory.parse(
      await (await call(api, 'GET', path, world.organiser.cookie)).json(),
    );
    expect(before.items).toEqual([]);
    expect(before.deadline.at).toBe(new Date(reviewEndsAt).toISOString());

    const tooEarly = await call(api, 'POST', path, world.organiser.cookie, {
      until: new Date(reviewEndsAt - DAY).toISOString(),
      reason: 'Too early',
    });
    expect(tooEarly.status).toBe(400);
    expect(Problem.parse(await tooEarly.json()).errors?.[0]?.field).toBe('body.until');

    for (const [days, reason] of [
      [5, 'Illness'],
      [3, 'Shortened after all'],
    ] as const) {
      api.clock.set(new Date(api.clock.now().getTime() + 1000));
      const response = await call(api, 'POST', path, world.organiser.cookie, {
        until: new Date(reviewEndsAt + days * DAY).toISOString(),
        reason,
      });
      expect(response.status).toBe(200);
    }
    const after = DeadlineExtensionHistory.parse(
      await (await call(api, 'GET', path, world.organiser.cookie)).json(),
    );
    expect(after.items.map((item) => item.reason)).toEqual(['Illness', 'Shortened after all']);
    expect(after.deadline).toMatchObject({
      at: new Date(reviewEndsAt + 3 * DAY).toISOString(),
      extended: true,
    });
    const jurorsOwn = await call(api, 'GET', path, world.jurors.kz2.cookie);
    expect(jurorsOwn.status).toBe(403);
  });
  it('leaves a review hidden by a conflict out of progress and out of one-click reminders', async () => {
    const { member } = world.jurors;
    // Assigned by mistake: the member's own NGO applied, so the application is hidden from them.
    await assignDirectly(api, world, world.applications.ru, member.id);
    const start = api.clock.now();
    try {
      api.clock.set(new Date(start.getTime() + 6 * DAY));
      const report = ReviewProgressReport.parse(
        await (
          await call(api, 'GET', `${competitionPath}/review-progress`, world.organiser.cookie)
        ).json(),
      );
      expect(report.overdueJurorIds).not.toContain(member.id);
      expect(report.byJuror.find((juror) => juror.jurorId === member.id)).toMatchObject({
        assigned: 0,
      });
      const response = await call(
        api,
        'POST',
        `${competitionPath}/review-reminders`,
        world.organiser.cookie,
        { jurorId: member.id },
      );
      expect(response.status).toBe(200);
      expect(RemindersSent.parse(await response.json()).sent).toEqual([]);
    } finally {
      api.clock.set(start);
    }
  });
});
