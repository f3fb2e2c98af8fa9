import { hasDateData } from './intl-data.ts';
import { formatKazakhDateTime } from './kazakh.ts';

/**
 * A deadline is one instant. People read it in the competition's time zone (the one the rules
 * are announced in) and in their own: Moscow is UTC+3, all of Kazakhstan UTC+5.
 */
export interface DualTime {
  /** Date and time in the competition's zone. */
  inZone: string;
  /** The same instant on the viewer's clock; undefined when both clocks agree. */
  yours?: string;
}

const dateTime: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const timeOnly: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

function format(
  instant: Date,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  if (locale === 'kk' && !hasDateData(locale))
    return formatKazakhDateTime(instant, timeZone, options === dateTime);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(instant);
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * An instant on the competition's clock and, when it shows another time, on the viewer's.
 *
 * @example formatDualTime('2027-03-15T13:00:00Z', 'Asia/Almaty', 'en-GB', 'Europe/Moscow')
 * // { inZone: '15 March 2027 at 18:00', yours: '16:00' }
 */
export function formatDualTime(
  iso: string,
  competitionZone: string,
  locale: string,
  viewerZone: string,
): DualTime {
  const instant = new Date(iso);
  const inZone = format(instant, locale, competitionZone, dateTime);
  if (offsetMinutes(instant, competitionZone) === offsetMinutes(instant, viewerZone))
    return { inZone };
  // The viewer's time alone is enough on the same calendar day; otherwise give the date too.
  const sameDay = calendarDay(instant, competitionZone) === calendarDay(instant, viewerZone);
  const yours = format(instant, locale, viewerZone, sameDay ? timeOnly : dateTime);
  return { inZone, yours };
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
