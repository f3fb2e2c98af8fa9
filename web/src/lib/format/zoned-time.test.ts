import { describe, expect, it } from 'vitest';
import { instantToZonedInput, zonedInputToInstant } from './zoned-time.ts';

describe('zonedInputToInstant', () => {
  it('reads a time on a fixed-offset clock', () => {
    expect(zonedInputToInstant('2027-05-01T23:59', 'Europe/Moscow')).toEqual({
      instant: '2027-05-01T20:59:00.000Z',
      kind: 'exact',
    });
    expect(zonedInputToInstant('2027-01-15T09:00', 'Asia/Kolkata')?.instant).toBe(
      '2027-01-15T03:30:00.000Z',
    );
    expect(zonedInputToInstant('2027-01-01T00:00', 'UTC')?.instant).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('crosses midnight and the year when the zone is ahead of UTC', () => {
    expect(zonedInputToInstant('2027-01-01T02:00', 'Asia/Tokyo')?.instant).toBe(
      '2026-12-31T17:00:00.000Z',
    );
  });

  it('uses summer and winter time on either side of a transition', () => {
    // Berlin: CET (+1) until 28 March 2027 01:00 UTC, then CEST (+2).
    expect(zonedInputToInstant('2027-03-28T01:59', 'Europe/Berlin')).toEqual({
      instant: '2027-03-28T00:59:00.000Z',
      kind: 'exact',
    });
    expect(zonedInputToInstant('2027-03-28T03:00', 'Europe/Berlin')).toEqual({
      instant: '2027-03-28T01:00:00.000Z',
      kind: 'exact',
    });
  });

  it('moves a time the clocks skipped forward by the gap', () => {
    // 02:30 never happens in Berlin on 28 March 2027: it is read as 03:30 CEST.
    expect(zonedInputToInstant('2027-03-28T02:30', 'Europe/Berlin')).toEqual({
      instant: '2027-03-28T01:30:00.000Z',
      kind: 'skipped',
    });
    // New York springs forward at 02:00 on 14 March 2027.
    expect(zonedInputToInstant('2027-03-14T02:15', 'America/New_York')).toEqual({
      instant: '2027-03-14T07:15:00.000Z',
      kind: 'skipped',
    });
    // Southern hemisphere: Sydney springs forward on 3 October 2027.
    expect(zonedInputToInstant('2027-10-03T02:30', 'Australia/Sydney')).toEqual({
      instant: '2027-10-02T16:30:00.000Z',
      kind: 'skipped',
    });
  });

  it('takes the first of a time the clocks went back over', () => {
    // 02:30 happens twice in Berlin on 31 October 2027: first in CEST (+2), then in CET (+1).
    expect(zonedInputToInstant('2027-10-31T02:30', 'Europe/Berlin')).toEqual({
      instant: '2027-10-31T00:30:00.000Z',
      kind: 'repeated',
    });
    expect(zonedInputToInstant('2027-11-07T01:30', 'America/New_York')).toEqual({
      instant: '2027-11-07T05:30:00.000Z',
      kind: 'repeated',
    });
    // Lord Howe Island moves its clocks by half an hour.
    expect(zonedInputToInstant('2027-04-04T01:45', 'Australia/Lord_Howe')).toEqual({
      instant: '2027-04-03T14:45:00.000Z',
      kind: 'repeated',
    });
  });

  it('refuses what is not a date and time', () => {
    expect(zonedInputToInstant('', 'Europe/Berlin')).toBeUndefined();
    expect(zonedInputToInstant('2027-02-29T10:00', 'Europe/Berlin')).toBeUndefined();
    expect(zonedInputToInstant('2027-04-31T10:00', 'Europe/Berlin')).toBeUndefined();
    expect(zonedInputToInstant('2027-04-01T24:00', 'Europe/Berlin')).toBeUndefined();
    expect(zonedInputToInstant('1 May 2027', 'Europe/Berlin')).toBeUndefined();
  });

  it('accepts seconds, as some browsers send them', () => {
    expect(zonedInputToInstant('2027-05-01T23:59:30', 'Europe/Moscow')?.instant).toBe(
      '2027-05-01T20:59:30.000Z',
    );
  });
});

describe('instantToZonedInput', () => {
  it('shows an instant on the zone’s clock', () => {
    expect(instantToZonedInput('2027-05-01T20:59:00Z', 'Europe/Moscow')).toBe('2027-05-01T23:59');
    expect(instantToZonedInput('2026-12-31T17:00:00Z', 'Asia/Tokyo')).toBe('2027-01-01T02:00');
    expect(instantToZonedInput('2027-01-15T03:30:00Z', 'Asia/Kolkata')).toBe('2027-01-15T09:00');
  });

  it('shows both occurrences of a repeated time as the same wall clock', () => {
    expect(instantToZonedInput('2027-10-31T00:30:00Z', 'Europe/Berlin')).toBe('2027-10-31T02:30');
    expect(instantToZonedInput('2027-10-31T01:30:00Z', 'Europe/Berlin')).toBe('2027-10-31T02:30');
  });

  it('gives an empty value for an unreadable instant', () => {
    expect(instantToZonedInput('not a date', 'Europe/Berlin')).toBe('');
  });

  it('round-trips every quarter hour across both Berlin transitions of 2027', () => {
    for (const start of ['2027-03-27T12:00:00Z', '2027-10-30T12:00:00Z']) {
      for (let step = 0; step < 24 * 4; step++) {
        const instant = new Date(Date.parse(start) + step * 15 * 60_000).toISOString();
        const local = instantToZonedInput(instant, 'Europe/Berlin');
        const back = zonedInputToInstant(local, 'Europe/Berlin');
        // A repeated time reads back as its first occurrence; every other one exactly.
        if (back?.kind === 'repeated') {
          expect(Date.parse(instant) - Date.parse(back.instant)).toBeGreaterThanOrEqual(0);
          expect(instantToZonedInput(back.instant, 'Europe/Berlin')).toBe(local);
        } else {
          expect(back).toEqual({ instant, kind: 'exact' });
        }
      }
    }
  });
});

describe('time zone choices', () => {
  it('lists the browser’s zones and adds the ones it lacks, sorted', async () => {
    const { timeZoneChoices, utcOffsetLabel } = await import('./time-zones.ts');
    const zones = timeZoneChoices(['UTC', 'Asia/Almaty']);
    expect(zones).toContain('Europe/Moscow');
    expect(zones).toContain('UTC');
    expect(zones.filter((zone) => zone === 'Asia/Almaty')).toHaveLength(1);
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
    expect(utcOffsetLabel('Asia/Kolkata', new Date('2027-01-01T00:00:00Z'))).toBe('UTC+05:30');
    expect(utcOffsetLabel('America/New_York', new Date('2027-07-01T00:00:00Z'))).toBe('UTC-04:00');
    expect(utcOffsetLabel('UTC')).toBe('UTC');
  });
});
