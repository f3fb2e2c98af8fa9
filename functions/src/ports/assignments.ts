/** How an assignment came about: the solver's run, an organiser's edit, or divergence. */
export type AssignmentSource = 'solver' | 'manual' | 'divergence';

/** A juror assigned to review an application of a competition. */
export interface AssignmentRecord {
  competitionId: string;
  applicationId: string;
  jurorId: string;
  source: AssignmentSource;
  assignedAt: string;
  /** The organiser who assigned, or `system` for divergence and the solver's own choices. */
  assignedBy: string;
}

/** An application flagged because its jurors' totals diverge, and what was done about it. */
export interface DivergenceFlagRecord {
  competitionId: string;
  applicationId: string;
  flaggedAt: string;
  /** The spread when first flagged; the current one is recomputed from the reviews. */
  spread: number;
  /** The extra juror assigned automatically, if the competition asks for one. */
  extraJurorId?: string;
  /** When no eligible juror was left to add. */
  noneAvailableAt?: string;
}

export interface AssignmentPair {
  applicationId: string;
  jurorId: string;
}

/**
 * Assignments, stored in the competition's partition with an index entry in the juror's user
 * partition (their queue). Removals never take a review away: a removal is refused once the
 * juror has saved a review of the application, in the same transaction.
 */
export interface AssignmentRepository {
  get(
    competitionId: string,
    applicationId: string,
    jurorId: string,
  ): Promise<AssignmentRecord | undefined>;
  listOfCompetition(competitionId: string): Promise<AssignmentRecord[]>;
  listOfApplication(competitionId: string, applicationId: string): Promise<AssignmentRecord[]>;
  /** The juror's queue in one competition (gsi2). */
  listOfJuror(jurorId: string, competitionId: string): Promise<AssignmentRecord[]>;
  /** Adds an assignment; `already-assigned` if the pair exists. */
  add(record: AssignmentRecord): Promise<'added' | 'already-assigned'>;
  /** Removes an assignment unless its review was started; `not-found` if there was none. */
  remove(
    competitionId: string,
    pair: AssignmentPair,
  ): Promise<'removed' | 'not-found' | 'review-started'>;
  /** Moves an unstarted assignment to another juror, in one transaction. */
  swap(
    from: AssignmentPair & { competitionId: string },
    to: AssignmentRecord,
  ): Promise<'swapped' | 'not-found' | 'review-started' | 'already-assigned'>;
  /**
   * Applies a run's changes in transactions of at most 100 items. Each chunk is all or nothing;
   * a chunk that meets a concurrent change fails with a version conflict and a re-run finishes.
   */
  applyChanges(
    competitionId: string,
    changes: { add: AssignmentRecord[]; remove: AssignmentPair[] },
    /** Called after each stored chunk with the changes stored so far. */
    onProgress?: (stored: number) => Promise<void>,
  ): Promise<void>;
  /**
   * Flags an application once, with the extra juror's assignment in the same transaction;
   * false if it was already flagged (a concurrent submission flagged it first).
   */
  flagDivergence(flag: DivergenceFlagRecord, extra?: AssignmentRecord): Promise<boolean>;
  getDivergenceFlag(
    competitionId: string,
    applicationId: string,
  ): Promise<DivergenceFlagRecord | undefined>;
  listDivergenceFlags(competitionId: string): Promise<DivergenceFlagRecord[]>;
}
