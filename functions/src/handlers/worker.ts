import { composeDependencies } from '#compose';
import { readConfig } from '#config';
import { performBackgroundJob } from '#jobs/assignment-run';
import type { BackgroundJob } from '#ports/background-work';

// Built once per Lambda container, reused across invocations.
const deps = composeDependencies(readConfig());

/**
 * Invoked asynchronously by the API (adapters/lambda/lambda-work.ts) with one job: does it and
 * records its outcome where the API reads it (the assignment run's item). Failures are recorded
 * on the run, not thrown, so Lambda does not retry a run that already told its outcome.
 */
export async function handler(job: BackgroundJob): Promise<void> {
  await performBackgroundJob(deps, job);
}
