import type { Messages } from './messages/en.ts';
import type { Locale } from './translate.ts';

// One chunk per language: a reader downloads only the catalogue they read, which keeps the
// first render within the JavaScript budget as every feature adds its strings three times.
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en.ts').then((module) => module.en),
  ru: () => import('./messages/ru.ts').then((module) => module.ru),
  kk: () => import('./messages/kk.ts').then((module) => module.kk),
};

const loaded = new Map<Locale, Messages>();

/** The catalogue of `locale` if it has been loaded. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** Loads the catalogue of `locale` once; later calls resolve from memory. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await loaders[locale]();
  loaded.set(locale, messages);
  return messages;
}
