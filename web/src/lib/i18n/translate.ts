import { en, type MessageKey, type Messages, type PluralForms } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

export const locales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof locales)[number];

const catalogues: Record<Locale, Messages> = { en, ru, kk };

export type Params = Record<string, string | number>;

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * The message `key` in `locale`, with `{name}` placeholders filled. Plural messages choose their
 * form from `params.count` with the locale's own rules (Russian has one, few and many).
 *
 * @example translate('ru', 'count.competitions', { count: 3 }) // '3 конкурса'
 */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const entry: string | PluralForms = catalogues[locale][key] ?? en[key];
  if (typeof entry === 'string') return interpolate(entry, params);
  const category = new Intl.PluralRules(locale).select(Number(params.count ?? 0));
  return interpolate(entry[category] ?? entry.other, params);
}

/** The best match among our locales for the browser's preferred languages. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    const match = locales.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

/** Text given in several languages, shown in the reader's if present, else the likeliest. */
export function pickLocalized(text: Partial<Record<Locale, string>>, locale: Locale): string {
  return text[locale] ?? text.ru ?? text.en ?? text.kk ?? '';
}
