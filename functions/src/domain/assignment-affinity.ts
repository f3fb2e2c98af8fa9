/**
 * How well a juror fits an application: the affinity the assignment maximises (docs/jury.md).
 * Integers, so that the solver's objective is exact:
 *
 * | signal                                                    | points |
 * | --------------------------------------------------------- | ------ |
 * | the juror's expertise names the application's track       | +10    |
 * | they share a working language                             | +3     |
 * | the juror's bid: want / willing / not (bidding on)        | +6 / +2 / −10 |
 *
 * A "not" bid lowers the affinity rather than forbidding the pair: conflicts forbid, bids only
 * express preference. The same function scores the solver's pairs and the choice of an extra
 * juror on divergence, so both follow one notion of fit.
 */

export const affinityPoints = {
  trackExpertise: 10,
  sharedLanguage: 3,
  bid: { want: 6, willing: 2, not: -10 },
} as const;

export interface AffinityApplication {
  trackId: string;
  /** Working languages of the application (its lead organisation's). */
  languages: readonly string[];
}

export interface AffinityJuror {
  expertise: readonly string[];
  languages: readonly string[];
}

/**
 * @example pairAffinity({ trackId: 'heritage', languages: ['ru'] }, { expertise: ['heritage'], languages: ['ru', 'kk'] }, 'want') // 19
 */
export function pairAffinity(
  application: AffinityApplication,
  juror: AffinityJuror,
  bid?: 'want' | 'willing' | 'not',
): number {
  let points = 0;
  if (juror.expertise.includes(application.trackId)) points += affinityPoints.trackExpertise;
  if (sharesLanguage(application.languages, juror.languages))
    points += affinityPoints.sharedLanguage;
  if (bid) points += affinityPoints.bid[bid];
  return points;
}

export function sharesLanguage(a: readonly string[], b: readonly string[]): boolean {
  return a.some((language) => b.includes(language));
}

export interface ExtraJurorCandidate extends AffinityJuror {
  id: string;
  available: boolean;
  maxLoad: number;
  /** Applications assigned now, in this competition. */
  load: number;
  bid?: 'want' | 'willing' | 'not';
}

/**
 * The juror to add to an application whose reviews diverge: among available jurors not already
 * on it, not in conflict, under their maximum load (and sharing a language when the competition
 * requires it), the one that raises the solver's objective most (docs/assignment.md): affinity
 * minus the marginal load penalty, `weight × load` for the next review. With the default weight
 * of 1 that is the best fit, discounted by one point per application already held. Ties go to
 * the id, so the choice is deterministic. Undefined when nobody is left.
 *
 * @example pickExtraJuror(application, candidates, new Set(['juror-a', 'juror-b']), { sharedLanguage: true })
 */
export function pickExtraJuror(
  application: AffinityApplication,
  candidates: readonly ExtraJurorCandidate[],
  excluded: ReadonlySet<string>,
  rules: { sharedLanguage: boolean },
  loadWeight = 1,
): string | undefined {
  const eligible = candidates.filter(
    (juror) =>
      juror.available &&
      !excluded.has(juror.id) &&
      juror.load < juror.maxLoad &&
      (!rules.sharedLanguage || sharesLanguage(application.languages, juror.languages)),
  );
  const scored = eligible.map((juror) => ({
    id: juror.id,
    gain: pairAffinity(application, juror, juror.bid) - loadWeight * juror.load,
  }));
  scored.sort((a, b) => b.gain - a.gain || a.id.localeCompare(b.id));
  return scored[0]?.id;
}
