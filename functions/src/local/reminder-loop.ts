import type { ReminderRunReport } from '#jobs/review-reminders';
import type { Clock } from '#ports/clock';

/**
 * Local mode's stand-in for the hourly EventBridge schedule: while `npm start` runs, the
 * reminder job runs once at start and then every few minutes, on the platform's clock (so
 * `--test-clock` moves it too), and says in one line when it sent something. The timer never
 * keeps the process alive, and `stop()` waits for a run in progress, so the database is not
 * stopped under it.
 */

export interface ReminderLoopOptions {
  clock: Clock;
  /** The job, e.g. `(now) => sendDueReminders(deps, now)`. */
  run: (now: Date) => Promise<ReminderRunReport>;
  everyMs: number;
  /** One line for a run that sent reminders, or that failed. */
  log: (line: string) => void;
  /** Where the emails can be read, named in that line (local mode's outbox page). */
  outbox: string;
  /** Longest `stop()` waits for a run in progress. */
  stopTimeoutMs?: number;
}

export interface ReminderLoop {
  /** Resolves once the run in progress, if any, has finished (or the wait ran out). */
  stop(): Promise<void>;
}

/** @example const loop = startReminderLoop({ clock, run, everyMs: 300_000, log: console.log }) */
export function startReminderLoop(options: ReminderLoopOptions): ReminderLoop {
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = () => {
    // A run still going (a slow database) is not doubled: the next tick will catch up.
    if (stopped || running) return;
    running = options
      .run(options.clock.now())
      .then(
        (report) => {
          if (report.sent.length === 0 && report.failed === 0) return;
          const jurors = new Set(report.sent.map((sent) => sent.jurorId)).size;
          options.log(
            `Automatic review reminders: ${report.sent.length} sent to ${jurors} juror${jurors === 1 ? '' : 's'}` +
              (report.failed ? `, ${report.failed} failed (tried again next time)` : '') +
              ` (${options.outbox})`,
          );
        },
        (error: unknown) => {
          options.log(
            `Automatic review reminders could not run: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      )
      .finally(() => {
        running = undefined;
      });
  };

  const timer = setInterval(tick, options.everyMs);
  // Ctrl-C and the end of a test must not wait for the next tick.
  timer.unref();
  tick();

  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (!running) return;
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        running,
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, options.stopTimeoutMs ?? 5_000);
          timeout.unref();
        }),
      ]);
      clearTimeout(timeout);
    },
  };
}
