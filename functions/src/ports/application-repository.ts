import type { Application, SubmissionReceipt } from '@laureate/schemas';
import type { Page } from './competition-repository.ts';

export type ApplicationRecord = Application;

export interface SubmittedVersion {
  applicationId: string;
  version: number;
  answers: Record<string, unknown>;
  title: string;
  receipt: SubmissionReceipt;
}

export interface ApplicationRepository {
  create(record: ApplicationRecord): Promise<void>;
  get(applicationId: string): Promise<ApplicationRecord | undefined>;
  /**
   * Replaces the record if the stored version is `expectedVersion`; throws a version conflict
   * otherwise, so two tabs or two members never overwrite each other silently.
   */
  update(record: ApplicationRecord, expectedVersion: number): Promise<void>;
  /** Submits: the record and a kept copy of what was submitted, in one transaction. */
  submit(
    record: ApplicationRecord,
    expectedVersion: number,
    snapshot: SubmittedVersion,
  ): Promise<void>;
  /**
   * Saves the application with a new partner list, and the index links through which partner
   * organisations find it, in one transaction guarded by the version.
   */
  setPartners(
    record: ApplicationRecord,
    expectedVersion: number,
    removedPartnerIds: string[],
  ): Promise<void>;
  listOfOrganisation(organisationId: string): Promise<ApplicationRecord[]>;
  /** A competition's applications, optionally of one status, a page at a time. */
  listOfCompetition(
    competitionId: string,
    options: { status?: string; limit: number; cursor?: string },
  ): Promise<Page<ApplicationRecord>>;
  /** Every application of a competition, for counts and exports (paged internally). */
  allOfCompetition(competitionId: string): Promise<ApplicationRecord[]>;
  listSubmittedVersions(applicationId: string): Promise<SubmittedVersion[]>;
}
