import type { JurorProfile } from '@laureate/schemas';

export interface CompetitionRoleRecord {
  competitionId: string;
  userId: string;
  role: 'organiser' | 'juror';
  /** The juror's own profile: theirs to edit. */
  jurorProfile?: JurorProfile;
  /** Jurors only, set by the organisers: the most applications they review (a default if unset). */
  maxLoad?: number;
  /** Jurors only, set by the organisers: the fewest applications they review. */
  minLoad?: number;
  /** Jurors only: false takes the juror out of new assignments; true when unset. */
  available?: boolean;
  grantedBy?: string;
  createdAt: string;
  /** Optimistic concurrency for edits of the pool fields and the profile; 1 when granted. */
  version?: number;
}

/** Organisers and jurors, per competition: a role in one gives no rights in another. */
export interface CompetitionRoleRepository {
  /** Grants or refreshes a role (a juror's profile may be completed again). */
  grant(record: CompetitionRoleRecord): Promise<void>;
  list(competitionId: string): Promise<CompetitionRoleRecord[]>;
  get(
    competitionId: string,
    role: 'organiser' | 'juror',
    userId: string,
  ): Promise<CompetitionRoleRecord | undefined>;
  /**
   * Replaces an existing role if its stored version is `expectedVersion` (the record carries
   * the next version); a version conflict otherwise.
   */
  update(record: CompetitionRoleRecord, expectedVersion: number): Promise<void>;
}
