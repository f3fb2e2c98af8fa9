import { describe, expect, it } from 'vitest';
import { en } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';
import { localizedLanguage, pickLocalized, preferredLocale, translate } from './translate.ts';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate(en, 'en', 'org.invite.sent', { email: 'a@b.org' })).toBe(
      'Invitation sent to a@b.org. It works for 7 days.',
    );
  });

  it('chooses Russian plural forms by the Russian rules', () => {
    expect(
      [1, 3, 5, 11, 21, 22, 25].map((count) =>
        translate(ru, 'ru', 'count.competitions', { count }),
      ),
    ).toEqual([
      '1 конкурс',
      '3 конкурса',
      '5 конкурсов',
      '11 конкурсов',
      '21 конкурс',
      '22 конкурса',
      '25 конкурсов',
    ]);
    expect(translate(en, 'en', 'count.competitions', { count: 1 })).toBe('1 competition');
    expect(translate(en, 'en', 'count.competitions', { count: 2 })).toBe('2 competitions');
  });

  it('does not inflect Kazakh nouns after a numeral', () => {
    expect(translate(kk, 'kk', 'count.competitions', { count: 1 })).toBe('1 конкурс');
    expect(translate(kk, 'kk', 'count.competitions', { count: 5 })).toBe('5 конкурс');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(translate(en, 'en', 'time.zone', { time: '18:00' })).toBe('18:00 ({zone})');
  });

  it('has every message in every language, with the same placeholders', () => {
    const placeholders = (value: unknown) =>
      [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const catalogue of [ru, kk]) {
        expect(catalogue[key], key).toBeTruthy();
        expect(new Set(placeholders(catalogue[key])), key).toEqual(new Set(placeholders(en[key])));
      }
    }
  });
});

describe('preferredLocale', () => {
  it('takes the first supported browser language', () => {
    expect(preferredLocale(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(preferredLocale(['ru-RU'])).toBe('ru');
    expect(preferredLocale(['fr'])).toBe('en');
  });
});

describe('pickLocalized', () => {
  it('falls back to Russian, then English, then Kazakh', () => {
    expect(pickLocalized({ en: 'Hello', ru: 'Привет' }, 'kk')).toBe('Привет');
    expect(pickLocalized({ en: 'Hello' }, 'ru')).toBe('Hello');
    expect(pickLocalized({ kk: 'Сәлем', ru: 'Привет' }, 'kk')).toBe('Сәлем');
    expect(pickLocalized({ kk: 'Сәлем' }, 'en')).toBe('Сәлем');
    expect(pickLocalized({}, 'en')).toBe('');
  });

  it('skips a language given as an empty string', () => {
    expect(pickLocalized({ en: '', ru: 'Привет' }, 'en')).toBe('Привет');
    expect(localizedLanguage({ en: '', ru: 'Привет' }, 'en')).toBe('ru');
  });
});
