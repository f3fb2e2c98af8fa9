/**
 * Divergence: the jurors of one application disagree when their submitted weighted totals
 * (0–100, see scoring.ts) are more than the competition's threshold apart, highest minus lowest.
 * Large national grant programmes call in a third expert then; the competition may do the same
 * (`extraJurorOnDivergence`).
 */

/**
 * Highest minus lowest total, rounded to 2 decimals; undefined with fewer than two totals.
 *
 * @example scoreSpread([62, 81.5, 70]) // 19.5
 */
export function scoreSpread(totals: readonly number[]): number | undefined {
  if (totals.length < 2) return undefined;
  return Math.round((Math.max(...totals) - Math.min(...totals)) * 100) / 100;
}

/**
 * Whether the totals diverge: strictly more than `threshold` points apart. A spread equal to the
 * threshold is still agreement, so a threshold of 20 lets 60 and 80 stand.
 *
 * @example isDivergent([60, 81], 20) // true
 */
export function isDivergent(totals: readonly number[], threshold: number): boolean {
  const spread = scoreSpread(totals);
  return spread !== undefined && spread > threshold;
}
