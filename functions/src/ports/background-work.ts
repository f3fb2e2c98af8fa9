/**
 * Work that outlives the request that asked for it. On AWS an asynchronous invocation of the
 * worker function (cdk/lib/api-stack.ts); in local mode and in tests, the same process.
 */
export type BackgroundJob = {
  kind: 'assignment-run';
  competitionId: string;
  runId: string;
  actorId: string;
  dryRun: boolean;
};

export interface BackgroundWork {
  /** Hands the job over; resolves once it is accepted, not when it is done. */
  start(job: BackgroundJob): Promise<void>;
}
