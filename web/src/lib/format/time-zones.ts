/**
 * The IANA time zones this browser knows, for choosing a competition's zone, with `extra` (the
 * zone already chosen, the viewer's own) added if the browser's list lacks them: Chromium's list
 * has no plain `UTC`, and an older browser may not know a newer zone name.
 */
export function timeZoneChoices(extra: readonly string[] = []): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return [...new Set([...known, ...extra.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/**
 * The zone's offset from UTC at an instant, as people write it.
 *
 * @example utcOffsetLabel('Asia/Almaty', new Date('2027-03-01T00:00:00Z')) // 'UTC+05:00'
 */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' || name === 'GMT+00:00' ? 'UTC' : name.replace('GMT', 'UTC');
}
