import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();
// The demo competition that is open and already has applications (functions/src/local/seed).
const COMPETITION = 'demo-crossborder-2027';
// The cross-border template has seven sections: the new one is the eighth.
const NEW = 'fb-s7';

const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");

describe.skipIf(!chromiumState.available)('an organiser edits the application form', () => {
  const platform = useDemoPlatform();

  it('adds a section with a limited required text and a conditional field, by keyboard; saves a new version that new applications get and started ones do not; a concurrent save is a conflict', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB' });
    // The demo organiser's account is in Russian, so the interface is too.
    await signIn(page, launcher.url, 'organiser@demo.laureate.test');
    await page.goto(`${launcher.url}/competitions/${COMPETITION}/form`);
    await page.locator('#fb-save').waitFor();
    await page.getByText('Текущая версия: 1.').waitFor();
    await page.getByText(/Начато \d+ заяв/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard only: the new section's title input takes focus in the interface language.
    await page.locator('#fb-sections').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${NEW}-title-ru`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Партнёры и волонтёры');
    await page.locator(`#${NEW}-title-en`).fill('Partners and volunteers');

    // An empty section cannot be saved; the summary links to where a field must be added.
    await page.locator('#fb-save').click();
    const summary = page.getByRole('alert').filter({ hasText: 'Форму пока нельзя сохранить' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Раздел 8.*хотя бы одно поле/ }).click();
    await expect.poll(() => focusedId(page)).toBe(`${NEW}-fields`);

    // A required short text with a character limit.
    await page.locator(`#${NEW}-fields-type`).selectOption('short_text');
    await page.locator(`#${NEW}-add-field`).press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${NEW}-f0-label-ru`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Город партнёра');
    await page.locator(`#${NEW}-f0-label-en`).fill('Partner’s city');
    await page.locator(`#${NEW}-f0-id`).fill('partnerCity');
    await page.locator(`#${NEW}-f0-required`).check();
    await page.locator(`#${NEW}-f0-limit-unit`).selectOption('characters');
    await page.locator(`#${NEW}-f0-limit-max`).fill('80');

    // A yes/no question, then a field shown only for "yes".
    await page.locator(`#${NEW}-fields-type`).selectOption('single_choice');
    await page.locator(`#${NEW}-add-field`).click();
    await page.locator(`#${NEW}-f1-label-ru`).fill('Будут ли волонтёры?');
    await page.locator(`#${NEW}-f1-id`).fill('hasVolunteers');
    await page.locator(`#${NEW}-f1-options-0-id`).fill('yes');
    await page.locator(`#${NEW}-f1-options-0-label-ru`).fill('Да');
    await page.locator(`#${NEW}-f1-options-1-id`).fill('no');
    await page.locator(`#${NEW}-f1-options-1-label-ru`).fill('Нет');

    await page.locator(`#${NEW}-fields-type`).selectOption('long_text');
    await page.locator(`#${NEW}-add-field`).click();
    await page.locator(`#${NEW}-f2-label-ru`).fill('Сколько волонтёров и что они будут делать?');
    await page.locator(`#${NEW}-f2-id`).fill('volunteerPlan');
    await page.locator(`#${NEW}-f2-visibleWhen-on`).check();
    expect(await page.locator(`#${NEW}-f2-visibleWhen-fieldId`).inputValue()).toBe('hasVolunteers');
    await page.locator(`#${NEW}-f2-visibleWhen-equals`).selectOption('yes');

    // Move buttons work by keyboard and keep focus on the moved field's button.
    await page.locator(`#${NEW}-f0-down`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${NEW}-f1-down`);
    expect(await page.locator(`#${NEW}-f0-id`).inputValue()).toBe('hasVolunteers');
    await page.locator(`#${NEW}-f1-up`).press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${NEW}-f0-up`);
    expect(await page.locator(`#${NEW}-f0-id`).inputValue()).toBe('partnerCity');

    // The preview draws the new fields with the applicant's components, the condition live.
    const preview = page.locator('.preview-pane');
    await preview.locator(`#preview-s7-f0`).waitFor();
    await preview.getByText('Знаков: 0 из 80').waitFor();
    expect(await preview.locator('#preview-s7-f2').count()).toBe(0);
    await preview.locator('#preview-s7-f1').getByRole('radio', { name: 'Да' }).check();
    await preview.locator('#preview-s7-f2').waitFor();

    // Renaming a field that applications answered is refused before it reaches the server.
    await page.locator('#fb-s0-f0').click();
    await page.getByText('есть ответы').first().waitFor();
    await page.locator('#fb-s0-f0-id').fill('projectName');
    await page.locator('#fb-save').click();
    const refused = summary.getByRole('link', { name: /«projectTitle»/ });
    await refused.waitFor();
    await refused.click();
    await expect.poll(() => focusedId(page)).toBe('fb-s0-f0-id');
    await page.locator('#fb-s0-f0-id').fill('projectTitle');

    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#fb-save').click();
    await page.getByRole('status').filter({ hasText: 'Сохранено как версия 2.' }).waitFor();

    await page.reload();
    await page.getByText('Текущая версия: 2.').waitFor();
    expect(await page.locator(`#${NEW}-title-ru`).inputValue()).toBe('Партнёры и волонтёры');
    await page.locator(`#${NEW}-f0`).click();
    expect(await page.locator(`#${NEW}-f0-id`).inputValue()).toBe('partnerCity');
    expect(await page.locator(`#${NEW}-f0-required`).isChecked()).toBe(true);
    expect(await page.locator(`#${NEW}-f0-limit-max`).inputValue()).toBe('80');
    await page.locator(`#${NEW}-f2`).click();
    expect(await page.locator(`#${NEW}-f2-visibleWhen-fieldId`).inputValue()).toBe('hasVolunteers');
    expect(await page.locator(`#${NEW}-f2-visibleWhen-equals`).inputValue()).toBe('yes');

    // Someone else saves meanwhile (another tab): this page's save is a conflict, never an
    // overwrite, and Reload shows their version.
    const api = `${launcher.url}/api/competitions/${COMPETITION}`;
    const headers = { origin: launcher.url };
    const theirs = (await (await page.request.get(`${api}/form/editing`)).json()) as {
      form: unknown;
    };
    const settings = (await (await page.request.get(`${api}/settings`)).json()) as {
      version: number;
    };
    const put = await page.request.put(`${api}/form`, {
      headers,
      data: { definition: theirs.form, version: settings.version },
    });
    expect(put.status()).toBe(200);
    await page.locator(`#${NEW}-f0-limit-max`).fill('90');
    await page.locator('#fb-save').click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Кто-то изменил' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Перезагрузить' }).click();
    await page.getByText('Текущая версия: 3.').waitFor();
    await page.close();

    // An applicant's draft keeps answering version 1 (docs/forms.md): no new questions there…
    const applicant = await browser.newPage({ locale: 'en-GB' });
    await signIn(applicant, launcher.url, 'ngo1@demo.laureate.test');
    await applicant.goto(
      `${launcher.url}/organisations/org-care-online/applications/app-care-online-kz`,
    );
    await applicant.locator('#field-expectedResults').waitFor();
    expect(await applicant.locator('#field-partnerCity').count()).toBe(0);

    // …while a new application gets version 2, with the limit and the condition.
    await applicant.goto(`${launcher.url}/organisations/org-care-online/applications`);
    await applicant.locator('#field-competitionId').selectOption(COMPETITION);
    await applicant.locator('#field-trackId').selectOption('social-work');
    await applicant.locator('#field-title').fill('Волонтёры без границ');
    await applicant.getByRole('button', { name: 'Начать заявку' }).click();
    const city = applicant.locator('#field-partnerCity');
    await city.waitFor();
    await applicant.getByText('Город партнёра').first().waitFor();
    await applicant.getByText('Знаков: 0 из 80').first().waitFor();
    expect(await applicant.locator('#field-volunteerPlan').count()).toBe(0);
    await applicant.locator('#field-hasVolunteers').getByRole('radio', { name: 'Да' }).check();
    await applicant.locator('#field-volunteerPlan').waitFor();
    await applicant.close();
  });
});
