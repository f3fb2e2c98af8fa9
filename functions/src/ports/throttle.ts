/** Counts events per key in fixed windows, for throttling failed sign-ins. */
export interface Throttle {
  /** Adds one to the key's count in the current window and returns the new count. */
  hit(key: string, windowSeconds: number, now: Date): Promise<number>;
  count(key: string, windowSeconds: number, now: Date): Promise<number>;
}
