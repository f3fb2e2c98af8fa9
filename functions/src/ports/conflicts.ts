import type { ConflictRecord, ConflictSource } from '@laureate/schemas';

export type { ConflictRecord, ConflictSource };

/**
 * Declared conflicts of interest, stored per competition. Automatic conflicts (membership,
 * affiliation) are computed by domain/conflicts.ts and never stored.
 */
export interface ConflictRepository {
  /** Idempotent: declaring again replaces the reason and the time of the same source's record. */
  declare(record: ConflictRecord): Promise<void>;
  /** Removes one source's declaration; false if there was none. The other source's stays. */
  withdraw(
    competitionId: string,
    applicationId: string,
    jurorId: string,
    source: ConflictSource,
  ): Promise<boolean>;
  /** Every declaration in the competition (paged internally). */
  listOfCompetition(competitionId: string): Promise<ConflictRecord[]>;
  /** The declarations naming one application, by any juror and source. */
  listOfApplication(competitionId: string, applicationId: string): Promise<ConflictRecord[]>;
  /** The declarations naming one juror, by any source. */
  listOfJuror(competitionId: string, jurorId: string): Promise<ConflictRecord[]>;
}
