import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import {
  fitsWidth,
  messagesFor,
  seriousViolations,
  signIn,
  startingWith,
  useDemoPlatform,
} from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

const COMPETITION = 'demo-crossborder-2027';
const APPLICATION = demoData.applications.find(
  (candidate) => candidate.id === 'app-kostanay-museum',
)!;
const title = APPLICATION.title.ru ?? APPLICATION.title.en!;
const juror = demoData.users.find((user) => user.id === 'user-juror1')!;
const organiserUser = demoData.users.find((user) => user.email === 'organiser@demo.laureate.test')!;
/** After signing in, the app speaks each demo user's own language. */
const forJuror = messagesFor(juror.locale);
const forOrganiser = messagesFor(organiserUser.locale);
const REASON = 'До прошлого года я входил в попечительский совет этого музея';

describe.skipIf(!chromiumState.available)('a juror declares a conflict of interest', () => {
  const platform = useDemoPlatform();

  it('keeps the declaration across a reload, and the organiser sees it on the jury page', async () => {
    const { launcher, browser } = platform;
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
    expect(await fitsWidth(page, 360)).toBe(true);
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
    expect(await fitsWidth(organiser, 360)).toBe(true);
    await organiser.close();
  });
});
