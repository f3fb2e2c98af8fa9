/** The only way domain and HTTP code learn the time, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put: for tests and the seed. */
export function fixedClock(instant: Date | string): Clock & { set(instant: Date | string): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}

/**
 * The system clock moved by an offset that can be changed while running: local mode's
 * `--test-clock`, so a browser test can step past a deadline without waiting for it.
 */
export function shiftableClock(): Clock & {
  advance(seconds: number): void;
  offsetSeconds(): number;
} {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    offsetSeconds: () => offsetMs / 1000,
  };
}
