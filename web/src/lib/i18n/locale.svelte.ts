import type { MessageKey } from './messages/en.ts';
import {
  locales,
  pickLocalized,
  preferredLocale,
  translate,
  type Locale,
  type Params,
} from './translate.ts';

const STORAGE_KEY = 'laureate.locale';

/** The interface language: one reactive value that every `t()` call in markup depends on. */
class LocaleState {
  current = $state<Locale>('en');
}

export const locale = new LocaleState();

export function initLocale(): void {
  const stored = localStorage.getItem(STORAGE_KEY);
  const chosen =
    locales.find((candidate) => candidate === stored) ?? preferredLocale(navigator.languages);
  setLocale(chosen, false);
}

export function setLocale(next: Locale, remember = true): void {
  locale.current = next;
  document.documentElement.lang = next;
  if (remember) localStorage.setItem(STORAGE_KEY, next);
}

/** A message in the current language. */
export function t(key: MessageKey, params?: Params): string {
  return translate(locale.current, key, params);
}

/** Localized content (titles, summaries) in the current language, with fallbacks. */
export function localized(text: Partial<Record<Locale, string>>): string {
  return pickLocalized(text, locale.current);
}
