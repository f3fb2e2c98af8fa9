import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();
// The Russian lead's draft, already joined by a Pavlodar partner (demo data).
const APPLICATION = 'app-care-online-kz';

/** A new page, signed in as `email`. */
async function signedInPage(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-GB' });
  await signIn(page, url, email);
  // Both demo users read the interface in Russian from here.
  return page;
}

describe.skipIf(!chromiumState.available)('a joint application across the border', () => {
  const platform = useDemoPlatform();

  it('the lead adds a Kazakh co-applicant with one section to edit; its member edits only that section and cannot submit', async () => {
    const { launcher, browser } = platform;
    const lead = await signedInPage(browser, launcher.url, 'ngo1@demo.laureate.test');
    await lead.goto(`${launcher.url}/organisations/org-care-online/applications/${APPLICATION}`);
    const panel = lead.getByRole('region', { name: 'Организации-партнёры' });
    await panel
      .getByText(/Павлодар/)
      .first()
      .waitFor();

    // More Kazakh NGOs in the directory than one page holds: the list offers the rest on request.
    for (let index = 0; index < 50; index++) {
      const created = await lead.request.post(`${launcher.url}/api/organisations`, {
        data: {
          name: { ru: `Казахстанская НКО ${String(index).padStart(2, '0')}` },
          legalForm: 'ОФ',
          country: 'KZ',
          region: 'Карагандинская область',
          city: 'Караганда',
          workingLanguages: ['ru'],
          listedInDirectory: true,
        },
      });
      expect(created.status()).toBe(201);
    }
    const listedInKazakhstan: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await (
        await lead.request.get(
          `${launcher.url}/api/directory?country=KZ${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        )
      ).json()) as { items: { id: string }[]; nextCursor?: string };
      listedInKazakhstan.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);

    await panel.getByRole('button', { name: 'Добавить или изменить партнёров' }).click();
    await panel.getByLabel('Страна').selectOption('KZ');
    const choices = panel.getByLabel('Организация').locator('option');
    await choices.nth(1).waitFor({ state: 'attached' });
    const firstPage = await choices.count();
    await panel.getByRole('button', { name: 'Показать ещё организации этой страны' }).click();
    await expect.poll(() => choices.count()).toBeGreaterThan(firstPage);
    await panel
      .getByRole('button', { name: 'Показать ещё организации этой страны' })
      .waitFor({ state: 'detached' });
    // Every listed Kazakh NGO but the partner already on the list, after "Choose…".
    expect(await choices.count()).toBe(listedInKazakhstan.length - 1 + 1);
    await panel.getByLabel('Организация').selectOption('org-akmola-wellbeing');
    await panel.getByRole('button', { name: 'Добавить в список' }).click();
    const added = panel.getByRole('group', { name: /Демеу/ });
    await added.getByLabel('Роль').selectOption('co_applicant');
    await added.getByLabel('Её вклад в проект').fill('Проводит встречи в Акмолинской области.');
    await added.getByRole('checkbox', { name: 'Мероприятия' }).check();
    await panel.getByRole('button', { name: 'Сохранить партнёров' }).click();
    const listed = panel.getByRole('listitem').filter({ hasText: /Демеу/ });
    await listed.getByText('соисполнитель').waitFor();
    await listed.getByText('Её участники могут редактировать: Мероприятия.').waitFor();
    await lead.close();

    const partner = await signedInPage(browser, launcher.url, 'ngo9@demo.laureate.test');
    await partner.goto(`${launcher.url}/organisations/org-akmola-wellbeing/applications`);
    await partner.locator(`a[href$="/${APPLICATION}"]`).first().click();
    await partner.getByText(/Ваша организация — партнёр по этой заявке/).waitFor();
    // Its own section is open to it; the lead's are read-only; submitting is the lead's step.
    expect(await partner.locator('#field-problem').getAttribute('readonly')).not.toBeNull();
    const activities = partner.locator('#field-activities');
    expect(await activities.getAttribute('readonly')).toBeNull();
    const text = `Встречи в Кокшетау и Степногорске (${Date.now()})`;
    await activities.fill(text);
    await activities.blur();
    await partner.getByRole('status').filter({ hasText: 'Сохранено' }).first().waitFor();
    expect(await partner.getByRole('button', { name: 'Подать заявку' }).count()).toBe(0);
    await partner.reload();
    await partner.locator('#field-activities').waitFor();
    expect(await partner.locator('#field-activities').inputValue()).toBe(text);

    expect(await seriousViolations(partner)).toEqual([]);
    await partner.close();
  });
});
