/** A later review deadline granted to one juror; every grant is kept, the latest holds. */
export interface DeadlineExtensionRecord {
  competitionId: string;
  jurorId: string;
  until: string;
  reason: string;
  grantedBy: string;
  grantedAt: string;
}

export interface DeadlineExtensionRepository {
  /** Appends a grant; grants are never changed or removed (their history is the record). */
  grant(record: DeadlineExtensionRecord): Promise<void>;
  listOfJuror(competitionId: string, jurorId: string): Promise<DeadlineExtensionRecord[]>;
  listOfCompetition(competitionId: string): Promise<DeadlineExtensionRecord[]>;
}
