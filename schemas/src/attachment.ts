import { z } from 'zod';
import { Application, ApplicationParams, CompetitionApplicationParams } from './application.ts';
import { Id } from './common.ts';
import { FileRef } from './forms/answers.ts';
import { FieldId } from './forms/form-definition.ts';

/**
 * Attachments to an application (docs/forms.md, "Attachments"): the browser declares a file,
 * uploads its bytes straight to the file store with the target it gets back, then asks the API
 * to check and keep it. The bytes never pass through the API.
 */

export const AttachmentParams = ApplicationParams.extend({ attachmentId: Id });
export const CompetitionAttachmentParams = CompetitionApplicationParams.extend({
  attachmentId: Id,
});

/** What the browser knows of a chosen file before uploading it. */
export const CreateAttachmentRequest = z
  .object({
    fieldId: FieldId,
    name: z.string().trim().min(1).max(255),
    /** Bytes; the upload must be exactly this long. */
    size: z.number().int().positive(),
    /** The MIME type the browser reports; the server checks it against the bytes later. */
    contentType: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'Must be a MIME type such as application/pdf'),
  })
  .strict();
export type CreateAttachmentRequest = z.infer<typeof CreateAttachmentRequest>;

/**
 * Where and how to send the bytes: one HTTP request with exactly these headers, before
 * `expiresAt`. On AWS a presigned S3 URL; in local mode the local server's upload route.
 */
export const UploadTarget = z.object({
  method: z.literal('PUT'),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
export type UploadTarget = z.infer<typeof UploadTarget>;

export const AttachmentUpload = z.object({ attachmentId: Id, upload: UploadTarget });
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

/** The version of the application the browser last read: a stale one is a conflict. */
export const CompleteAttachmentRequest = z.object({ version: z.number().int().min(1) }).strict();
export const AttachmentVersionQuery = z.object({ version: z.coerce.number().int().min(1) });

/** The kept file, and the application with the file in its answers. */
export const AttachmentResult = z.object({ attachment: FileRef, application: Application });
export type AttachmentResult = z.infer<typeof AttachmentResult>;
