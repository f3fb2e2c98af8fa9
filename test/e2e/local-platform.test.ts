import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { chromiumAvailability, launchChromium } from '../helpers/chromium.ts';
import {
  dynamoDbLocalProcesses,
  startLauncher,
  type LauncherProcess,
} from '../helpers/launcher-process.ts';

const chromiumState = chromiumAvailability();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const mainCompetition = demoData.competitions.find(
  (competition) => competition.id === 'demo-crossborder-2027',
)!;

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
}

describe.skipIf(!chromiumState.available)('npm start, seen through Chromium', () => {
  let launcher: LauncherProcess;
  let browser: Browser;

  beforeAll(async () => {
    launcher = await startLauncher();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the URL and the demo accounts', () => {
    expect(launcher.output()).toMatch(/Demo accounts \(password for all: laureate-demo\)/);
    expect(launcher.output()).toContain('admin@demo.laureate.test');
  });

  it('answers /api/health with 200', async () => {
    const response = await fetch(`${launcher.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', mode: 'local' });
  });

  it('lists the demo competition on the home page, with no serious accessibility violations', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(launcher.url);
    await page.getByRole('link', { name: mainCompetition.title.en! }).waitFor({ timeout: 15_000 });
    // Evaluated through the DevTools protocol: the page's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
    const results = await page.evaluate<AxeResults>('axe.run()');
    const serious = results.violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    // The built app runs under its Content-Security-Policy without being blocked.
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  });

  it('switches the interface and the competition title to Russian', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(launcher.url);
    await page.getByRole('link', { name: mainCompetition.title.en! }).waitFor({ timeout: 15_000 });
    await page.getByLabel(/language|язык|тіл/i).selectOption('ru');
    await page.getByRole('link', { name: mainCompetition.title.ru! }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate('document.documentElement.lang')).toBe('ru');
    await page.close();
  });

  it('stops on Ctrl-C without leaving DynamoDB Local behind', async () => {
    expect(dynamoDbLocalProcesses(launcher.dynamoPort).length).toBe(1);
    const exit = await launcher.interrupt();
    // npm itself dies of the SIGINT; the launcher under it must have stopped cleanly.
    expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
    expect(launcher.output()).toContain('SIGINT: stopping');
    expect(launcher.output()).not.toContain('Could not stop cleanly');
    expect(dynamoDbLocalProcesses(launcher.dynamoPort)).toEqual([]);
  });
});
