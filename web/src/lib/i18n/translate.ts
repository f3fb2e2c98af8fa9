import type { LoadedMessages, MessageKey, PluralForms } from './messages/en.ts';

export const locales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof locales)[number];

export type Params = Record<string, string | number>;

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * The message `key` from a catalogue, with `{name}` placeholders filled. Plural messages choose
 * their form from `params.count` by the locale's own rules: Russian has one, few and many
 * (1 конкурс, 3 конкурса, 5 конкурсов); Kazakh does not inflect after a numeral.
 *
 * @example translate(ru, 'ru', 'count.competitions', { count: 3 }) // '3 конкурса'
 */
export function translate(
  messages: LoadedMessages,
  locale: Locale,
  key: MessageKey,
  params: Params = {},
): string {
  const entry: string | PluralForms | undefined = messages[key];
  // A staff message asked for before its catalogue arrived: show the key, never crash.
  if (entry === undefined) return key;
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

export type LocalizedText = Partial<Record<Locale, string>>;

/**
 * The language in which to show text given in several: the reader's if present, else Russian
 * (most applicants on both sides of the border write in it), then English, then Kazakh.
 */
export function localizedLanguage(text: LocalizedText, locale: Locale): Locale | undefined {
  return [locale, 'ru' as const, 'en' as const, 'kk' as const].find((language) => text[language]);
}

/** @example pickLocalized({ en: 'Hello', ru: 'Привет' }, 'kk') // 'Привет' */
export function pickLocalized(text: LocalizedText, locale: Locale): string {
  const language = localizedLanguage(text, locale);
  return language ? (text[language] ?? '') : '';
}
