import type { Confidence, CriterionScores, Recommendation } from '@laureate/schemas';

/** One juror's review of one application, as stored; every saved version is kept too. */
export interface ReviewRecord {
  competitionId: string;
  applicationId: string;
  jurorId: string;
  status: 'draft' | 'submitted';
  scores: CriterionScores;
  overallComment: string;
  recommendation?: Recommendation;
  confidence?: Confidence;
  /** 0–100, computed by the server (domain/scoring.ts) when every criterion is scored. */
  weightedTotal?: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  firstSubmittedAt?: string;
}

export interface ReviewRepository {
  get(applicationId: string, jurorId: string): Promise<ReviewRecord | undefined>;
  listOfApplication(applicationId: string): Promise<ReviewRecord[]>;
  /** Every review of a competition (gsi1), for progress, divergence and distributions. */
  listOfCompetition(competitionId: string): Promise<ReviewRecord[]>;
  /** One juror's reviews in a competition (gsi1, `<jurorId>#` prefix): their queue's progress. */
  listOfJuror(competitionId: string, jurorId: string): Promise<ReviewRecord[]>;
  /** Every saved version of one juror's review, oldest first. */
  listVersions(applicationId: string, jurorId: string): Promise<ReviewRecord[]>;
  /**
   * Saves `record` (carrying version `expectedVersion + 1`) and keeps it as a version, in one
   * transaction that also checks the assignment still exists. `expectedVersion` 0 creates.
   * Throws `conflict/version-mismatch` on a stale version, `resource/not-found` when the
   * assignment is gone.
   */
  save(record: ReviewRecord, expectedVersion: number): Promise<void>;
}
