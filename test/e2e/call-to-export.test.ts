import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { instantToZonedInput } from '../../web/src/lib/format/zoned-time.ts';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { samplePdf } from '../helpers/sample-files.ts';
import {
  messagesFor,
  signIn,
  signInAsAdministrator,
  useDemoPlatform,
} from '../helpers/demo-browser.ts';

/*
 * Issue 4's whole story in one browser: an organiser opens a call from the cross-border
 * template, an NGO submits with an attachment and gets its receipt, the deadline passes on the
 * platform's (test) clock, and the organiser screens the application and exports the list.
 */

const chromiumState = chromiumAvailability();
const ZONE = 'Asia/Almaty';
const DAY_MS = 86_400_000;
const almaty = (days: number) =>
  instantToZonedInput(new Date(Date.now() + days * DAY_MS).toISOString(), ZONE);

const applicant = demoData.users.find((user) => user.email === 'ngo1@demo.laureate.test')!;
const says = messagesFor(applicant.locale);
const ORGANISATION = 'org-care-online';
const TITLE = 'Тёплые встречи: онлайн-программа для домов престарелых';
const PROBLEM = Array.from(
  { length: 12 },
  () => 'Жители домов престарелых в приграничных районах редко общаются с внешним миром.',
).join(' ');

async function savedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

describe.skipIf(!chromiumState.available)('from the call to the export', () => {
  const platform = useDemoPlatform(['--test-clock']);

  it('opens a call, takes a submission with a file, enforces the deadline, screens and exports it', async () => {
    const { launcher, browser } = platform;
    // 1. The organiser (an administrator who makes themself an organiser) opens the call.
    const organiserContext = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const organiser = await organiserContext.newPage();
    await signInAsAdministrator(organiser, launcher.url);
    await organiser.getByRole('link', { name: 'Create a competition' }).click();
    await organiser.waitForURL('**/competitions/new');
    await organiser.locator('#field-title-en').fill('Warm meetings across the border');
    await organiser.locator('#field-title-ru').fill('Тёплые встречи через границу');
    await organiser.locator('#field-summary-en').fill('Joint projects of Russian and Kazakh NGOs.');
    for (const country of ['RU', 'KZ']) {
      await organiser.locator('#field-countries-add').selectOption(country);
      await organiser.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await organiser.locator('#field-timeZone').selectOption(ZONE);
    await organiser.getByRole('button', { name: 'Add a track' }).click();
    await organiser.keyboard.type('Social work');
    const calendar = {
      callOpensAt: almaty(-1),
      submissionDeadline: almaty(2),
      screeningEndsAt: almaty(10),
      reviewEndsAt: almaty(20),
      resultsAt: almaty(30),
    };
    for (const [field, value] of Object.entries(calendar)) {
      await organiser.locator(`#field-calendar-${field}`).fill(value);
    }
    expect(
      await organiser.getByRole('radio', { name: 'Cross-border social project' }).isChecked(),
    ).toBe(true);
    await organiser.getByRole('button', { name: 'Create the competition' }).click();
    await organiser.waitForURL(/\/competitions\/comp-[\w-]+\/setup$/);
    const competitionId = /\/competitions\/(comp-[\w-]+)\/setup$/.exec(organiser.url())![1]!;
    await organiser
      .locator('#setup-form')
      .getByText(/In use: Cross-border social project,\s+version 1\./)
      .waitFor();
    await organiser.getByRole('button', { name: 'Publish…' }).click();
    await organiser.getByRole('dialog', { name: 'Publish the competition?' }).waitFor();
    await organiser.getByRole('button', { name: 'Publish now' }).click();
    await organiser.locator('#publish-state').getByText('Visible to the public').waitFor();

    // 2. An NGO starts an application for the new call and fills in the form it renders.
    const ngo = await browser.newPage({ locale: 'en-GB' });
    await signIn(ngo, launcher.url, applicant.email);
    await ngo.goto(`${launcher.url}/organisations/${ORGANISATION}/applications`);
    await ngo.locator('#field-competitionId').selectOption(competitionId);
    await ngo.locator('#field-trackId').selectOption({ index: 1 });
    await ngo.locator('#field-title').fill(TITLE);
    await ngo.getByRole('button', { name: says['apps.new.submit'] }).click();
    await ngo.waitForURL(/\/applications\/[\w-]+$/);

    await ngo.locator('#field-projectTitle').fill(TITLE);
    await ngo.locator('#field-problem').fill(PROBLEM);
    await ngo
      .locator('#field-targetGroup')
      .fill('Пожилые люди в домах престарелых Омска и Павлодара.');
    await ngo
      .locator('#field-activities')
      .fill('Еженедельные онлайн-концерты и беседы с волонтёрами.');
    await ngo.locator('#field-expectedResults').fill('Сорок учреждений подключены к встречам.');
    if ((await ngo.locator('#field-partners-0-organisationName').count()) === 0) {
      // The partners come before the budget, whose button may read the same in Russian.
      await ngo.getByRole('button', { name: says['field.group.add'] }).first().click();
    }
    await ngo
      .locator('#field-partners-0-organisationName')
      .fill('Павлодарское общество милосердия');
    await ngo.locator('#field-partners-0-country').selectOption('KZ');
    await ngo.locator('#field-partners-0-role').fill('Соорганизатор встреч в Казахстане');
    await ngo.locator('#field-partners-0-contribution').fill('Подключает двадцать учреждений.');
    if ((await ngo.locator('#field-budget-0-item').count()) === 0) {
      await ngo.getByRole('button', { name: says['field.budget.add'] }).last().click();
    }
    await ngo.locator('#field-budget-0-item').fill('Планшеты для учреждений');
    const lineOne = says['field.budget.line'].replace('{n}', '1');
    await ngo.getByLabel(`${lineOne}: ${says['field.budget.quantity']}`).fill('20');
    const unitCost = ngo.getByLabel(`${lineOne}: ${says['field.budget.unitCost']}`);
    await unitCost.fill('15000');
    await unitCost.blur();

    const letter = 'Письмо поддержки.pdf';
    await ngo.locator('#field-attachments').setInputFiles({
      name: letter,
      mimeType: 'application/pdf',
      buffer: Buffer.from(samplePdf('Letter of support', 50_000)),
    });
    await ngo
      .getByRole('status')
      .filter({ hasText: says['file.done'].replace('{name}', letter) })
      .waitFor({ timeout: 30_000 });

    // 3. Submitting shows the receipt: a time and the fingerprint of what was submitted.
    await ngo.getByRole('button', { name: says['application.submit'] }).click();
    await ngo.getByText(says['application.receipt.title']).waitFor({ timeout: 15_000 });
    const fingerprint = await ngo.locator('.hash').innerText();
    expect(fingerprint).toMatch(/[0-9a-f]{64}/);
    // …and the same receipt is emailed (local mode keeps it in the outbox).
    const hash = /[0-9a-f]{64}/.exec(fingerprint)![0];
    const outbox = (await (
      await ngo.request.get(`${launcher.url}/api/dev/outbox?to=${applicant.email}`)
    ).json()) as { items: { text: string }[] };
    expect(outbox.items.some((message) => message.text.includes(hash))).toBe(true);

    // 4. The deadline passes on the platform's clock: the application can be read, not changed.
    const moved = await ngo.request.post(`${launcher.url}/api/dev/clock`, {
      data: { advanceSeconds: 3 * 86_400 },
    });
    expect(moved.status()).toBe(200);
    await ngo.reload();
    await ngo.getByText(says['application.readOnly']).waitFor();
    expect(await ngo.getByRole('button', { name: says['application.reopen'] }).count()).toBe(0);
    expect(await ngo.locator('#field-projectTitle').inputValue()).toBe(TITLE);
    const applicationUrl = new URL(ngo.url());
    const applicationId = applicationUrl.pathname.split('/').pop()!;
    const apiBase = `${launcher.url}/api/organisations/${ORGANISATION}/applications/${applicationId}`;
    const current = (await (await ngo.request.get(apiBase)).json()) as { version: number };
    const reopen = await ngo.request.post(`${apiBase}/reopen`, {
      data: { version: current.version },
    });
    expect(reopen.status()).toBe(409);
    expect(reopen.headers()['content-type']).toContain('application/problem+json');
    expect(((await reopen.json()) as { code?: string; type?: string }).type).toMatch(
      /deadline-passed/,
    );
    await ngo.close();

    // 5. Screening: the organiser sees the application, marks it eligible, and exports the list.
    await organiser.goto(`${launcher.url}/competitions/${competitionId}/applications`);
    const row = organiser.locator('tbody tr', { hasText: TITLE });
    await row.waitFor();
    await row.getByRole('button', { name: 'Eligible', exact: true }).click();
    await organiser.getByText('Decision saved: Eligible.').waitFor();
    await row.locator('.status', { hasText: 'Eligible' }).waitFor();

    const [csvDownload] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = await savedBytes(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.subarray(3).toString('utf8');
    expect(csvText).toContain(TITLE);
    expect(csvText).toContain('Павлодарское общество милосердия');
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(2);

    const [xlsxDownload] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByRole('link', { name: 'Download Excel (XLSX)' }).click(),
    ]);
    const parts = unzipSync(new Uint8Array(await savedBytes(xlsxDownload)));
    const sheetText = Object.entries(parts)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(sheetText).toContain(TITLE);
    expect(sheetText).toContain('Павлодарское общество милосердия');
    await organiserContext.close();
  });
});
