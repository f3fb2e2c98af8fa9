import { describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

describe.skipIf(!chromiumState.available)(
  'an organiser looks over the submitted applications',
  () => {
    const platform = useDemoPlatform();

    it('lists the submitted demo applications, never the drafts, with accessible charts', async () => {
      const { launcher, browser } = platform;
      const page = await browser.newPage({ locale: 'en-GB' });
      await signIn(page, launcher.url, 'organiser@demo.laureate.test');
      await page.goto(`${launcher.url}/competitions/demo-crossborder-2027/applications`);
      await page.locator('table').first().waitFor();
      const submitted = demoData.applications.filter(
        (application) => application.status === 'submitted',
      );
      const drafts = demoData.applications.filter((application) => application.status === 'draft');
      for (const application of submitted) {
        await page
          .getByText(application.title.ru ?? application.title.en!, { exact: false })
          .first()
          .waitFor();
      }
      for (const application of drafts) {
        expect(
          await page
            .getByText(application.title.ru ?? application.title.en!, { exact: false })
            .count(),
        ).toBe(0);
      }
      // Full-text search narrows the table to the one application whose title matches.
      const sought = submitted[0]!;
      const soughtTitle = sought.title.ru ?? sought.title.en!;
      await page.locator('#filter-q').fill(soughtTitle);
      await page.locator('form[role="search"] button[type="submit"]').click();
      await page.waitForURL(/\?q=/);
      await expect.poll(() => page.locator('.scroll tbody tr').count()).toBe(1);
      await page.getByText(soughtTitle, { exact: false }).first().waitFor();

      // Nothing, hidden chart tables included, may widen a phone's page.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(360);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
