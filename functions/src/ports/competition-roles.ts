import type { JurorProfile } from '@laureate/schemas';

export interface CompetitionRoleRecord {
  competitionId: string;
  userId: string;
  role: 'organiser' | 'juror';
  jurorProfile?: JurorProfile;
  grantedBy?: string;
  createdAt: string;
}

/** Organisers and jurors, per competition: a role in one gives no rights in another. */
export interface CompetitionRoleRepository {
  /** Grants or refreshes a role (a juror's profile may be completed again). */
  grant(record: CompetitionRoleRecord): Promise<void>;
  list(competitionId: string): Promise<CompetitionRoleRecord[]>;
}
