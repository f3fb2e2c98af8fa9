import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

describe.skipIf(!chromiumState.available)('a demo NGO continues its draft application', () => {
  const platform = useDemoPlatform();

  it('autosaves what is typed and keeps it across a reload, with no serious accessibility violations', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, 'ngo1@demo.laureate.test');
    // The interface follows the account's language from here: Russian for this NGO.

    await page.goto(`${launcher.url}/organisations/org-care-online/applications`);
    await page
      .getByRole('link', { name: /Тёплый эфир без границ/ })
      .first()
      .click();
    const field = page.locator('#field-expectedResults');
    await field.waitFor();
    const text = `Не менее 40 учреждений подключены к встречам (${Date.now()})`;
    await field.fill(text);
    await field.blur();
    await page
      .getByRole('status')
      .filter({ hasText: 'Сохранено' })
      .first()
      .waitFor({ timeout: 10_000 });

    await page.reload();
    await page.locator('#field-expectedResults').waitFor();
    expect(await page.locator('#field-expectedResults').inputValue()).toBe(text);

    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('checks the whole form in the browser, with the server’s rules, before sending a submission', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, 'ngo1@demo.laureate.test');
    await page.goto(`${launcher.url}/organisations/org-care-online/applications`);
    await page
      .getByRole('link', { name: /Тёплый эфир без границ/ })
      .first()
      .click();
    await page.locator('#field-expectedResults').waitFor();
    // The validator arrives after the first render, when the browser is idle.
    await page.locator('form.application[data-checks="browser"]').waitFor();
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/submit')) submissions.push(request.url());
    });
    // The demo draft is unfinished: the budget, at least, is still empty.
    await page.locator('#field-expectedResults').fill('');
    await page.locator('#field-expectedResults').blur();
    await page.getByRole('button', { name: 'Подать заявку' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await summary.getByRole('link', { name: /Что изменится и как вы это измерите/ }).waitFor();
    expect(submissions).toEqual([]);
    await page.close();
  });
});
