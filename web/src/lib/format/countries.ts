import { hasRegionData } from './intl-data.ts';
import { kazakhCountryNames } from './kazakh.ts';

/**
 * Country names for ISO 3166 alpha-2 codes, in the reader's language. Where the runtime has no
 * Kazakh names, known countries come from CLDR's Kazakh and the rest in Russian, which readers
 * in Kazakhstan also read, rather than in English.
 *
 * @example countryNames(['RU', 'KZ'], 'ru') // ['Россия', 'Казахстан']
 */
export function countryNames(
  codes: readonly string[],
  locale: string,
  regionData = hasRegionData(locale),
): string[] {
  if (regionData || locale !== 'kk') {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return codes.map((code) => names.of(code) ?? code);
  }
  const russian = new Intl.DisplayNames(['ru'], { type: 'region' });
  return codes.map((code) => kazakhCountryNames[code] ?? russian.of(code) ?? code);
}
