import { describe, expect, it } from 'vitest';
import { affinityPoints, pairAffinity, pickExtraJuror } from './assignment-affinity.ts';

const application = { trackId: 'heritage', languages: ['ru'] };

describe('pairAffinity', () => {
  it('adds track expertise, a shared language and the bid', () => {
    expect(pairAffinity(application, { expertise: ['heritage'], languages: ['ru'] }, 'want')).toBe(
      affinityPoints.trackExpertise + affinityPoints.sharedLanguage + affinityPoints.bid.want,
    );
    expect(pairAffinity(application, { expertise: ['social-work'], languages: ['kk'] })).toBe(0);
    expect(pairAffinity(application, { expertise: [], languages: ['ru'] }, 'not')).toBe(
      affinityPoints.sharedLanguage + affinityPoints.bid.not,
    );
  });
});

describe('pickExtraJuror', () => {
  const juror = (
    id: string,
    extra: Partial<Parameters<typeof pickExtraJuror>[1][number]> = {},
  ) => ({
    id,
    expertise: ['heritage'],
    languages: ['ru'],
    available: true,
    maxLoad: 5,
    load: 2,
    ...extra,
  });

  it('maximises the solver objective: affinity minus the marginal load penalty, then the id', () => {
    const candidates = [
      juror('c-fit-busy', { load: 4 }),
      juror('b-fit-light', { load: 1 }),
      juror('a-unfit', { expertise: [], load: 0 }),
      juror('d-fit-light', { load: 1 }),
    ];
    // 13 − 1 for both light jurors: the id decides; the busy one scores 13 − 4.
    expect(pickExtraJuror(application, candidates, new Set(), { sharedLanguage: false })).toBe(
      'b-fit-light',
    );
    // A fit juror buried in work loses to an idle one who only shares the language.
    const buried = [
      juror('fit', { load: 4, maxLoad: 20 }),
      juror('idle', { expertise: [], load: 0 }),
    ];
    expect(pickExtraJuror(application, buried, new Set(), { sharedLanguage: false }, 3)).toBe(
      'idle',
    );
  });

  it('never picks a juror already on the application, in conflict, unavailable or full', () => {
    const candidates = [
      juror('on-it'),
      juror('conflicted'),
      juror('away', { available: false }),
      juror('full', { load: 5 }),
      juror('kazakh-only', { languages: ['kk'], expertise: ['heritage', 'x'] }),
      juror('last', { expertise: [] }),
    ];
    const excluded = new Set(['on-it', 'conflicted']);
    expect(pickExtraJuror(application, candidates, excluded, { sharedLanguage: true })).toBe(
      'last',
    );
    expect(pickExtraJuror(application, candidates, excluded, { sharedLanguage: false })).toBe(
      'kazakh-only',
    );
    expect(
      pickExtraJuror(application, candidates.slice(0, 4), excluded, { sharedLanguage: false }),
    ).toBeUndefined();
  });
});
