// Chromium answers `supportedLocalesOf(['kk'])` with `['kk']` even when it has no Kazakh data,
// so ask for a month or a country name and see whether the answer is real.
const dateData = new Map<string, boolean>();
const regionData = new Map<string, boolean>();

/** Whether this runtime can write month names in `locale` (without data: `M03`). */
export function hasDateData(locale: string): boolean {
  let known = dateData.get(locale);
  if (known === undefined) {
    const march = new Date(Date.UTC(2027, 2, 15));
    known = !/\d/.test(
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(march),
    );
    dateData.set(locale, known);
  }
  return known;
}

/** Whether this runtime can name countries in `locale` (without data: the English names). */
export function hasRegionData(locale: string): boolean {
  let known = regionData.get(locale);
  if (known === undefined) {
    const name = (tag: string) => new Intl.DisplayNames([tag], { type: 'region' }).of('KZ');
    known = locale.toLowerCase().startsWith('en') || name(locale) !== name('en');
    regionData.set(locale, known);
  }
  return known;
}
