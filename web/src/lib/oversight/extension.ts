import {
  instantToZonedInput,
  zonedInputToInstant,
  type ZonedTimeKind,
} from '../format/zoned-time.ts';

/** The calendar bounds of a deadline extension: after the review end, by the results. */
export interface ExtensionBounds {
  reviewEndsAt: string;
  resultsAt: string;
}

export type ExtensionInput =
  | { ok: true; instant: string; kind: ZonedTimeKind }
  | { ok: false; problem: 'invalid' | 'notAfterReviewEnd' | 'afterResults' };

/**
 * Reads a new deadline typed on the competition's clock (`datetime-local` value) and checks it
 * against the bounds the server enforces, so the organiser hears about it before sending.
 *
 * @example extensionInstant('2026-12-16T18:00', 'Asia/Almaty', bounds)
 * // { ok: true, instant: '2026-12-16T13:00:00.000Z', kind: 'exact' }
 */
export function extensionInstant(
  local: string,
  timeZone: string,
  bounds: ExtensionBounds,
): ExtensionInput {
  const zoned = zonedInputToInstant(local, timeZone);
  if (!zoned) return { ok: false, problem: 'invalid' };
  const at = Date.parse(zoned.instant);
  if (at <= Date.parse(bounds.reviewEndsAt)) return { ok: false, problem: 'notAfterReviewEnd' };
  if (at > Date.parse(bounds.resultsAt)) return { ok: false, problem: 'afterResults' };
  return { ok: true, instant: zoned.instant, kind: zoned.kind };
}

const WEEK_MS = 7 * 86_400_000;
const MINUTE_MS = 60_000;

/**
 * What the form offers first: a week after the juror's current deadline (never before the
 * review end), held at the results, on the competition's clock.
 *
 * @example suggestedExtension('2026-12-09T13:00:00Z', 'Asia/Almaty', bounds) // '2026-12-16T18:00'
 */
export function suggestedExtension(
  currentDeadline: string,
  timeZone: string,
  bounds: ExtensionBounds,
): string {
  const from = Math.max(Date.parse(currentDeadline), Date.parse(bounds.reviewEndsAt));
  const until = Math.min(from + WEEK_MS, Date.parse(bounds.resultsAt));
  return instantToZonedInput(new Date(until).toISOString(), timeZone);
}

/**
 * The `min` and `max` of the input on the competition's clock: the first minute after the
 * review end, and the results.
 */
export function extensionInputRange(
  timeZone: string,
  bounds: ExtensionBounds,
): { min: string; max: string } {
  return {
    min: instantToZonedInput(
      new Date(Date.parse(bounds.reviewEndsAt) + MINUTE_MS).toISOString(),
      timeZone,
    ),
    max: instantToZonedInput(bounds.resultsAt, timeZone),
  };
}
