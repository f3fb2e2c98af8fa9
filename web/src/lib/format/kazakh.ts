/**
 * Kazakh locale data for runtimes that lack it. Chromium's trimmed ICU reports `kk` as
 * supported, then formats `2027 M03 15 18:00` and names countries in English; Firefox and
 * Safari carry the full data. The names and the pattern (`y 'ж'. d MMMM, HH:mm`) are CLDR's.
 */

const months = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** Countries likely to take part, in CLDR's Kazakh; others fall back to Russian names. */
export const kazakhCountryNames: Readonly<Record<string, string>> = {
  AM: 'Армения',
  AZ: 'Әзірбайжан',
  BY: 'Беларусь',
  CN: 'Қытай',
  DE: 'Германия',
  EE: 'Эстония',
  GB: 'Ұлыбритания',
  GE: 'Грузия',
  KG: 'Қырғызстан',
  KZ: 'Қазақстан',
  LT: 'Литва',
  LV: 'Латвия',
  MD: 'Молдова',
  MN: 'Моңғолия',
  RU: 'Ресей',
  TJ: 'Тәжікстан',
  TM: 'Түрікменстан',
  TR: 'Түркия',
  UA: 'Украина',
  US: 'Америка Құрама Штаттары',
  UZ: 'Өзбекстан',
};

/**
 * An instant in Kazakh as CLDR writes it, computed from numeric parts the runtime always has.
 *
 * @example formatKazakhDateTime(new Date('2027-03-15T13:00:00Z'), 'Asia/Almaty', true) // '2027 ж. 15 наурыз, 18:00'
 */
export function formatKazakhDateTime(instant: Date, timeZone: string, withDate: boolean): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  if (!withDate) return time;
  const month = months[Number(part('month')) - 1] ?? part('month');
  return `${part('year')} ж. ${Number(part('day'))} ${month}, ${time}`;
}
