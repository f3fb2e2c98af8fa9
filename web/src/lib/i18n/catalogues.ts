import type { LoadedMessages, Messages } from './messages/en.ts';
import type { PartnersMessages } from './messages/partners/en.ts';
import type { StaffMessages } from './messages/staff/en.ts';
import type { Locale } from './translate.ts';

// One chunk per language: a reader downloads only the catalogue they read, which keeps the
// first render within the JavaScript budget as every feature adds its strings three times.
const coreLoaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en.ts').then((module) => module.en),
  ru: () => import('./messages/ru.ts').then((module) => module.ru),
  kk: () => import('./messages/kk.ts').then((module) => module.kk),
};

/**
 * Areas: strings that only some screens, or some later part of a screen, need, each in chunks
 * of its own. Organisers' and jurors' screens have most of the strings (`staff`); a joint
 * application's partner list loads after the applicant's page has rendered (`partners`).
 */
const areaLoaders = {
  staff: {
    en: () => import('./messages/staff/en.ts').then((module) => module.staffEn),
    ru: () => import('./messages/staff/ru.ts').then((module) => module.staffRu),
    kk: () => import('./messages/staff/kk.ts').then((module) => module.staffKk),
  },
  partners: {
    en: () => import('./messages/partners/en.ts').then((module) => module.partnersEn),
    ru: () => import('./messages/partners/ru.ts').then((module) => module.partnersRu),
    kk: () => import('./messages/partners/kk.ts').then((module) => module.partnersKk),
  },
} satisfies Record<string, Record<Locale, () => Promise<StaffMessages | PartnersMessages>>>;
export type MessageArea = keyof typeof areaLoaders;

const loaded = new Map<Locale, LoadedMessages>();
const loadedAreas = new Set<`${Locale}:${MessageArea}`>();

/** The catalogue of `locale` if it has been loaded, with the areas loaded so far. */
export function loadedMessages(locale: Locale): LoadedMessages | undefined {
  return loaded.get(locale);
}

/** Loads the core catalogue of `locale` once; later calls resolve from memory. */
export async function loadMessages(locale: Locale): Promise<LoadedMessages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await coreLoaders[locale]();
  // An area's load may have finished meanwhile; keep what it added.
  const merged = { ...messages, ...loaded.get(locale) };
  loaded.set(locale, merged);
  return merged;
}

/** Adds an area's messages to the catalogue of `locale`, once. */
export async function loadAreaMessages(locale: Locale, area: MessageArea): Promise<void> {
  if (loadedAreas.has(`${locale}:${area}`)) return;
  const [, extra] = await Promise.all([loadMessages(locale), areaLoaders[area][locale]()]);
  // Read the catalogue after both arrived: another area may have been added meanwhile.
  loaded.set(locale, { ...loaded.get(locale)!, ...extra });
  loadedAreas.add(`${locale}:${area}`);
}
