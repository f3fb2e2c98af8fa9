import type { AssignmentRunResult, AssignmentRunStage } from '@laureate/schemas';

/**
 * Assignment runs started in the background: where each stands, and its result when finished.
 * A competition has at most one run going at a time: `start` refuses a second while the first
 * holds the competition's run lease.
 */
export interface AssignmentRunRecord {
  competitionId: string;
  runId: string;
  dryRun: boolean;
  startedBy: string;
  state: 'running' | 'done' | 'failed';
  stage: AssignmentRunStage;
  fraction: number;
  saved?: number;
  toSave?: number;
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  result?: AssignmentRunResult;
  problem?: { code: string; detail: string };
}

export type RunProgress = Pick<AssignmentRunRecord, 'stage' | 'fraction' | 'saved' | 'toSave'>;

export interface AssignmentRunRepository {
  /**
   * Records a new run and takes the competition's run lease, in one transaction; the id of the
   * run holding it instead when another is still going (its lease not yet expired).
   */
  start(
    record: AssignmentRunRecord,
    leaseUntil: string,
  ): Promise<{ started: true } | { started: false; activeRunId: string }>;
  /** Writes where a running run stands. */
  progress(competitionId: string, runId: string, progress: RunProgress, at: string): Promise<void>;
  /** Records the outcome and gives the lease back (only this run's). */
  finish(
    competitionId: string,
    runId: string,
    outcome: { result: AssignmentRunResult } | { problem: { code: string; detail: string } },
    at: string,
  ): Promise<void>;
  /** One run with its result (a GetItem, and a Query for a result stored in parts). */
  get(competitionId: string, runId: string): Promise<AssignmentRunRecord | undefined>;
  /** The competition's latest runs, newest first, without their results (one Query). */
  listRecent(competitionId: string, limit: number): Promise<AssignmentRunRecord[]>;
}
