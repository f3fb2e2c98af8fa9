import { loadAreaMessages, loadedMessages, loadMessages, type MessageArea } from './catalogues.ts';
import type { MessageKey } from './messages/en.ts';
import {
  locales,
  localizedLanguage,
  pickLocalized,
  preferredLocale,
  translate,
  type Locale,
  type LocalizedText,
  type Params,
} from './translate.ts';

const STORAGE_KEY = 'laureate.locale';

/**
 * The interface language: one reactive value that every `t()` call in markup depends on. It
 * changes only once the new catalogue is loaded, so no message is ever missing.
 */
class LocaleState {
  current = $state<Locale>('en');
}

export const locale = new LocaleState();

// Storage can throw (private browsing, storage disabled); a language choice is not worth a crash.
function storedLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return locales.find((candidate) => candidate === stored);
  } catch {
    return undefined;
  }
}

function storeLocale(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // The choice then lasts for this visit only.
  }
}

/** Whether the reader chose a language here (it then wins over their account's setting). */
export function hasChosenLocale(): boolean {
  return storedLocale() !== undefined;
}

let requested: Locale = 'en';
/** The areas some screen has asked for; a change of language loads them again. */
// Bookkeeping, not state any markup reads: a plain Set.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const wantedAreas = new Set<MessageArea>();

async function switchTo(next: Locale): Promise<void> {
  requested = next;
  await Promise.all([
    loadMessages(next),
    ...[...wantedAreas].map((area) => loadAreaMessages(next, area)),
  ]);
  // A slower, earlier request must not undo a later choice.
  if (requested !== next) return;
  locale.current = next;
  document.documentElement.lang = next;
}

/**
 * The saved choice, else the browser's languages. Awaited by the root layout's `load`, so the
 * first render is already in the reader's language.
 */
export async function initLocale(): Promise<void> {
  const chosen = storedLocale() ?? preferredLocale(navigator.languages);
  try {
    await switchTo(chosen);
  } catch (cause) {
    // A catalogue chunk that fails to arrive should not leave the page blank.
    if (chosen === 'en') throw cause;
    await switchTo('en');
  }
}

/**
 * Switches the interface language once its catalogue has arrived; `remember` saves the choice
 * in this browser.
 *
 * @example setLocale('kk')
 */
export function setLocale(next: Locale, remember = true): void {
  if (remember) storeLocale(next);
  switchTo(next).catch((cause: unknown) => {
    // Keep the current language; the next attempt loads the catalogue again.
    console.error('Could not load the catalogue for', next, cause);
  });
}

/**
 * Loads an area's messages in the current language (and, from then on, in any language switched
 * to). Awaited before what uses them renders: the `load` of organisers' and jurors' screens
 * (`staff`), the partner list of an application (`partners`).
 */
export async function useMessages(area: MessageArea): Promise<void> {
  wantedAreas.add(area);
  await loadAreaMessages(locale.current, area);
}

/** A message in the current language. */
export function t(key: MessageKey, params?: Params): string {
  const messages = loadedMessages(locale.current);
  return messages ? translate(messages, locale.current, key, params) : key;
}

/** Localized content (titles, summaries) in the current language, with fallbacks. */
export function localized(text: LocalizedText): string {
  return pickLocalized(text, locale.current);
}

/**
 * The `lang` of what `localized` shows, so a Russian title in the Kazakh interface is read
 * aloud in Russian (WCAG 3.1.2, language of parts).
 *
 * @example <h3 lang={localizedLang(competition.title)}>{localized(competition.title)}</h3>
 */
export function localizedLang(text: LocalizedText): Locale | undefined {
  return localizedLanguage(text, locale.current);
}
