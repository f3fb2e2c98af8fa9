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

export function formatDualTime(
  iso: string,
  competitionZone: string,
  locale: string,
  viewerZone: string,
): DualTime {
  const instant = new Date(iso);
  const inZone = new Intl.DateTimeFormat(locale, { ...dateTime, timeZone: competitionZone }).format(
    instant,
  );
  if (offsetMinutes(instant, competitionZone) === offsetMinutes(instant, viewerZone))
    return { inZone };
  // The viewer's time alone is enough on the same calendar day; otherwise give the date too.
  const sameDay = calendarDay(instant, competitionZone) === calendarDay(instant, viewerZone);
  const yours = new Intl.DateTimeFormat(locale, {
    ...(sameDay ? timeOnly : dateTime),
    timeZone: viewerZone,
  }).format(instant);
  return { inZone, yours };
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
