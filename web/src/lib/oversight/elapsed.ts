/**
 * Elapsed seconds with one decimal, in the reader's number format: `0.4`, `12.0`; Russian and
 * Kazakh write `0,4`.
 *
 * @example elapsedSeconds(1234, 'ru') // '1,2'
 */
export function elapsedSeconds(milliseconds: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.max(0, milliseconds) / 1000);
}
