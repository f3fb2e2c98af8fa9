import type { Locale, LocalizedText } from '@laureate/schemas';

/**
 * Text in the reader's language if given, else in the language most participants read
 * (Russian), then English, then Kazakh.
 *
 * @example pickLocalized({ en: 'Volunteering', ru: 'Волонтёрство' }, 'kk') // 'Волонтёрство'
 */
export function pickLocalized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.ru ?? text.en ?? text.kk ?? '';
}
