/**
 * Each criterion's share of the total weight, in per cent with one decimal, rounded so that the
 * shares shown always add up to exactly 100 (largest remainder: the hundredths lost to rounding
 * go to the criteria that lost most). Weights that are not positive numbers count as 0; with no
 * positive weight at all every share is 0.
 *
 * @example weightPercentages([3, 2]) // [60, 40]
 * @example weightPercentages([1, 1, 1]) // [33.4, 33.3, 33.3]
 */
export function weightPercentages(weights: readonly number[]): number[] {
  const usable = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const total = usable.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return usable.map(() => 0);
  // Work in tenths of a per cent, as integers, so that the sum is exact.
  const exact = usable.map((weight) => (weight / total) * 1000);
  const floors = exact.map(Math.floor);
  let missing = 1000 - floors.reduce((sum, tenths) => sum + tenths, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - floors[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return floors.map((tenths) => tenths / 10);
}

/** A level of a criterion's scale and what it means, as edited. */
export interface LevelDraft {
  score: number;
}

/**
 * The score to offer for a new level descriptor: the lowest score of the scale that has none
 * yet, or undefined when every score has one.
 *
 * @example nextFreeScore({ min: 0, max: 3 }, [{ score: 0 }, { score: 1 }]) // 2
 */
export function nextFreeScore(
  scale: { min: number; max: number },
  levels: readonly LevelDraft[],
): number | undefined {
  const taken = new Set(levels.map((level) => level.score));
  for (let score = scale.min; score <= scale.max; score++) {
    if (!taken.has(score)) return score;
  }
  return undefined;
}

/** Why a criterion's level descriptors cannot be saved, per level index: outside the scale or a repeated score. */
export function levelProblems(
  scale: { min: number; max: number },
  levels: readonly LevelDraft[],
): Map<number, 'outside' | 'repeated'> {
  const problems = new Map<number, 'outside' | 'repeated'>();
  const seen = new Set<number>();
  levels.forEach((level, index) => {
    if (!Number.isInteger(level.score) || level.score < scale.min || level.score > scale.max) {
      problems.set(index, 'outside');
    } else if (seen.has(level.score)) {
      problems.set(index, 'repeated');
    }
    seen.add(level.score);
  });
  return problems;
}
