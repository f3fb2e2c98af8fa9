import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIResponse, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { decodeBase32, hotp, totpStep } from '../../functions/src/adapters/crypto/totp.ts';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../functions/src/local/seed/seed-demo.ts';
import { en } from '../../web/src/lib/i18n/messages/en.ts';
import { kk } from '../../web/src/lib/i18n/messages/kk.ts';
import { ru } from '../../web/src/lib/i18n/messages/ru.ts';
import { staffEn } from '../../web/src/lib/i18n/messages/staff/en.ts';
import { staffKk } from '../../web/src/lib/i18n/messages/staff/kk.ts';
import { staffRu } from '../../web/src/lib/i18n/messages/staff/ru.ts';
import type { Locale } from '../../web/src/lib/i18n/translate.ts';
import { launchChromium } from './chromium.ts';
import { startLauncher, type LauncherProcess } from './launcher-process.ts';

/**
 * The demo platform (`npm start` with a throwaway database) and a Chromium for the tests of one
 * `describe`, started before them and stopped after. The fields are set once `beforeAll` ran.
 *
 * @example const platform = useDemoPlatform(['--test-clock']); // platform.launcher.url
 */
export function useDemoPlatform(launcherArgs: string[] = []): {
  launcher: LauncherProcess;
  browser: Browser;
} {
  const platform = {} as { launcher: LauncherProcess; browser: Browser };
  beforeAll(async () => {
    platform.launcher = await startLauncher(launcherArgs);
    platform.browser = await launchChromium();
  });
  afterAll(async () => {
    await platform.browser?.close();
    await platform.launcher?.interrupt();
  });
  return platform;
}

/** Signs a demo user in with the demo password; the app then speaks the user's language. */
export async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

/** Signs the demo administrator in, with the code their authenticator app would show now. */
export async function signInAsAdministrator(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill('admin@demo.laureate.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Code from your authenticator app');
  await code.waitFor();
  await code.fill(hotp(decodeBase32(DEMO_ADMIN_TOTP_SECRET), totpStep(new Date())));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** The serious and critical axe violations on the page, one line each (page, rule, elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // Strings, not functions: the tests are typed without the DOM library.
  const results = await page.evaluate<AxeResults>('axe.run()');
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${page.url()} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}

/** Nothing on the page makes a screen `width` px wide scroll sideways (tables scroll in place). */
export async function fitsWidth(page: Page, width: number): Promise<boolean> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}

const catalogues = {
  en: { ...en, ...staffEn },
  ru: { ...ru, ...staffRu },
  kk: { ...kk, ...staffKk },
};

/** The messages a signed-in user reads in `locale`: the core catalogue and the staff one. */
export function messagesFor(locale: Locale) {
  return catalogues[locale];
}

/** Matches a name that begins with `text`, taken literally. */
export const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The body of a successful API response; any other status fails the test with the address. */
export async function okJson<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}
