import type { BackgroundJob, BackgroundWork } from '#ports/background-work';

/**
 * Background work in the same process (local mode and tests): the job starts once the request
 * that asked for it has been answered, and `idle()` waits for every job still going, so that
 * the launcher stops cleanly and tests can wait for the outcome.
 */
export class InProcessWork implements BackgroundWork {
  private readonly going = new Set<Promise<void>>();

  constructor(private readonly perform: (job: BackgroundJob) => Promise<void>) {}

  start(job: BackgroundJob): Promise<void> {
    const running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.perform(job))
      .finally(() => this.going.delete(running));
    this.going.add(running);
    return Promise.resolve();
  }

  async idle(): Promise<void> {
    while (this.going.size > 0) await Promise.allSettled([...this.going]);
  }
}
