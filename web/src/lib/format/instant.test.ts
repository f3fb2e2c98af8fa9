import { describe, expect, it } from 'vitest';
import { formatDualTime } from './instant.ts';

describe('formatDualTime', () => {
  const deadline = '2027-03-15T13:00:00Z'; // 18:00 in Astana, 16:00 in Moscow

  it('shows the competition zone and the viewer’s own time when they differ', () => {
    const time = formatDualTime(deadline, 'Asia/Almaty', 'en-GB', 'Europe/Moscow');
    expect(time.inZone).toBe('15 March 2027 at 18:00');
    expect(time.yours).toBe('16:00');
  });

  it('adds the date when the viewer’s day is another day', () => {
    const late = '2027-03-15T20:30:00Z'; // 01:30 next day in Astana, 23:30 in Moscow
    const time = formatDualTime(late, 'Asia/Almaty', 'en-GB', 'Europe/Moscow');
    expect(time.inZone).toBe('16 March 2027 at 01:30');
    expect(time.yours).toBe('15 March 2027 at 23:30');
  });

  it('omits the viewer’s time when both clocks agree', () => {
    expect(formatDualTime(deadline, 'Asia/Almaty', 'en-GB', 'Asia/Qostanay').yours).toBeUndefined();
  });

  it('writes Kazakh dates as CLDR does', () => {
    expect(formatDualTime(deadline, 'Asia/Almaty', 'kk', 'Europe/Moscow')).toEqual({
      inZone: '2027 ж. 15 наурыз, 18:00',
      yours: '16:00',
    });
  });

  it('compares clock readings, not zone names', () => {
    // Before March 2024 Almaty was UTC+6 and Aqtobe UTC+5: one instant, two readings.
    const time = formatDualTime('2023-03-15T13:00:00Z', 'Asia/Almaty', 'en-GB', 'Asia/Aqtobe');
    expect(time).toEqual({ inZone: '15 March 2023 at 19:00', yours: '18:00' });
  });

  it('speaks the reader’s language', () => {
    expect(formatDualTime(deadline, 'Europe/Moscow', 'ru', 'Europe/Moscow').inZone).toBe(
      '15 марта 2027 г. в 16:00',
    );
  });
});
