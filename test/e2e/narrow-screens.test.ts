import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();
const PHONE = { width: 360, height: 800 };

/** How wide the page is, once what it loads has arrived: more than the screen means a side scroll. */
async function pageWidth(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

describe.skipIf(!chromiumState.available)('applicants on a 360 px phone', () => {
  const platform = useDemoPlatform();

  it('keep the page still while the session loads: the header keeps the room of its links', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB', viewport: PHONE });
    // The session answers late, as on a slow connection: the page renders before it knows.
    await page.route('**/api/auth/me', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.addInitScript(
      'window.__shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shift += entry.value; }).observe({ type: "layout-shift", buffered: true });',
    );
    for (const path of ['/', '/competitions/demo-crossborder-2027']) {
      await page.goto(launcher.url + path);
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, shift: await page.evaluate<number>('window.__shift') }).toEqual({
        path,
        shift: 0,
      });
    }
    await page.close();
  });

  it('never scroll sideways: public pages, the dashboard and the editor with its budget table', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB', viewport: PHONE });
    for (const path of ['/', '/competitions/demo-crossborder-2027', '/sign-up', '/sign-in']) {
      expect({ path, width: await pageWidth(page, launcher.url + path) }).toEqual({
        path,
        width: PHONE.width,
      });
    }
    await signIn(page, launcher.url, 'ngo1@demo.laureate.test');
    // The Kazakh partner's application has budget lines: the widest thing an applicant sees.
    for (const path of [
      '/account',
      '/organisations/org-care-online/applications',
      '/organisations/org-care-online/applications/app-care-online-kz',
    ]) {
      expect({ path, width: await pageWidth(page, launcher.url + path) }).toEqual({
        path,
        width: PHONE.width,
      });
      // What scrolls sideways instead must be reachable by keyboard.
      expect(await seriousViolations(page)).toEqual([]);
    }
    // The dashboard says what each draft still needs, as the server counts it.
    await page.goto(`${launcher.url}/organisations/org-care-online/applications`);
    const list = (await (
      await page.request.get(`${launcher.url}/api/organisations/org-care-online/applications`)
    ).json()) as { items: { id: string; title: string; missingAnswers?: number }[] };
    const draft = list.items.find((item) => item.missingAnswers !== undefined)!;
    const row = page.getByRole('row').filter({ hasText: draft.title });
    await row.getByText(new RegExp(`^${draft.missingAnswers} `)).waitFor();
    await page.close();
  });
});
