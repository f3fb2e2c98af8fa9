import type { ApplicationRecord } from './application-repository.ts';

/**
 * An application's attachment. `pending` from the moment the browser declares it until the
 * API has checked the uploaded bytes; `stored` once kept and in the answers; `detached` when
 * removed from a draft but kept, because a submitted version names it.
 */
export interface AttachmentRecord {
  id: string;
  applicationId: string;
  fieldId: string;
  /** The file's name as the applicant's computer had it. */
  name: string;
  size: number;
  /** What the browser declared. */
  declaredType: string;
  /** What the bytes are (set once stored). */
  contentType?: string;
  sha256?: string;
  status: 'pending' | 'stored' | 'detached';
  createdAt: string;
  createdBy: string;
  uploadedAt?: string;
  uploadedBy?: string;
  /** Pending records only: epoch seconds after which DynamoDB TTL removes them. */
  expiresAt?: number;
}

export interface AttachmentRepository {
  createPending(record: AttachmentRecord): Promise<void>;
  get(applicationId: string, attachmentId: string): Promise<AttachmentRecord | undefined>;
  /** Every attachment record of an application, whatever its status. */
  list(applicationId: string): Promise<AttachmentRecord[]>;
  /**
   * Marks a pending attachment stored and saves the application that now names it, in one
   * transaction guarded by the application's version: a stale version is a conflict.
   */
  store(
    attachment: AttachmentRecord,
    application: ApplicationRecord,
    expectedVersion: number,
  ): Promise<void>;
  /**
   * Takes an attachment out of the application, in one transaction guarded by its version:
   * deletes the record, or keeps it as `detached` when a submitted version names the file.
   */
  remove(
    attachment: AttachmentRecord,
    application: ApplicationRecord,
    expectedVersion: number,
    keep: boolean,
  ): Promise<void>;
  /** Forgets a pending attachment whose upload was refused or abandoned. */
  deletePending(applicationId: string, attachmentId: string): Promise<void>;
}
