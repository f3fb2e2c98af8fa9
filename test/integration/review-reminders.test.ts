import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@laureate/schemas';
import {
  sendDueReminders,
  type ReminderJobDeps,
  type ReminderRunReport,
} from '../../functions/src/jobs/review-reminders.ts';
import type { Mailer } from '../../functions/src/ports/mailer.ts';
import {
  assignDirectly,
  call,
  completeReview,
  createReviewWorld,
  saveFirstDraft,
  submitReview,
  type ReviewWorld,
} from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * The automatic reminder job against DynamoDB Local: a competition in review (its review ends
 * five days after the start), jurors with and without work left, in three languages, run at
 * several instants of the test clock, twice at once, and with a mail service that fails.
 */
describe('automatic review reminders', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let deadline: number;
  let path: string;

  /** The reminder emails in the outbox, oldest first. */
  const reminders = async (): Promise<OutboxMessage[]> =>
    (await api.deps.outbox!.list(500))
      .filter((message) =>
        message.link?.endsWith(`/competitions/${world.competitionId}/reviews/mine`),
      )
      .reverse();
  const emailOf = (id: string) => `${id}@example.org`;

  /** Runs the job with the test clock at `deadline + offset`. */
  const runAt = (offsetMs: number, deps: ReminderJobDeps = api.deps) => {
    api.clock.set(new Date(deadline + offsetMs));
    return sendDueReminders(deps, api.clock.now());
  };
  const sentTo = (report: ReminderRunReport) =>
    report.sent
      .filter((sent) => sent.competitionId === world.competitionId)
      .map((sent) => `${sent.jurorId}:${sent.daysBefore}:${sent.locale}:${sent.unfinished}`)
      .sort();

  beforeAll(async () => {
    api = await createTestApi({ now: '2027-03-01T10:00:00Z' });
    world = await createReviewWorld(api);
    path = `/competitions/${world.competitionId}`;
    const competition = await api.deps.competitions.get(world.competitionId);
    deadline = Date.parse(competition!.calendar.reviewEndsAt);
    const { ru1, ru2, kz1, kz2, member } = world.jurors;
    const at = api.clock.now().toISOString();
    await api.deps.accounts.updateUser(ru1.id, 1, { locale: 'ru' }, at);
    await api.deps.accounts.updateUser(kz1.id, 1, { locale: 'kk' }, at);
    // ru1: two applications; ru2: one, submitted below; kz1 (Kazakh): one; kz2 (English): one,
    // in draft; member: only the application of their own NGO, a conflict, hidden from them.
    await assignDirectly(api, world, world.applications.kz, ru1.id);
    await assignDirectly(api, world, world.applications.spare, ru1.id);
    await assignDirectly(api, world, world.applications.kz, ru2.id);
    await assignDirectly(api, world, world.applications.ru, kz1.id);
    await assignDirectly(api, world, world.applications.spare, kz2.id);
    await assignDirectly(api, world, world.applications.ru, member.id);
    await submitReview(api, world, ru2.cookie, world.applications.kz, 7, 4);
    await saveFirstDraft(api, world, kz2.cookie, world.applications.spare);

    // Another competition in review, with automatic reminders turned off: its juror gets none.
    const quiet = await createReviewWorld(api, { reminderDaysBefore: [] });
    await assignDirectly(api, quiet, quiet.applications.kz, quiet.jurors.ru1.id);
  });

  it('sends nothing before the first threshold', async () => {
    const report = await runAt(-5 * DAY + HOUR);
    // The competition with reminders off is not even read.
    expect(report.competitions).toBe(1);
    expect(report.sent).toEqual([]);
    expect(await reminders()).toEqual([]);
  });

  it('three days before, two runs at once send each juror with work left one reminder, in their language', async () => {
    const { ru1, kz1, kz2, ru2, member } = world.jurors;
    // Both runs read the reminders already sent before either records one: a real race.
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const racing: ReminderJobDeps = {
      ...api.deps,
      sentReminders: {
        claim: (record) => api.deps.sentReminders.claim(record),
        release: (record) => api.deps.sentReminders.release(record),
        listOfCompetition: async (competitionId) => {
          const sent = await api.deps.sentReminders.listOfCompetition(competitionId);
          arrived += 1;
          if (arrived === 2) release();
          await bothRead;
          return sent;
        },
      },
    };
    api.clock.set(new Date(deadline - 3 * DAY + 10 * 60 * 1000));
    const [first, second] = await Promise.all([
      sendDueReminders(racing, api.clock.now()),
      sendDueReminders(racing, api.clock.now()),
    ]);
    expect(arrived).toBe(2);
    expect([...sentTo(first), ...sentTo(second)].sort()).toEqual(
      [`${ru1.id}:3:ru:2`, `${kz1.id}:3:kk:1`, `${kz2.id}:3:en:1`].sort(),
    );
    // The loser of each race skipped it; the juror whose only work a conflict hides has no
    // reminder due at all.
    expect(first.skipped + second.skipped).toBe(3);

    const mail = await reminders();
    expect(mail.map((message) => message.to).sort()).toEqual(
      [emailOf(ru1.id), emailOf(kz1.id), emailOf(kz2.id)].sort(),
    );
    expect(mail.map((message) => message.to)).not.toContain(emailOf(ru2.id));
    expect(mail.map((message) => message.to)).not.toContain(emailOf(member.id));
    const to = (id: string) => mail.find((message) => message.to === emailOf(id))!;
    expect(to(ru1.id)).toMatchObject({ locale: 'ru' });
    expect(to(ru1.id).subject).toContain('истекает через 3 дня');
    expect(to(ru1.id).text).toContain('Вам осталось отправить оценок: 2.');
    expect(to(kz1.id)).toMatchObject({ locale: 'kk' });
    expect(to(kz1.id).subject).toContain('3 күн қалды');
    expect(to(kz1.id).text).toContain('жіберілмеген бағалар саны: 1.');
    expect(to(kz2.id)).toMatchObject({ locale: 'en' });
    expect(to(kz2.id).subject).toContain('due in 3 days');
    expect(to(kz2.id).text).toContain('You have 1 review left to submit.');
    for (const message of mail) {
      // The deadline on the competition's clock, named as such.
      expect(message.text).toContain('(Asia/Almaty)');
      expect(message.text).toContain('2027');
      expect(message.text).not.toContain('extended');
    }
  });

  it('runs again in the same hour without sending anything twice', async () => {
    const report = await runAt(-3 * DAY + 50 * 60 * 1000);
    expect(sentTo(report)).toEqual([]);
    expect(await reminders()).toHaveLength(3);
    const records = await api.deps.sentReminders.listOfCompetition(world.competitionId);
    expect(records.map((record) => record.daysBefore)).toEqual([3, 3, 3]);
  });

  it('one day before, reminds only who still has work, with what is left; an extension waits', async () => {
    const { ru1, kz1, kz2 } = world.jurors;
    // ru1 submits one of two; kz2 submits their only review; kz1 is given a week more.
    api.clock.set(new Date(deadline - 2 * DAY));
    for (const [cookie, applicationId] of [
      [ru1.cookie, world.applications.kz],
      [kz2.cookie, world.applications.spare],
    ] as const) {
      const response = await call(
        api,
        'POST',
        `${path}/reviews/${applicationId}/submit`,
        cookie,
        completeReview(5, 3, applicationId === world.applications.spare ? 1 : 0),
      );
      expect(response.status).toBe(200);
    }
    const extension = await call(
      api,
      'POST',
      `${path}/review-deadlines/${kz1.id}`,
      world.organiser.cookie,
      { until: new Date(deadline + 7 * DAY).toISOString(), reason: 'Travelling this week' },
    );
    expect(extension.status).toBe(200);

    expect(sentTo(await runAt(-DAY + 5 * 60 * 1000))).toEqual([`${ru1.id}:1:ru:1`]);
    expect(sentTo(await runAt(-DAY + 65 * 60 * 1000))).toEqual([]);
    const last = (await reminders()).at(-1)!;
    expect(last.to).toBe(emailOf(ru1.id));
    expect(last.subject).toContain('через 1 день');
    expect(last.text).toContain('Вам осталось отправить оценок: 1.');
    // After the deadline nothing goes out: overdue jurors are the organisers' call.
    expect(sentTo(await runAt(HOUR))).toEqual([]);
    expect(await reminders()).toHaveLength(4);
  });

  it('re-arms both reminders for the extended deadline, and says it is the new one', async () => {
    const { kz1 } = world.jurors;
    expect(sentTo(await runAt(3 * DAY))).toEqual([]);
    expect(sentTo(await runAt(4 * DAY + 20 * 60 * 1000))).toEqual([`${kz1.id}:3:kk:1`]);
    expect(sentTo(await runAt(4 * DAY + 80 * 60 * 1000))).toEqual([]);
    expect(sentTo(await runAt(6 * DAY + 20 * 60 * 1000))).toEqual([`${kz1.id}:1:kk:1`]);
    expect(sentTo(await runAt(7 * DAY + 1))).toEqual([]);
    const mail = (await reminders()).filter((message) => message.to === emailOf(kz1.id));
    expect(mail).toHaveLength(3);
    expect(mail[1]!.text).toContain('Бұл — ұйымдастырушылар сізге белгілеген жаңа мерзім.');
    expect(mail[2]!.subject).toContain('1 күн қалды');
  });

  it('takes back the claim when the email fails, so the next run sends it', async () => {
    const { kz1 } = world.jurors;
    const quiet = await createReviewWorld(api);
    await api.deps.assignments.add({
      competitionId: quiet.competitionId,
      applicationId: quiet.applications.kz,
      jurorId: kz1.id,
      source: 'manual',
      assignedAt: api.clock.now().toISOString(),
      assignedBy: quiet.organiser.id,
    });
    // This world's review ends five days after the clock's now: run three days before it.
    const quietDeadline = Date.parse(
      (await api.deps.competitions.get(quiet.competitionId))!.calendar.reviewEndsAt,
    );
    const down: Mailer = {
      send: () => Promise.reject(new Error('mail service unavailable')),
    };
    api.clock.set(new Date(quietDeadline - 3 * DAY + HOUR));
    const failed = await sendDueReminders({ ...api.deps, mailer: down }, api.clock.now());
    expect(failed.failed).toBe(1);
    expect(failed.sent).toEqual([]);
    expect(await api.deps.sentReminders.listOfCompetition(quiet.competitionId)).toEqual([]);
    const retried = await sendDueReminders(api.deps, api.clock.now());
    expect(retried.sent.map((sent) => `${sent.competitionId}:${sent.jurorId}`)).toEqual([
      `${quiet.competitionId}:${kz1.id}`,
    ]);
  });

  it('audits every reminder sent, without an actor, and records each once', async () => {
    const { items } = await api.deps.audit.list(`COMP#${world.competitionId}`, { limit: 200 });
    const audited = items.filter((entry) => entry.action === 'review.reminder-sent-automatically');
    expect(audited).toHaveLength(6);
    for (const entry of audited) expect(entry.actorId).toBeUndefined();
    expect(
      audited.map((entry) => `${entry.details?.daysBefore}:${entry.details?.locale}`).sort(),
    ).toEqual(['1:kk', '1:ru', '3:en', '3:kk', '3:kk', '3:ru']);
    const records = await api.deps.sentReminders.listOfCompetition(world.competitionId);
    expect(records).toHaveLength(6);
    expect((await reminders()).length).toBe(6);
  });
});
