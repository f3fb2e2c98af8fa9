/**
 * A sort-key fragment that keeps the order of writes made within one clock millisecond by
 * this process (high-resolution time, zero-padded). Across processes, the timestamp before it
 * decides; ties there are rare and harmless for logs.
 */
export function monotonicSuffix(): string {
  return process.hrtime.bigint().toString().padStart(24, '0');
}
