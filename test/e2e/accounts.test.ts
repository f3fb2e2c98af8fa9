import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '../helpers/chromium.ts';
import { seriousViolations, useDemoPlatform } from '../helpers/demo-browser.ts';

const chromiumState = chromiumAvailability();

describe.skipIf(!chromiumState.available)(
  'an NGO signs up, verifies, registers its organisation and invites a colleague',
  () => {
    const platform = useDemoPlatform();
    const stamp = Date.now();
    const email = `ngo-${stamp}@example.org`;
    const colleague = `colleague-${stamp}@example.org`;
    const password = 'a long enough passphrase';

    it('goes through the whole flow in Russian, with no serious accessibility violations on the way', async () => {
      const { launcher, browser } = platform;
      const page = await browser.newPage({ locale: 'ru-RU' });
      const violations: string[] = [];

      await page.goto(`${launcher.url}/sign-up`);
      await page.getByRole('heading', { name: 'Регистрация' }).waitFor();
      await page.getByLabel('Ваше имя').fill('Гульнара Сейтова');
      await page.getByLabel('Электронная почта').fill(email);
      await page.getByLabel('Пароль').fill(password);
      violations.push(...(await seriousViolations(page)));
      await page.getByLabel('Пароль').press('Enter');
      await page.getByRole('status').filter({ hasText: 'Проверьте почту' }).waitFor();

      // The verification email, in Russian, through the local outbox.
      await page.goto(`${launcher.url}/dev/outbox`);
      const message = page.locator('li', { hasText: email }).first();
      await message.getByText('Подтвердите адрес электронной почты').waitFor();
      violations.push(...(await seriousViolations(page)));
      await message.getByRole('link', { name: 'Открыть ссылку' }).click();
      await page.getByText('Адрес подтверждён').waitFor();

      await page.goto(`${launcher.url}/sign-in`);
      await page.getByLabel('Электронная почта').fill(email);
      await page.getByLabel('Пароль').fill(password);
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.getByRole('heading', { name: 'Ваша учётная запись' }).waitFor();
      violations.push(...(await seriousViolations(page)));

      await page.getByRole('link', { name: 'Зарегистрировать организацию' }).click();
      await page.getByLabel('Название (Русский)').fill('Союз волонтёров Приишимья');
      await page.getByLabel('Организационно-правовая форма').fill('АНО');
      await page.getByLabel('Регион').fill('Тюменская область');
      await page.getByLabel('Город').fill('Ишим');
      await page.getByLabel('Сайт').fill('not a url');
      await page.getByRole('button', { name: 'Зарегистрировать' }).click();
      // A field-level error, linked from the summary, and nothing lost from the form.
      await page.locator('#field-website-error').waitFor();
      expect(await page.getByLabel('Город').inputValue()).toBe('Ишим');
      await page.getByLabel('Сайт').fill('https://ishim-volunteers.example');
      await page.getByRole('button', { name: 'Зарегистрировать' }).click();
      await page.getByRole('heading', { name: 'Союз волонтёров Приишимья' }).waitFor();
      violations.push(...(await seriousViolations(page)));

      // A logo, checked by the server from its bytes, then shown on the page.
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      );
      await page
        .getByLabel('Выберите изображение')
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('button', { name: 'Загрузить логотип' }).click();
      await page.getByRole('img', { name: /Логотип организации/ }).waitFor();

      await page.getByLabel('Электронная почта').fill(colleague);
      await page.getByRole('button', { name: 'Отправить приглашение' }).click();
      await page.getByRole('status').filter({ hasText: colleague }).waitFor();
      await page.getByText('Владелец').first().waitFor();

      await page.goto(`${launcher.url}/dev/outbox`);
      await page
        .locator('li', { hasText: colleague })
        .getByRole('heading', { name: /приглашает вас в организацию/ })
        .waitFor();
      expect(violations).toEqual([]);
      await page.close();
    });
  },
);
