import { describe, expect, it } from 'vitest';
import { instantToZonedInput } from '../../web/src/lib/format/zoned-time.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import {
  seriousViolations,
  signInAsAdministrator,
  useDemoPlatform,
} from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

const ZONE = 'Asia/Almaty';
const DAY = 86_400_000;
/** A deadline `days` from now, as the calendar's datetime-local inputs take it, on Almaty's clock. */
const almaty = (days: number) =>
  instantToZonedInput(new Date(Date.now() + days * DAY).toISOString(), ZONE);

describe.skipIf(!chromiumState.available)('an administrator sets up a competition', () => {
  const platform = useDemoPlatform();

  it('creates it from the cross-border template, sets calendar and rubric, publishes it, and the public sees it', async () => {
    const { launcher, browser } = platform;
    // The viewer is in Moscow, the competition in Almaty: deadlines show both clocks.
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Moscow' });
    const page = await context.newPage();
    const title = `Bridges of the Steppe ${Date.now()}`;
    const deadlines = {
      opens: almaty(-1),
      submission: almaty(30),
      screening: almaty(45),
      review: almaty(75),
      tooEarly: almaty(60),
      results: almaty(90),
    };

    await signInAsAdministrator(page, launcher.url);

    // Only administrators are offered the link.
    await page.getByRole('link', { name: 'Create a competition' }).click();
    await page.waitForURL('**/competitions/new');
    await page.locator('#field-title-en').fill(title);
    await page.locator('#field-title-ru').fill('Мосты степи');
    await page.locator('#field-summary-en').fill('Joint projects of NGOs from both sides.');
    for (const country of ['RU', 'KZ']) {
      await page.locator('#field-countries-add').selectOption(country);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await page.locator('#field-timeZone').selectOption(ZONE);
    await page.getByRole('button', { name: 'Add a track' }).click();
    // The new track's first field takes the focus, so the keyboard can type at once.
    await page.keyboard.type('Youth');
    expect(await page.locator('#field-tracks-0-title-en').inputValue()).toBe('Youth');
    // Open since yesterday, so that the home page lists it among the open calls.
    await page.locator('#field-calendar-callOpensAt').fill(deadlines.opens);
    expect(await page.getByRole('radio', { name: 'Cross-border social project' }).isChecked()).toBe(
      true,
    );
    expect(
      await page
        .getByRole('checkbox', { name: 'Make me an organiser of this competition' })
        .isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Create the competition' }).click();
    await page.waitForURL(/\/competitions\/comp-[\w-]+\/setup$/);
    const setupUrl = page.url();

    // The form in use is the template's first version; the sub-navigation leads to applications.
    const formSection = page.locator('#setup-form');
    await formSection.getByText(/In use: Cross-border social project,\s+version 1\./).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Competition management' })
        .getByRole('link', { name: 'Applications' })
        .getAttribute('href'),
    ).toMatch(/\/applications$/);

    // Deadlines out of order: the server's error is shown on the field, linked from the summary.
    await page.locator('#field-calendar-submissionDeadline').fill(deadlines.submission);
    await page.locator('#field-calendar-screeningEndsAt').fill(deadlines.screening);
    await page.locator('#field-calendar-reviewEndsAt').fill(deadlines.review);
    await page.locator('#field-calendar-resultsAt').fill(deadlines.tooEarly);
    // Beside each deadline: the competition's clock, and the viewer's (Moscow is 2 hours behind).
    await page
      .locator('#field-calendar-resultsAt-when')
      .getByText(/\(Asia\/Almaty\).*your time/)
      .waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summaryLink = page
      .locator('#setup-errors')
      .getByRole('link', { name: /Results: Must come after “Jury review ends”/ });
    await summaryLink.waitFor();
    await summaryLink.click();
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(
      'field-calendar-resultsAt',
    );
    expect(await page.locator('#field-calendar-resultsAt').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.locator('#field-calendar-resultsAt').fill(deadlines.results);

    // A rubric of two criteria, weighted 3 and 1: 75 % and 25 % of the total.
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.locator('#field-rubric-criteria-0-title-en').fill('Social relevance');
    await page.locator('#field-rubric-criteria-0-weight').fill('3');
    await page.getByRole('button', { name: /Describe a level\s*: Social relevance/ }).click();
    await page.locator('#field-rubric-criteria-0-levels-0-descriptor-en').fill('Not shown');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.locator('#field-rubric-criteria-1-title-en').fill('Cross-border partnership');
    await page.locator('#field-rubric-criteria-1-weight').fill('1');
    const shares = page.locator('table.shares');
    await shares.getByRole('row', { name: /Social relevance 3 75%/ }).waitFor();
    await shares.getByRole('row', { name: /Cross-border partnership 1 25%/ }).waitFor();
    await page.locator('#field-quotas-country').fill('4');
    // How the jury works: review across the border, reminders a week and three days before.
    await page.getByLabel(/At least one juror from a country other than/).check();
    await page.getByLabel('1 day before', { exact: true }).uncheck();
    await page.getByLabel('7 days before', { exact: true }).check();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // Publishing is confirmed in a dialog, all by keyboard: Escape cancels, Enter confirms.
    const publish = page.getByRole('button', { name: 'Publish…' });
    await publish.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Publish the competition?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await page.evaluate<string | undefined>('document.activeElement?.textContent?.trim()'),
    ).toBe('Publish…');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await page.evaluate<boolean>("document.activeElement?.closest('dialog') != null")).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await page.locator('#publish-state').getByText('Visible to the public').waitFor();

    // Published by mistake: taken back while no NGO has started an application, then again.
    await page.getByRole('button', { name: 'Take back from the public…' }).click();
    await page
      .getByRole('dialog', { name: 'Take the competition back from the public?' })
      .getByRole('button', { name: 'Take it back' })
      .click();
    await page.locator('#publish-state').getByText('Not public yet').waitFor();
    await page.getByRole('button', { name: 'Publish…' }).click();
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await page.locator('#publish-state').getByText('Visible to the public').waitFor();

    // Another organiser's save in between makes this page's next save a conflict, not an overwrite.
    const other = await context.newPage();
    await other.goto(setupUrl);
    await other.locator('#field-reviewsPerApplication').fill('5');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
    await page.locator('#field-reviewsPerApplication').fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.locator('#conflict');
    await conflict.getByText('Someone else changed this competition').waitFor();
    await conflict.getByRole('button', { name: 'Reload the current settings' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.locator('#field-reviewsPerApplication').inputValue()).toBe('5');

    // What was saved is what a fresh load shows.
    await page.reload();
    await page.locator('#field-rubric-criteria-1-title-en').waitFor();
    expect(await page.locator('#field-calendar-resultsAt').inputValue()).toBe(deadlines.results);
    expect(await page.locator('#field-rubric-criteria-0-levels-0-descriptor-en').inputValue()).toBe(
      'Not shown',
    );
    expect(await page.locator('#field-quotas-country').inputValue()).toBe('4');
    expect(await page.locator('#field-assignmentRules-crossBorder').isChecked()).toBe(true);
    expect(await page.locator('#field-assignmentRules-localExpert').isChecked()).toBe(false);
    expect(await page.getByLabel('7 days before', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('1 day before', { exact: true }).isChecked()).toBe(false);

    // The public home page lists the call.
    const visitor = await browser.newPage({ locale: 'en-GB' });
    await visitor.goto(launcher.url);
    await visitor.getByText(title).waitFor();
    await visitor.close();
    await context.close();
  });
});
