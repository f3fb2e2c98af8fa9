import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { en } from '../../web/src/lib/i18n/messages/en.ts';
import { kk } from '../../web/src/lib/i18n/messages/kk.ts';
import { ru } from '../../web/src/lib/i18n/messages/ru.ts';
import { staffEn } from '../../web/src/lib/i18n/messages/staff/en.ts';
import { staffKk } from '../../web/src/lib/i18n/messages/staff/kk.ts';
import { staffRu } from '../../web/src/lib/i18n/messages/staff/ru.ts';
import { chromiumAvailability, launchChromium } from '../helpers/chromium.ts';
import { startLauncher, type LauncherProcess } from '../helpers/launcher-process.ts';

const chromiumState = chromiumAvailability();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const COMPETITION = 'demo-crossborder-2027';
const APPLICATION = demoData.applications.find(
  (candidate) => candidate.id === 'app-kostanay-museum',
)!;
const title = APPLICATION.title.ru ?? APPLICATION.title.en!;
const juror = demoData.users.find((user) => user.id === 'user-juror1')!;
const organiserUser = demoData.users.find((user) => user.email === 'organiser@demo.laureate.test')!;
/** After signing in, the app speaks each demo user's own language. */
// The staff screens read both catalogues: the core one and the organisers' and jurors' one.
const catalogues = {
  en: { ...en, ...staffEn },
  ru: { ...ru, ...staffRu },
  kk: { ...kk, ...staffKk },
};
const forJuror = catalogues[juror.locale];
const forOrganiser = catalogues[organiserUser.locale];
const REASON = 'До прошлого года я входил в попечительский совет этого музея';
const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function signIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('laureate-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate<{ violations: { id: string; impact: string | null }[] }>(
    'axe.run()',
  );
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => violation.id);
}

/** Nothing on the page forces a phone's screen to scroll sideways (tables scroll in place). */
async function fitsNarrowScreen(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 360, height: 800 });
  // A string, as for axe: the tests are typed without the DOM library.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}

describe.skipIf(!chromiumState.available)('a juror declares a conflict of interest', () => {
  let launcher: LauncherProcess;
  let browser: Browser;

  beforeAll(async () => {
    launcher = await startLauncher();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await launcher?.interrupt();
  });

  it('keeps the declaration across a reload, and the organiser sees it on the jury page', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, juror.email);
    // From the account page's roles list to the declaration page.
    // The juror sits on more than one demo jury: the link names its competition.
    await page
      .getByRole('link', { name: new RegExp(`${COMPETITION}: ${forJuror['jury.conflicts.link']}`) })
      .click();
    await page.waitForURL(`**/competitions/${COMPETITION}/jury/conflicts`);
    await page.getByRole('heading', { level: 1, name: forJuror['jury.conflicts.title'] }).waitFor();
    const rowOf = (p: Page) => p.locator('li', { has: p.getByRole('heading', { name: title }) });
    const row = rowOf(page);
    await row.waitFor();
    // Titles and organisations only: none of the application's answers reach the juror.
    expect(await page.getByText(APPLICATION.answers.problem.slice(0, 40)).count()).toBe(0);

    // By keyboard: the box, then the reason that appears, then Save.
    const box = row.getByRole('checkbox', { name: forJuror['jury.conflicts.declare'] });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await row.getByLabel(forJuror['jury.conflicts.reason']).fill(REASON);
    await row.getByRole('button', { name: forJuror['jury.conflicts.save'] }).press('Enter');
    await row.getByRole('status').getByText(forJuror['jury.conflicts.saved']).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    const again = rowOf(page);
    await again.waitFor();
    expect(await again.getByRole('checkbox').isChecked()).toBe(true);
    expect(await again.getByLabel(forJuror['jury.conflicts.reason']).inputValue()).toBe(REASON);
    expect(await fitsNarrowScreen(page)).toBe(true);
    await page.close();

    const organiser = await browser.newPage({ locale: 'en-GB' });
    await signIn(organiser, launcher.url, organiserUser.email);
    // The organiser runs more than one demo competition: take this one's jury link.
    await organiser
      .getByRole('link', { name: startingWith(forOrganiser['jury.pool.link']) })
      .and(organiser.locator(`[href="/competitions/${COMPETITION}/jury"]`))
      .click();
    await organiser.waitForURL(`**/competitions/${COMPETITION}/jury`);
    await organiser
      .getByRole('heading', { level: 1, name: forOrganiser['jury.pool.title'] })
      .waitFor();
    const conflictRow = organiser.locator('tr', {
      has: organiser.getByRole('rowheader', { name: title }),
      hasText: juror.displayName,
    });
    await conflictRow.waitFor();
    expect(await conflictRow.textContent()).toContain(forOrganiser['jury.cause.juror']);
    expect(await conflictRow.textContent()).toContain(REASON);
    // The seeded affiliation of juror 5 shows as an automatic conflict.
    const affiliated = forOrganiser['jury.cause.affiliation'].split('{organisation}')[0]!.trim();
    expect(await organiser.getByText(affiliated, { exact: false }).count()).toBeGreaterThan(0);
    // The sub-navigation marks this page.
    expect(
      await organiser
        .getByRole('link', { name: forOrganiser['organiserNav.jury'], exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(await seriousViolations(organiser)).toEqual([]);
    expect(await fitsNarrowScreen(organiser)).toBe(true);
    await organiser.close();
  });
});
