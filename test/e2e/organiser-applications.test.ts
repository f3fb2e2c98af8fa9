import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { chromiumAvailability, launchChromium } from '../helpers/chromium.ts';
import { startLauncher, type LauncherProcess } from '../helpers/launcher-process.ts';

const chromiumState = chromiumAvailability();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe.skipIf(!chromiumState.available)(
  'an organiser looks over the submitted applications',
  () => {
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

    it('lists the submitted demo applications, never the drafts, with accessible charts', async () => {
      const page = await browser.newPage({ locale: 'en-GB' });
      await page.goto(`${launcher.url}/sign-in`);
      await page.getByLabel('Email').fill('organiser@demo.laureate.test');
      await page.getByLabel('Password').fill('laureate-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/account');
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
      await page.evaluate(axeSource);
      const results = await page.evaluate<{ violations: { id: string; impact: string | null }[] }>(
        'axe.run()',
      );
      expect(
        results.violations
          .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
          .map((v) => v.id),
      ).toEqual([]);
      await page.close();
    });
  },
);
