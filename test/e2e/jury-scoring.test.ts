import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type {
  AssignmentList,
  AssignmentRunResult,
  ApplicationPage,
  CompetitionSettings,
  DivergenceList,
  ReviewProgressReport,
  ReviewWorkspace,
  Rubric,
} from '../../schemas/src/index.ts';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { translate } from '../../web/src/lib/i18n/translate.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import {
  fitsWidth,
  messagesFor,
  okJson as json,
  seriousViolations,
  signIn,
  useDemoPlatform,
} from '../helpers/demo-browser.ts';

/*
 * Issue 5's browser story: a juror declares a conflict of interest, the organisers run the
 * assignment, the juror's queue never shows the conflicted application, the juror scores two
 * applications with the keyboard alone and submits them, a second juror disagrees sharply, and
 * the organisers see the progress and the divergence flag.
 *
 * The organisers set the competition up and run the assignment through the API with their own
 * browser session (their pages have browser tests of their own), then look at the review page.
 */

const chromiumState = chromiumAvailability();

const COMPETITION = 'demo-crossborder-2027';
const CONFLICTED = demoData.applications.find((app) => app.id === 'app-kurgan-journalism')!;
const conflictedTitle = CONFLICTED.title.ru ?? CONFLICTED.title.en!;
const juror = demoData.users.find((user) => user.id === 'user-juror1')!;
const organiserUser = demoData.users.find((user) => user.email === 'organiser@demo.laureate.test')!;
const says = messagesFor(juror.locale);

/** Three criteria on three different scales, so the weighted total normalises each. */
const rubric: Rubric = {
  criteria: [
    {
      id: 'relevance',
      title: { en: 'Social relevance', ru: 'Социальная значимость' },
      weight: 3,
      scale: { min: 0, max: 10 },
      levels: [
        { score: 0, descriptor: { en: 'No need shown', ru: 'Потребность не показана' } },
        { score: 10, descriptor: { en: 'A measured need', ru: 'Потребность измерена' } },
      ],
    },
    {
      id: 'feasibility',
      title: { en: 'Feasibility', ru: 'Реализуемость' },
      weight: 2,
      scale: { min: 1, max: 5 },
      levels: [{ score: 1, descriptor: { en: 'No plan', ru: 'Плана нет' } }],
    },
    {
      id: 'partnership',
      title: { en: 'Partnership', ru: 'Партнёрство' },
      weight: 1,
      scale: { min: 0, max: 5 },
      levels: [],
    },
  ],
};

/** A new page of `context`, signed in as `email`. */
async function signedInPage(context: BrowserContext, url: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, url, email);
  return page;
}

/** Presses Tab until the focused element matches (a DOM expression, as a string), or fails. */
async function tabUntil(page: Page, condition: string, what: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`Boolean(${condition})`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const activeId = 'document.activeElement && document.activeElement.id';

/**
 * Scores the open workspace with the keyboard alone: digits fill the criteria in order, Tab
 * reaches the overall comment, Space and arrows choose a recommendation and a confidence,
 * Enter submits.
 */
async function scoreWithKeyboard(page: Page, digits: string[], comment: string) {
  for (const digit of digits) await page.keyboard.press(digit);
  await tabUntil(page, `${activeId} === 'overall-comment'`, 'the overall comment');
  await page.keyboard.type(comment);
  // Digits typed in a text box are text, not scores.
  await page.keyboard.type(' 2027');
  expect(await page.locator('#overall-comment').inputValue()).toBe(`${comment} 2027`);
  await tabUntil(page, "document.activeElement.name === 'recommendation'", 'the recommendation');
  await page.keyboard.press('Space');
  await tabUntil(page, "document.activeElement.name === 'confidence'", 'the confidence');
  await page.keyboard.press('ArrowDown');
  // `s` saves at once, wherever the focus is outside a text box.
  await page.keyboard.press('s');
  await page.getByRole('status').getByText(says['review.save.saved']).waitFor();
  await tabUntil(
    page,
    `document.activeElement.textContent === ${JSON.stringify(says['review.submit'])}`,
    'the submit button',
  );
  await page.keyboard.press('Enter');
  await page.getByText(says['review.submitted']).waitFor();
}

describe.skipIf(!chromiumState.available)('a juror scores their queue', () => {
  const platform = useDemoPlatform();

  it('declares a conflict, scores two applications by keyboard, and the organiser sees the divergence', async () => {
    const { launcher, browser } = platform;
    const api = `${launcher.url}/api/competitions/${COMPETITION}`;

    // 1. The juror declares a conflict of interest with one application, before assignment.
    const jurorContext = await browser.newContext({ locale: 'en-GB' });
    const page = await signedInPage(jurorContext, launcher.url, juror.email);
    await page.goto(`${launcher.url}/competitions/${COMPETITION}/jury/conflicts`);
    const row = page.locator('li', { has: page.getByRole('heading', { name: conflictedTitle }) });
    await row.getByRole('checkbox', { name: says['jury.conflicts.declare'] }).check();
    await row.getByRole('button', { name: says['jury.conflicts.save'] }).click();
    await row.getByRole('status').getByText(says['jury.conflicts.saved']).waitFor();

    // 2. The organisers set the rubric and the review rules, screen, open the review and run
    //    the assignment.
    const organiserContext = await browser.newContext({ locale: 'en-GB' });
    const organiserPage = await signedInPage(organiserContext, launcher.url, organiserUser.email);
    const organiser = organiserPage.request;
    let settings = await json<CompetitionSettings>(await organiser.get(`${api}/settings`));
    settings = await json<CompetitionSettings>(
      await organiser.patch(api, {
        data: {
          rubric,
          reviewsPerApplication: 2,
          divergenceThreshold: 20,
          showOtherReviewsAfterSubmit: true,
          version: settings.version,
        },
      }),
    );
    const movePhase = async (phase: string) => {
      settings = await json<CompetitionSettings>(
        await organiser.post(`${api}/phase`, {
          data: {
            phase,
            reason: 'Browser test of the scoring workspace',
            version: settings.version,
          },
        }),
      );
    };
    await movePhase('screening');
    const submitted = await json<ApplicationPage>(
      await organiser.get(`${api}/applications?status=submitted&limit=200`),
    );
    expect(submitted.items.length).toBeGreaterThanOrEqual(4);
    for (const application of submitted.items) {
      await json(
        await organiser.post(`${api}/applications/${application.id}/eligibility`, {
          data: { eligible: true, version: application.version },
        }),
      );
    }
    await movePhase('review');
    const run = await json<AssignmentRunResult>(
      await organiser.post(`${api}/assignment/run`, { data: {} }),
    );
    expect(run.status).toBe('optimal');
    const assignments = await json<AssignmentList>(await organiser.get(`${api}/assignments`));
    const pairs = assignments.items.map(({ applicationId, jurorId }) => ({
      applicationId,
      jurorId,
    }));
    expect(pairs).not.toContainEqual({ applicationId: CONFLICTED.id, jurorId: juror.id });

    // 3. The juror's queue, from the account page: never the conflicted application.
    await page.goto(`${launcher.url}/account`);
    await page
      .getByRole('link', {
        name: `${says['role.juror']} · ${COMPETITION}: ${says['review.queue.link']}`,
      })
      .click();
    await page.waitForURL(`**/competitions/${COMPETITION}/reviews/mine`);
    await page.getByRole('heading', { level: 1, name: says['review.queue.title'] }).waitFor();
    const queueLinks = page.locator('ol.items h3 a');
    const titles = await queueLinks.allInnerTexts();
    const mine = pairs.filter((pair) => pair.jurorId === juror.id);
    expect(titles).toHaveLength(mine.length);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    expect(titles).not.toContain(conflictedTitle);
    // The deadline in the competition's zone (and the reader's, when it differs).
    expect(await page.locator('time').first().getAttribute('datetime')).toBe(
      settings.calendar.reviewEndsAt,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // 4. Keyboard only: Tab to the first application, Enter, then score and submit.
    await tabUntil(
      page,
      `document.activeElement.textContent === ${JSON.stringify(titles[0])}`,
      'the first application',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reviews\/app-[\w-]+$/);
    const firstId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: titles[0] }).waitFor();
    // The title has the focus, so it is announced; the help lists the shortcuts.
    await page.waitForFunction(`${activeId} === 'workspace-title'`);
    expect(await page.getByText(says['review.shortcuts.title'], { exact: true }).count()).toBe(1);
    expect(
      await page
        .getByRole('link', { name: says['review.nav.next'] })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('J Alt+ArrowRight');
    expect(await seriousViolations(page)).toEqual([]);

    // The highest score everywhere: 0 is 10 on a scale to 10, then 5 of 5 twice.
    await scoreWithKeyboard(page, ['0', '5', '5'], 'Сильная заявка, измеримый результат.');
    const total = page.locator('#weighted-total');
    expect(await total.textContent()).toContain(
      says['review.total.value'].replace('{total}', '100'),
    );

    // 5. `j` moves to the next application in the queue (the focus is on the confirmation,
    //    not in a text box); the new title takes the focus.
    await page.keyboard.press('j');
    await page.waitForURL((url) => !url.pathname.endsWith(firstId));
    const secondId = page.url().split('/').pop()!;
    await page.waitForFunction(`${activeId} === 'workspace-title'`);
    const secondTitle = await page.locator('#workspace-title').innerText();
    expect(secondTitle).toBe(titles[1]);
    // A digit off the scale changes nothing: 7 is not on 1–5 (after relevance gets its 6).
    await page.keyboard.press('6');
    await page.keyboard.press('7');
    expect(await page.locator('input[name="score-feasibility"]:checked').count()).toBe(0);
    await scoreWithKeyboard(page, ['3', '2'], 'Хорошая идея, слабый план.');
    // 6·3/10 + (3−1)/4·2 + 2/5·1 = 1.8 + 1 + 0.4 = 3.2 of 6 weights → 53.33
    expect(await total.textContent()).toContain(
      says['review.total.value'].replace('{total}', '53,33'),
    );

    // `k` goes back; both show as done in the queue.
    await page.keyboard.press('k');
    await page.waitForURL(`**/reviews/${firstId}`);
    await page.goto(`${launcher.url}/competitions/${COMPETITION}/reviews/mine`);
    await page.getByRole('heading', { level: 1, name: says['review.queue.title'] }).waitFor();
    expect(
      await page.locator('.badge', { hasText: says['review.progress.submitted'] }).count(),
    ).toBe(2);

    // 6. The other juror of the first application scores it at the bottom of every scale.
    const other = pairs.find(
      (pair) => pair.applicationId === firstId && pair.jurorId !== juror.id,
    )!;
    const otherUser = demoData.users.find((user) => user.id === other.jurorId)!;
    const otherContext = await browser.newContext({ locale: 'en-GB' });
    const otherPage = await signedInPage(otherContext, launcher.url, otherUser.email);
    const workspace = await json<ReviewWorkspace>(
      await otherPage.request.get(`${api}/reviews/${firstId}`),
    );
    expect(workspace.review).toBeUndefined();
    await json(
      await otherPage.request.post(`${api}/reviews/${firstId}/submit`, {
        data: {
          scores: { relevance: { score: 0 }, feasibility: { score: 1 }, partnership: { score: 0 } },
          overallComment: 'Потребность не показана, плана нет.',
          recommendation: 'do_not_support',
          confidence: 'high',
          version: 0,
        },
      }),
    );
    await otherContext.close();

    // The first juror, having submitted, now reads the other review, labelled, never named.
    await page.goto(`${launcher.url}/competitions/${COMPETITION}/reviews/${firstId}`);
    const others = page.getByRole('region', { name: says['review.others.title'] });
    await others.waitFor();
    expect(await others.textContent()).not.toContain(otherUser.displayName);
    expect(await others.locator('li').count()).toBe(2);

    // The workspace fits a phone's screen: nothing scrolls sideways.
    expect(await fitsWidth(page, 360)).toBe(true);

    // Two tabs on one review: the second save is a conflict, shown with a reload, never an
    // overwrite.
    const secondUrl = `${launcher.url}/competitions/${COMPETITION}/reviews/${secondId}`;
    await page.goto(secondUrl);
    const otherTab = await jurorContext.newPage();
    await otherTab.goto(secondUrl);
    await otherTab.locator('#overall-comment').fill('Исправлено в другой вкладке.');
    await otherTab.locator('#overall-comment').blur();
    await otherTab.getByRole('status').getByText(says['review.save.saved']).waitFor();
    await page.locator('#criterion-partnership-comment').fill('Партнёр описан кратко.');
    await page.locator('#criterion-partnership-comment').blur();
    await page.getByRole('alert').getByText(says['review.conflict.title']).waitFor();
    await page.getByRole('button', { name: says['review.save.reload'] }).click();
    await page.getByRole('button', { name: says['review.save.now'] }).waitFor();
    expect(await page.locator('#overall-comment').inputValue()).toBe(
      'Исправлено в другой вкладке.',
    );
    expect(await page.locator('#criterion-partnership-comment').inputValue()).toBe('');
    await jurorContext.close();

    // 7. The organisers' review page shows the juror's progress and flags the first application.
    const progress = await json<ReviewProgressReport>(
      await organiser.get(`${api}/review-progress`),
    );
    expect(progress.totals.submitted).toBe(3);
    const mineProgress = progress.byJuror.find((entry) => entry.jurorId === juror.id)!;
    expect(mineProgress.submitted).toBe(2);
    expect(mineProgress.scores.count).toBe(2);
    const organiserSays = messagesFor(organiserUser.locale);
    await organiserPage.goto(`${launcher.url}/competitions/${COMPETITION}/reviews`);
    const byJuror = organiserPage.getByRole('figure', {
      name: organiserSays['oversight.progress.byJuror'],
    });
    const jurorRow = byJuror.getByRole('row', { name: juror.displayName, includeHidden: true });
    await jurorRow.waitFor({ state: 'attached' });
    const cells = (await jurorRow.locator('th, td').allTextContents()).map((text) => text.trim());
    expect(cells.slice(0, 3)).toEqual([
      juror.displayName,
      String(mineProgress.assigned),
      String(mineProgress.submitted),
    ]);
    const flaggedRows = organiserPage
      .getByRole('region', { name: organiserSays['oversight.divergence.scroll'] })
      .getByRole('row');
    await flaggedRows.nth(1).waitFor();
    // A header row and one flagged application: the first one, 100 points apart; not the second.
    expect(await flaggedRows.count()).toBe(2);
    const flaggedText = (await flaggedRows.nth(1).textContent()) ?? '';
    expect(flaggedText).toContain(
      submitted.items.find((application) => application.id === firstId)!.title,
    );
    expect(flaggedText).toContain(
      translate(organiserSays, organiserUser.locale, 'oversight.divergence.spreadValue', {
        spread: 100,
      }),
    );
    const divergence = await json<DivergenceList>(await organiser.get(`${api}/divergence`));
    expect(divergence.items.map((item) => [item.applicationId, item.spread])).toEqual([
      [firstId, 100],
    ]);
    await organiserContext.close();
  });
});
