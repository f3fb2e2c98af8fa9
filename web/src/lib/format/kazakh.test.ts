import { describe, expect, it } from 'vitest';
import { hasDateData, hasRegionData } from './intl-data.ts';
import { formatKazakhDateTime, kazakhCountryNames } from './kazakh.ts';

// Node ships full ICU: its Kazakh output is the reference our fallback must reproduce.
describe.runIf(hasDateData('kk'))('formatKazakhDateTime', () => {
  const instants = ['2027-03-15T13:00:00Z', '2027-01-04T19:05:00Z', '2027-12-31T18:59:00Z'];
  const zones = ['Asia/Almaty', 'Europe/Moscow', 'UTC'];

  it('writes date and time as CLDR does', () => {
    for (const iso of instants) {
      for (const timeZone of zones) {
        const expected = new Intl.DateTimeFormat('kk', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone,
        }).format(new Date(iso));
        expect(formatKazakhDateTime(new Date(iso), timeZone, true), `${iso} ${timeZone}`).toBe(
          expected,
        );
      }
    }
  });

  it('writes the time alone on a 24-hour clock', () => {
    expect(formatKazakhDateTime(new Date('2027-01-04T19:05:00Z'), 'Asia/Almaty', false)).toBe(
      '00:05',
    );
  });
});

describe.runIf(hasRegionData('kk'))('kazakhCountryNames', () => {
  it('are CLDR’s Kazakh names', () => {
    const names = new Intl.DisplayNames(['kk'], { type: 'region' });
    for (const [code, name] of Object.entries(kazakhCountryNames)) {
      expect(name, code).toBe(names.of(code));
    }
  });
});
