import type {
  AssignmentList,
  AssignmentRunList,
  AssignmentRunStatus,
  DeadlineExtensionHistory,
  JuryPool,
  ReviewProgressReport,
} from '@laureate/schemas';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { reviewDemoFiles } from '../../functions/src/local/seed/demo-files.ts';
import { REVIEW_DEMO } from '../../functions/src/local/seed/demo-review.ts';
import { translate, type Params } from '../../web/src/lib/i18n/translate.ts';
import type { MessageKey } from '../../web/src/lib/i18n/messages/en.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import {
  fitsWidth,
  messagesFor,
  okJson as json,
  seriousViolations,
  signIn,
  startingWith,
  useDemoPlatform,
} from '../helpers/demo-browser.ts';

/**
 * Issue 5, parts 3 and 6, on the organisers' review page of the demo competition under review:
 * progress charts with their text alternatives, the score distribution, the flagged
 * application, a deadline extension and its history, a reminder that reaches the outbox, a
 * dry-run preview that stores nothing, hand edits refused and accepted by the server, and the
 * open competition where assigning is not yet possible. First, a juror's workspace with the
 * demo's seeded files as download links.
 */
const chromiumState = chromiumAvailability();

const OPEN_DEMO = 'demo-crossborder-2027';
const organiserUser = demoData.users.find((user) => user.email === 'organiser@demo.laureate.test')!;
const userOf = (id: string) => demoData.users.find((user) => user.id === id)!;
/** After signing in, the app speaks the organiser's own language. */
const says = messagesFor(organiserUser.locale);
/** A message with its placeholders filled (and its plural form chosen), as the page writes it. */
const filled = (key: MessageKey, params: Params) =>
  translate(says, organiserUser.locale, key, params);
/** The text of a message before its first placeholder: enough to recognise it. */
const stem = (template: string) => template.split('{')[0]!.trim();

/** The cells of a table row, header cell first, as text. */
async function rowCells(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
}

const pairsOf = (list: AssignmentList) =>
  list.items.map((item) => `${item.applicationId}/${item.jurorId}`).sort();

describe.skipIf(!chromiumState.available)("the organisers' review page", () => {
  // The test clock lets the review deadline pass, so that jurors become overdue.
  const platform = useDemoPlatform(['--test-clock']);

  it('gives a demo juror the seeded files of an application as download links in the workspace', async () => {
    const { launcher, browser } = platform;
    const juror = userOf('user-juror1');
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, juror.email);
    await page.goto(`${launcher.url}/competitions/${REVIEW_DEMO}/reviews/app-rv-care-online`);
    const kilobytes = (bytes: number) =>
      new Intl.NumberFormat(juror.locale === 'en' ? 'en-GB' : juror.locale, {
        maximumFractionDigits: 0,
      }).format(Math.max(1, bytes / 1024));
    for (const [index, file] of reviewDemoFiles['app-rv-care-online']!.entries()) {
      // A blind competition: the workspace names the file by its place and its real type.
      const name = `attachment-${index + 1}.${file.declaredType === 'image/png' ? 'png' : 'pdf'}`;
      const link = page.getByRole('link', { name: new RegExp(name.replace('.', '\\.')) });
      await link.waitFor();
      const size = translate(messagesFor(juror.locale), juror.locale, 'review.answer.kb', {
        size: kilobytes(file.bytes.length),
      });
      expect((await link.textContent())?.replace(/\s+/g, ' ')).toContain(`${name} (${size})`);
      const response = await page.request.get(
        new URL((await link.getAttribute('href'))!, page.url()).href,
      );
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(file.declaredType);
      expect(new Uint8Array(await response.body())).toEqual(file.bytes);
    }
    await page.close();
  });

  it('shows progress and divergence, extends a deadline, reminds a juror, previews and edits the assignment', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, organiserUser.email);
    const api = `${launcher.url}/api/competitions/${REVIEW_DEMO}`;
    const progress = await json<ReviewProgressReport>(
      await page.request.get(`${api}/review-progress`),
    );
    const before = await json<AssignmentList>(await page.request.get(`${api}/assignments`));

    // From the jury page to the new tab of the organisers' pages.
    await page.goto(`${launcher.url}/competitions/${REVIEW_DEMO}/jury`);
    await page.getByRole('link', { name: says['organiserNav.reviews'], exact: true }).click();
    await page.waitForURL(`**/competitions/${REVIEW_DEMO}/reviews`);
    await page.getByRole('heading', { level: 1, name: says['oversight.title'] }).waitFor();
    expect(
      await page
        .getByRole('link', { name: says['organiserNav.reviews'], exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');

    // 1. Completion charts: each has a table with the server's numbers as its text alternative.
    for (const key of [
      'oversight.progress.byJuror',
      'oversight.progress.byTrack',
      'oversight.progress.byCountry',
    ] as const) {
      await page.getByRole('figure', { name: says[key] }).waitFor();
    }
    const byJuror = page.getByRole('figure', { name: says['oversight.progress.byJuror'] });
    for (const juror of progress.byJuror) {
      const row = byJuror.getByRole('row', { name: juror.displayName, includeHidden: true });
      expect(await rowCells(row)).toEqual([
        juror.displayName,
        String(juror.assigned),
        String(juror.submitted),
        String(juror.inProgress),
        String(juror.notStarted),
        `${Math.round((juror.submitted / juror.assigned) * 100)}%`,
      ]);
    }

    // 2. The score distribution: juror 4 scored the care club 60 points below juror 1.
    const scores = page.getByRole('figure', { name: says['oversight.scores.title'] });
    const severe = await rowCells(
      scores.getByRole('row', { name: userOf('user-juror4').displayName, includeHidden: true }),
    );
    const lenient = await rowCells(
      scores.getByRole('row', { name: userOf('user-juror1').displayName, includeHidden: true }),
    );
    expect(severe.at(-1)).toBe(says['oversight.scores.severe']);
    expect(lenient.at(-1)).toBe(says['oversight.scores.lenient']);
    const overall = progress.allScores.mean!;
    const juror4 = progress.byJuror.find((juror) => juror.jurorId === 'user-juror4')!;
    // The difference column: the juror's mean minus everyone's, with a real minus sign.
    expect(severe[3]!.replace('\u2212', '-').replace(',', '.')).toBe(
      String(Math.round((juror4.scores.mean! - overall) * 10) / 10),
    );

    // 3. The flagged application, its spread, and the extra juror the competition added.
    const flagged = page
      .getByRole('region', { name: says['oversight.divergence.scroll'] })
      .getByRole('row')
      .nth(1);
    const flaggedText = (await flagged.textContent()) ?? '';
    expect(flaggedText).toContain('Тёплый эфир');
    expect(flaggedText).toContain(filled('oversight.divergence.spreadValue', { spread: 60 }));
    expect(flaggedText).toContain(
      filled('oversight.divergence.extraAssigned', {
        juror: userOf('user-juror3').displayName,
      }),
    );

    // 4. A deadline extension for juror 2, with a reason, appears in the history.
    const juror2 = userOf('user-juror2');
    const jurorsTable = page.getByRole('region', { name: says['oversight.jurors.scroll'] });
    const row2 = jurorsTable.getByRole('row', { name: startingWith(juror2.displayName) });
    await row2.getByRole('button', { name: says['oversight.extend.open'] }).click();
    const panel = page.getByRole('region', {
      name: filled('oversight.extend.heading', { juror: juror2.displayName }),
    });
    await panel.getByText(says['oversight.extend.none']).waitFor();
    // The form offers a week after the review end, on the competition's clock.
    const until = panel.getByLabel(filled('oversight.extend.until', { zone: 'Asia/Almaty' }));
    const offered = await until.inputValue();
    expect(offered).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const reason = 'Болела две недели, справка у координатора';
    await panel.getByLabel(says['oversight.extend.reason'], { exact: true }).fill(reason);
    await panel.getByRole('button', { name: says['oversight.extend.submit'] }).click();
    await panel
      .getByRole('status')
      .getByText(filled('oversight.extend.saved', { juror: juror2.displayName }))
      .waitFor();
    await panel.getByRole('listitem').filter({ hasText: reason }).waitFor();
    const history = await json<DeadlineExtensionHistory>(
      await page.request.get(`${api}/review-deadlines/user-juror2`),
    );
    expect(history.items.map((item) => item.reason)).toEqual([reason]);
    // A week after the review end: what the form offered is what was stored.
    expect(Date.parse(history.items[0]!.until)).toBe(
      Date.parse(progress.reviewEndsAt) + 7 * 86_400_000,
    );
    // The table shows the extension once the page has reloaded its data.
    await row2.getByText(says['oversight.jurors.extended']).waitFor();

    // 5. A reminder: no demo juror is overdue, so juror 5 (nothing submitted) is reminded.
    await page.getByText(says['oversight.overdue.none']).waitFor();
    expect(progress.overdueJurorIds).toEqual([]);
    const juror5 = userOf('user-juror5');
    const row5 = jurorsTable.getByRole('row', { name: startingWith(juror5.displayName) });
    await row5.getByRole('button', { name: says['oversight.remind.one'] }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: filled('oversight.remind.sentOne', {
          juror: juror5.displayName,
          language: says[`oversight.language.${juror5.locale}`],
        }),
      })
      .waitFor();
    const outbox = await json<{ items: { to: string; link?: string; text: string }[] }>(
      await page.request.get(`${launcher.url}/api/dev/outbox?to=${juror5.email}`),
    );
    const reminder = outbox.items.find((message) => message.link?.endsWith('/reviews/mine'));
    expect(reminder?.link).toContain(`/competitions/${REVIEW_DEMO}/reviews/mine`);

    // 6. A preview (dry run): the outcome is shown, certified, and nothing is stored. The run
    // goes on in the background; the page follows it until it is done.
    const followed = page.waitForResponse(
      async (response) =>
        /\/assignment\/runs\/run-[\w-]+$/.test(response.url()) &&
        ((await response.json()) as AssignmentRunStatus).state !== 'running',
    );
    await page.getByRole('button', { name: says['oversight.run.preview'] }).click();
    const lastPoll = (await (await followed).json()) as AssignmentRunStatus;
    expect(lastPoll).toMatchObject({ state: 'done', stage: 'finished', dryRun: true });
    await page
      .getByRole('heading', { name: says['oversight.outcome.previewHeading'] })
      .waitFor({ timeout: 15_000 });
    await page.getByText(says['oversight.outcome.certified']).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: stem(says['oversight.run.donePreview']) })
      .waitFor();
    // Keyboard users land on the outcome.
    expect(await page.evaluate('document.activeElement?.id')).toBe('run-outcome-heading');
    const afterPreview = await json<AssignmentList>(await page.request.get(`${api}/assignments`));
    expect(pairsOf(afterPreview)).toEqual(pairsOf(before));

    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page, 360)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // A run still going when the page opens (after a reload, or another organiser's) is
    // followed to its outcome. Runs here end too fast to catch one going, so the list the page
    // asks for on opening reports the last run as still running; the run itself is real.
    const runsUrl = `${api}/assignment/runs`;
    await page.route(runsUrl, async (route) => {
      const listed = (await (await route.fetch()).json()) as AssignmentRunList;
      const [latest, ...older] = listed.items;
      await route.fulfill({
        json: { items: [{ ...latest!, state: 'running', stage: 'solving' }, ...older] },
      });
    });
    await page.reload();
    await page
      .getByRole('heading', { name: says['oversight.outcome.previewHeading'] })
      .waitFor({ timeout: 15_000 });
    await page.unroute(runsUrl);

    // 7. Hand edits. Swapping the Russian juror of a Kazakh application for a Kazakh one would
    // leave it complete without a juror from another country: the server refuses, and says why.
    const youth = 'app-rv-almaty-youth';
    const youthTitle = before.items.find((item) => item.applicationId === youth)!.applicationTitle;
    const assignments = page.getByRole('region', { name: says['oversight.table.scroll'] });
    const youthRow = assignments.getByRole('row', { name: startingWith(youthTitle) });
    await youthRow
      .getByRole('button', {
        name: says['oversight.edit.replace'],
        description: userOf('user-juror1').displayName,
      })
      .click();
    const swapTo = youthRow.getByLabel(
      filled('oversight.edit.replaceWith', { juror: userOf('user-juror1').displayName }),
    );
    // Nobody already on the application is offered.
    const offeredJurors = await swapTo.locator('option').allTextContents();
    expect(offeredJurors.some((text) => text.includes(userOf('user-juror6').displayName))).toBe(
      false,
    );
    await swapTo.selectOption({ value: 'user-juror5' });
    await youthRow
      .getByRole('button', { name: says['oversight.edit.replaceSubmit'], exact: true })
      .click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: says['oversight.edit.refusedTitle'] });
    await refusal.getByText(says['oversight.refusal.crossBorder']).waitFor();

    // Adding a third juror is accepted, with the warning that the application now has more
    // jurors than it needs.
    await page.getByLabel(says['oversight.table.application'], { exact: true }).selectOption({
      value: youth,
    });
    await page.getByLabel(says['oversight.table.juror'], { exact: true }).selectOption({
      value: 'user-juror2',
    });
    await page.getByRole('button', { name: says['oversight.edit.add'], exact: true }).click();
    await page
      .getByRole('status')
      .getByText(
        filled('oversight.edit.added', {
          juror: juror2.displayName,
          application: youthTitle,
        }),
      )
      .waitFor();
    await page
      .getByText(
        filled('oversight.warning.kReviews', {
          application: youthTitle,
          actual: 3,
          required: 2,
        }),
      )
      .waitFor();
    await youthRow
      .getByText(filled('oversight.table.coverage', { assigned: 3, required: 2 }))
      .waitFor();
    const afterAdd = await json<AssignmentList>(await page.request.get(`${api}/assignments`));
    expect(
      afterAdd.items.find((item) => item.applicationId === youth && item.jurorId === 'user-juror2')
        ?.source,
    ).toBe('manual');

    // 8. With the Russian jurors unavailable, the Kazakh application whose Russian juror has not
    // started can get no juror from another country: the preview says so, rule by rule.
    const pool = await json<JuryPool>(await page.request.get(`${api}/jury`));
    for (const entry of pool.items.filter((item) => item.profile?.country === 'RU'))
      await json(
        await page.request.patch(`${api}/jury/${entry.userId}`, {
          data: { available: false, version: entry.version },
        }),
      );
    await page.reload();
    await page.getByRole('button', { name: says['oversight.run.preview'] }).click();
    const outcome = page.getByRole('region', { name: says['oversight.outcome.infeasibleHeading'] });
    await outcome.waitFor({ timeout: 15_000 });
    const failure = outcome.getByRole('article', { name: says['oversight.rule.crossBorder'] });
    expect(await failure.getByRole('listitem').allTextContents()).toEqual([
      `${youthTitle}: ${filled('oversight.failure.line', { required: 1, available: 0, count: 1 })}`,
    ]);
    const unchanged = await json<AssignmentList>(await page.request.get(`${api}/assignments`));
    expect(pairsOf(unchanged)).toEqual(pairsOf(afterAdd));

    // 9. The review deadline passes: jurors with work left are overdue, except juror 2, whose
    // deadline was extended by a week. One click reminds them all.
    await page.close();
    const later = await browser.newPage({ locale: 'en-GB' });
    const moved = await later.request.post(`${launcher.url}/api/dev/clock`, {
      data: { advanceSeconds: 13 * 86_400 },
    });
    expect(moved.status()).toBe(200);
    // Thirteen days on, the session has lapsed: the organiser signs in again.
    await signIn(later, launcher.url, organiserUser.email);
    const late = await json<ReviewProgressReport>(
      await later.request.get(`${api}/review-progress`),
    );
    expect(late.overdueJurorIds.length).toBeGreaterThan(0);
    expect(late.overdueJurorIds).not.toContain('user-juror2');
    await later.goto(`${launcher.url}/competitions/${REVIEW_DEMO}/reviews`);
    // The review is over: no more assigning, but reminders and extensions remain.
    await later.getByText(says['oversight.run.notNow']).waitFor();
    const overdueList = later
      .getByRole('region', { name: says['oversight.overdue.heading'] })
      .getByRole('listitem');
    expect(
      (await overdueList.allTextContents()).map((text) => text.split(' · ')[0]!.trim()),
    ).toEqual(
      late.byJuror
        .filter((juror) => late.overdueJurorIds.includes(juror.jurorId))
        .map((juror) => juror.displayName),
    );
    await later
      .getByRole('button', {
        name: filled('oversight.remind.overdue', {
          count: late.overdueJurorIds.length,
        }),
      })
      .click();
    await later
      .getByRole('status')
      .filter({
        hasText: filled('oversight.remind.sentMany', { count: late.overdueJurorIds.length }),
      })
      .waitFor();
    for (const jurorId of late.overdueJurorIds) {
      const mail = await json<{ items: { subject: string; link?: string }[] }>(
        await later.request.get(`${launcher.url}/api/dev/outbox?to=${userOf(jurorId).email}`),
      );
      expect(mail.items.some((message) => message.link?.endsWith('/reviews/mine'))).toBe(true);
    }
    expect(await seriousViolations(later)).toEqual([]);
    await later.close();

    // 10. The open competition: progress can be read, but assigning waits for screening.
    const open = await browser.newPage({ locale: 'en-GB' });
    await signIn(open, launcher.url, organiserUser.email);
    await open.goto(`${launcher.url}/competitions/${OPEN_DEMO}/reviews`);
    await open.getByText(says['oversight.run.notNow']).waitFor();
    expect(
      await open.getByRole('button', { name: says['oversight.run.preview'] }).isDisabled(),
    ).toBe(true);
    expect(await seriousViolations(open)).toEqual([]);
    await open.close();

    // 11. A juror who opens the organisers' address lands on their own queue.
    const juror = await browser.newPage({ locale: 'en-GB' });
    await signIn(juror, launcher.url, juror5.email);
    await juror.goto(`${launcher.url}/competitions/${REVIEW_DEMO}/reviews`);
    await juror.waitForURL(`**/competitions/${REVIEW_DEMO}/reviews/mine`);
    await juror.close();
  });
});
