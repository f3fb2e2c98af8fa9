import type { LoadedMessages, Messages } from './messages/en.ts';
import type { StaffMessages } from './messages/staff/en.ts';
import type { Locale } from './translate.ts';

// One chunk per language: a reader downloads only the catalogue they read, which keeps the
// first render within the JavaScript budget as every feature adds its strings three times.
const coreLoaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en.ts').then((module) => module.en),
  ru: () => import('./messages/ru.ts').then((module) => module.ru),
  kk: () => import('./messages/kk.ts').then((module) => module.kk),
};

// Organisers' and jurors' screens have most of the strings; applicants never download them.
const staffLoaders: Record<Locale, () => Promise<StaffMessages>> = {
  en: () => import('./messages/staff/en.ts').then((module) => module.staffEn),
  ru: () => import('./messages/staff/ru.ts').then((module) => module.staffRu),
  kk: () => import('./messages/staff/kk.ts').then((module) => module.staffKk),
};

const loaded = new Map<Locale, LoadedMessages>();
const withStaff = new Set<Locale>();

/** The catalogue of `locale` if it has been loaded, with the staff messages if those have. */
export function loadedMessages(locale: Locale): LoadedMessages | undefined {
  return loaded.get(locale);
}

/** Loads the core catalogue of `locale` once; later calls resolve from memory. */
export async function loadMessages(locale: Locale): Promise<LoadedMessages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await coreLoaders[locale]();
  // A staff load may have finished meanwhile; keep what it added.
  const merged = { ...messages, ...loaded.get(locale) };
  loaded.set(locale, merged);
  return merged;
}

/** Adds the organisers' and jurors' messages to the catalogue of `locale`, once. */
export async function loadStaffMessages(locale: Locale): Promise<void> {
  if (withStaff.has(locale)) return;
  const [core, staff] = await Promise.all([loadMessages(locale), staffLoaders[locale]()]);
  loaded.set(locale, { ...core, ...staff });
  withStaff.add(locale);
}
