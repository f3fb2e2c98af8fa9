import type { Application, SubmissionReceipt } from '@laureate/schemas';

export type ApplicationRecord = Application & { country?: string };

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
  listOfOrganisation(organisationId: string): Promise<ApplicationRecord[]>;
  listSubmittedVersions(applicationId: string): Promise<SubmittedVersion[]>;
}
