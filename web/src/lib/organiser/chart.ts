/** One bar of a chart: a key, its label, its count and its width in percent of the longest. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  width: number;
}

/**
 * Bar widths in percent of the largest value. A non-zero value keeps a sliver (`minimum`) so it
 * is never mistaken for zero; when every value is zero, every bar is empty.
 *
 * @example scaleBars([5, 10, 0]) // [50, 100, 0]
 */
export function scaleBars(values: readonly number[], minimum = 2): number[] {
  const largest = Math.max(0, ...values);
  if (largest <= 0) return values.map(() => 0);
  return values.map((value) => {
    if (value <= 0) return 0;
    const width = Math.round((value / largest) * 1000) / 10;
    return Math.min(100, Math.max(minimum, width));
  });
}

/**
 * The bars for a record of counts: the `order`ed keys first (zero where absent), then any other
 * key the record holds, so nothing the server counted is hidden.
 *
 * @example chartBars({ KZ: 3 }, ['RU', 'KZ'], (code) => code) // RU 0, KZ 3
 */
export function chartBars(
  counts: Readonly<Record<string, number>>,
  order: readonly string[],
  label: (key: string) => string,
): Bar[] {
  const keys = [...order, ...Object.keys(counts).filter((key) => !order.includes(key))];
  const values = keys.map((key) => counts[key] ?? 0);
  const widths = scaleBars(values);
  return keys.map((key, index) => ({
    key,
    label: label(key),
    count: values[index] ?? 0,
    width: widths[index] ?? 0,
  }));
}

/** One row of a chart's text-alternative table: its row heading, then its data cells. */
export interface TableRow {
  label: string;
  cells: (string | number)[];
}
