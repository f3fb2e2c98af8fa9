import { describe, expect, it } from 'vitest';
import { ru } from '../../web/src/lib/i18n/messages/ru.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();
const EDITOR = '/organisations/org-care-online/applications/app-care-online-kz';

describe.skipIf(!chromiumState.available)('a draft typed on a weak connection', () => {
  const platform = useDemoPlatform();

  it('survives a dropped connection (retried when back) and a tab closed offline (offered back)', async () => {
    const { launcher, browser } = platform;
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    // The NGO reads the interface in Russian from here.
    await signIn(page, launcher.url, 'ngo1@demo.laureate.test');
    await page.goto(launcher.url + EDITOR);
    const status = page.getByRole('status');

    // 1. The connection drops while typing: the page says so, and saves once it is back.
    await page.locator('#field-targetGroup').waitFor();
    await context.setOffline(true);
    const typedOffline = `Жители домов престарелых Омска (${Date.now()})`;
    await page.locator('#field-targetGroup').fill(typedOffline);
    await page.locator('#field-targetGroup').blur();
    await status.filter({ hasText: ru['save.offline'] }).first().waitFor();
    await context.setOffline(false);
    await status.filter({ hasText: ru['save.saved'] }).first().waitFor({ timeout: 15_000 });
    await page.reload();
    expect(await page.locator('#field-targetGroup').inputValue()).toBe(typedOffline);

    // 2. Typed offline, then the tab is closed: the next visit offers the local copy back.
    await context.setOffline(true);
    const typedBeforeClosing = `Сорок учреждений подключены (${Date.now()})`;
    await page.locator('#field-expectedResults').fill(typedBeforeClosing);
    await page.locator('#field-expectedResults').blur();
    await status.filter({ hasText: ru['save.offline'] }).first().waitFor();
    await page.close();
    await context.setOffline(false);

    const again = await context.newPage();
    await again.goto(launcher.url + EDITOR);
    await again.getByRole('button', { name: ru['save.restore'] }).click();
    expect(await again.locator('#field-expectedResults').inputValue()).toBe(typedBeforeClosing);
    await again.getByRole('status').filter({ hasText: ru['save.saved'] }).first().waitFor();
    await again.reload();
    expect(await again.locator('#field-expectedResults').inputValue()).toBe(typedBeforeClosing);
    await context.close();
  });
});
