import { describe, expect, it } from 'vitest';
import { en } from './messages/en.ts';
import { partnersEn } from './messages/partners/en.ts';
import { partnersKk } from './messages/partners/kk.ts';
import { partnersRu } from './messages/partners/ru.ts';
import { staffEn } from './messages/staff/en.ts';
import { staffKk } from './messages/staff/kk.ts';
import { staffRu } from './messages/staff/ru.ts';
import { translate } from './translate.ts';

/** Screens only organisers and jurors open: their strings belong in the staff catalogue. */
const staffPrefixes = [
  'builder.',
  'setup.',
  'jury.',
  'organiser.',
  'newCompetition.',
  'organiserNav.',
  'review.',
  'oversight.',
  'screening.',
];
/** The account page's links to those screens, which every signed-in person may see. */
const linksOnTheAccountPage = new Set([
  'jury.conflicts.link',
  'jury.pool.link',
  'review.queue.link',
]);

describe('the split between core and staff catalogues', () => {
  it("keeps organisers' and jurors' strings out of what applicants download", () => {
    const misplaced = Object.keys(en).filter(
      (key) =>
        staffPrefixes.some((prefix) => key.startsWith(prefix)) && !linksOnTheAccountPage.has(key),
    );
    expect(misplaced).toEqual([]);
  });

  it('never defines a key in both catalogues', () => {
    expect(Object.keys(staffEn).filter((key) => key in en)).toEqual([]);
  });

  it('keeps the partner list’s strings in their own area, in every language', () => {
    expect(Object.keys(en).filter((key) => key.startsWith('partners.'))).toEqual([]);
    expect(Object.keys(partnersEn).every((key) => key.startsWith('partners.'))).toBe(true);
    expect(Object.keys(partnersRu).sort()).toEqual(Object.keys(partnersEn).sort());
    expect(Object.keys(partnersKk).sort()).toEqual(Object.keys(partnersEn).sort());
  });

  it('has the same staff keys in every language', () => {
    const english = Object.keys(staffEn).sort();
    expect(Object.keys(staffRu).sort()).toEqual(english);
    expect(Object.keys(staffKk).sort()).toEqual(english);
  });

  it('shows the key, rather than failing, for a staff message whose catalogue is not loaded', () => {
    expect(translate(en, 'en', 'organiser.title')).toBe('organiser.title');
    expect(translate({ ...en, ...staffEn }, 'en', 'organiser.title')).toBe(
      staffEn['organiser.title'],
    );
  });
});
