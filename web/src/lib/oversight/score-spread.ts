import type { JurorProgress, ScoreDistribution } from '@laureate/schemas';

/**
 * How far a juror's mean weighted total may stray from everyone's before the page calls the
 * juror severe or lenient, in points of the 0–100 total. Half the default divergence threshold:
 * a juror this far off, on every application, moves rankings but never trips a flag.
 */
export const LEANING_POINTS = 10;

/** Below, near or above everyone's mean; `unknown` with no submitted review. */
export type Leaning = 'severe' | 'usual' | 'lenient' | 'unknown';

/** One juror's line in the score-distribution chart and its table. */
export interface SpreadRow {
  jurorId: string;
  name: string;
  scores: ScoreDistribution;
  /** The juror's mean minus everyone's, rounded to one decimal. */
  difference: number | undefined;
  leaning: Leaning;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The leaning of a mean against everyone's mean.
 *
 * @example leaningOf(55, 70) // 'severe'
 */
export function leaningOf(mean: number | undefined, overall: number | undefined): Leaning {
  if (mean === undefined || overall === undefined) return 'unknown';
  const difference = mean - overall;
  if (difference <= -LEANING_POINTS) return 'severe';
  if (difference >= LEANING_POINTS) return 'lenient';
  return 'usual';
}

/**
 * The chart's rows: every juror, those with submitted reviews first, by name within each.
 *
 * @example spreadRows(progress.byJuror, progress.allScores)
 */
export function spreadRows(
  jurors: readonly Pick<JurorProgress, 'jurorId' | 'displayName' | 'scores'>[],
  all: ScoreDistribution,
  collator: Intl.Collator = new Intl.Collator(),
): SpreadRow[] {
  return jurors
    .map((juror) => {
      const mean = juror.scores.count > 0 ? juror.scores.mean : undefined;
      return {
        jurorId: juror.jurorId,
        name: juror.displayName,
        scores: juror.scores,
        difference:
          mean !== undefined && all.mean !== undefined ? round1(mean - all.mean) : undefined,
        leaning: leaningOf(mean, all.mean),
      };
    })
    .sort(
      (a, b) =>
        Number(b.scores.count > 0) - Number(a.scores.count > 0) || collator.compare(a.name, b.name),
    );
}

/**
 * A weighted total's position on a horizontal axis from `start` to `end` (SVG units); values
 * outside 0–100 are held at the ends.
 *
 * @example scoreX(50, 10, 210) // 110
 */
export function scoreX(score: number, start: number, end: number): number {
  const clamped = Math.min(100, Math.max(0, score));
  return round1(start + ((end - start) * clamped) / 100);
}

/**
 * How dark a ten-point band of the histogram is drawn: from a faint 0.15 for one review to 0.7
 * for the fullest band of the chart; 0 for an empty band.
 *
 * @example bandOpacity(2, 4) // 0.33
 */
export function bandOpacity(count: number, largest: number): number {
  if (count <= 0 || largest <= 0) return 0;
  return Math.round((0.15 + (0.55 * (count - 1)) / Math.max(1, largest - 1)) * 100) / 100;
}

/**
 * A signed difference as people write it: `+12.5`, `−3`, `0` (a real minus sign).
 *
 * @example signed(-3, 'en') // '−3'
 */
export function signed(value: number, locale: string): string {
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}
