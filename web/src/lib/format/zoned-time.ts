/**
 * Deadlines are instants (UTC), but organisers type them as a date and time on the
 * competition's clock: `2027-05-01T23:59` in Asia/Almaty. These convert between the two, with
 * the value format of `<input type="datetime-local">`.
 *
 * Daylight-saving transitions make some wall-clock times occur twice (autumn) and some never
 * (spring). Both follow Temporal's `compatible` disambiguation, which is also what RFC 5545
 * calendars do: a repeated time means its first occurrence; a skipped time is moved forward by
 * the length of the gap (02:30 on a spring-forward night in Berlin is 03:30).
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `epochMs`, as if it were a UTC time (milliseconds). */
function wallClockMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetMs(epochMs: number, timeZone: string): number {
  // Whole seconds only: the formatter has no milliseconds.
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * The instant's date and time on the zone's clock, for a `datetime-local` input.
 *
 * @example instantToZonedInput('2027-05-01T18:59:00Z', 'Asia/Almaty') // '2027-05-01T23:59'
 */
export function instantToZonedInput(iso: string, timeZone: string): string {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  const wall = new Date(wallClockMs(epochMs, timeZone));
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
  );
}

/** How a wall-clock time maps to instants in a zone. */
export type ZonedTimeKind =
  /** Exactly one instant has this time. */
  | 'exact'
  /** The clocks went back: the time happened twice; the first is meant. */
  | 'repeated'
  /** The clocks went forward over it: it never happened; it is moved forward by the gap. */
  | 'skipped';

export interface ZonedInstant {
  /** ISO 8601 in UTC, e.g. `2027-05-01T18:59:00.000Z`. */
  instant: string;
  kind: ZonedTimeKind;
}

/**
 * The instant at which the zone's clock shows `local` (`YYYY-MM-DDTHH:mm`), or undefined if
 * `local` is not a valid date and time.
 *
 * @example zonedInputToInstant('2027-05-01T23:59', 'Asia/Almaty')
 * // { instant: '2027-05-01T18:59:00.000Z', kind: 'exact' }
 */
export function zonedInputToInstant(local: string, timeZone: string): ZonedInstant | undefined {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year!, month! - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: refuse what is not a real calendar date.
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    return undefined;
  }
  // A zone changes its offset at most once in any two days, so the offsets a day either side
  // are the only candidates; an instant is valid when its own offset is the one assumed.
  const DAY = 86_400_000;
  const before = offsetMs(wall - DAY, timeZone);
  const after = offsetMs(wall + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((epochMs) => offsetMs(epochMs, timeZone) === wall - epochMs)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return {
      instant: new Date(first).toISOString(),
      kind: candidates.length > 1 ? 'repeated' : 'exact',
    };
  }
  // In a gap: read the time with the offset in force before it, which lands after the gap.
  return { instant: new Date(wall - before).toISOString(), kind: 'skipped' };
}
