import type { ProgressCounts } from '@laureate/schemas';

/**
 * One bar of a completion chart: a group's reviews split into submitted, in progress and not
 * started. The bar's length is its number of reviews against the largest group, so both the
 * load and the progress show; `percent` is the share submitted.
 */
export interface CompletionBar {
  key: string;
  label: string;
  counts: ProgressCounts;
  /** Percent of the chart's width, each segment in the order drawn. */
  submittedWidth: number;
  inProgressWidth: number;
  notStartedWidth: number;
  /** Share of the group's reviews submitted, 0–100, rounded; undefined with nothing assigned. */
  percent: number | undefined;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Completion bars for groups of reviews, scaled to the group with the most.
 *
 * @example completionBars([{ key: 'RU', label: 'Russia', counts }])[0].percent // 40
 */
export function completionBars(
  groups: readonly { key: string; label: string; counts: ProgressCounts }[],
): CompletionBar[] {
  const largest = Math.max(0, ...groups.map((group) => group.counts.assigned));
  const width = (value: number) => (largest > 0 ? round1((value / largest) * 100) : 0);
  return groups.map(({ key, label, counts }) => ({
    key,
    label,
    counts,
    submittedWidth: width(counts.submitted),
    inProgressWidth: width(counts.inProgress),
    notStartedWidth: width(counts.notStarted),
    percent:
      counts.assigned > 0 ? Math.round((counts.submitted / counts.assigned) * 100) : undefined,
  }));
}

/** Only the counts of a progress entry that carries more (a juror, a track, a country). */
export function countsOf(entry: ProgressCounts): ProgressCounts {
  return {
    assigned: entry.assigned,
    notStarted: entry.notStarted,
    inProgress: entry.inProgress,
    submitted: entry.submitted,
  };
}
