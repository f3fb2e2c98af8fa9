import type { BidRecord } from '@laureate/schemas';

export type { BidRecord };

/** Jurors' bids (want, willing, not) on applications, when a competition has bidding on. */
export interface BidRepository {
  /** Sets or replaces the juror's bid on the application. */
  put(record: BidRecord): Promise<void>;
  /** Clears the bid: the juror has no preference. */
  remove(competitionId: string, jurorId: string, applicationId: string): Promise<void>;
  listOfJuror(competitionId: string, jurorId: string): Promise<BidRecord[]>;
  /** Every bid in the competition, for the assignment's affinities. */
  listOfCompetition(competitionId: string): Promise<BidRecord[]>;
}
