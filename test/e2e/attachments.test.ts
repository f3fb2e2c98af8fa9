import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { samplePdf } from '../helpers/sample-files.ts';
import { signIn, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

describe.skipIf(!chromiumState.available)('an NGO attaches files to its draft', () => {
  const platform = useDemoPlatform();

  it('uploads a letter with visible progress, finds it after a reload, and is told why a fake PDF is refused', async () => {
    const { launcher, browser } = platform;
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, launcher.url, 'ngo1@demo.laureate.test');
    // From here the interface speaks the account's language: Russian for this NGO.
    await page.goto(`${launcher.url}/organisations/org-care-online/applications`);
    await page
      .getByRole('link', { name: /Тёплый эфир без границ/ })
      .first()
      .click();
    const input = page.locator('#field-attachments');
    await input.waitFor();
    expect(await input.getAttribute('accept')).toContain('application/pdf');

    // A slow uplink, as from a village office, so that the progress bar can be seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 512 * 1024,
    });
    const letter = samplePdf('Letter of support', 1_500_000);
    const name = `Письмо поддержки ${Date.now()}.pdf`;
    await input.setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(letter) });

    const progress = page.getByRole('progressbar', { name: `Загрузка: ${name}` });
    await progress.waitFor({ timeout: 10_000 });
    // Part-way: the bar follows real progress events, not a spinner.
    const shown = page.locator('.upload', { hasText: name });
    await expect
      .poll(async () => Number(/(\d+)\s?%/.exec(await shown.innerText())?.[1] ?? 0), {
        timeout: 10_000,
        interval: 50,
      })
      .toSatisfy((percent: number) => percent > 0 && percent < 100);
    await page
      .getByRole('status')
      .filter({ hasText: `Файл «${name}» прикреплён.` })
      .waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    expect(await progress.count()).toBe(0);

    await page.reload();
    const link = page.getByRole('link', { name });
    await link.waitFor();
    // The link downloads the very bytes that were uploaded.
    const download = await page.request.get(
      new URL((await link.getAttribute('href')) ?? '', launcher.url).href,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(new Uint8Array(await download.body())).toEqual(letter);

    // A text file that calls itself a PDF: refused, with the reason in words.
    await page.locator('#field-attachments').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('This is not a PDF at all'),
    });
    await page
      .getByText('Файл «scan.pdf» не прикреплён: по содержимому это не PDF, JPEG, PNG')
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Скрыть' }).click();

    // Removing the letter takes it off the list, for good.
    await page.getByRole('button', { name: `Удалить: ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Файл «${name}» удалён.` })
      .waitFor();
    await page.reload();
    await page.locator('#field-attachments').waitFor();
    expect(await page.getByRole('link', { name }).count()).toBe(0);
    await page.close();
  });
});
