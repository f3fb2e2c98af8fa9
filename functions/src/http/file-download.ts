import type { Context } from 'hono';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type { AttachmentRecord } from '#ports/attachment-repository';
import { attachmentDisposition, fileKeys } from '#ports/file-store';
import type { AppEnv } from './app-env.ts';

/**
 * Handing a kept attachment to a browser, the same way for every route that may: applicants,
 * organisers and jurors each check their own right to the file, then call `serveFile`.
 */

/** Download links are for the click that asked for them. */
const DOWNLOAD_SECONDS = 60;

const binary = { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } };

/** The success responses of a download route, for its OpenAPI declaration. */
export const downloadResponses = {
  200: { description: 'The file (local mode)', content: binary },
  302: { description: 'On AWS: a short-lived link to the file in S3' },
};

/** The attachment if its bytes were checked and kept; a pending upload is nobody's to read. */
export const keptAttachment = (attachment: AttachmentRecord | undefined) =>
  attachment && attachment.status !== 'pending' ? attachment : undefined;

/**
 * The file as a download named `fileName` (by default the name the applicant gave it): the
 * bytes in local mode, a redirect to a one-minute link on AWS.
 *
 * @example return serveFile(c, attachment, 'attachment-1.pdf')
 */
export async function serveFile(
  c: Context<AppEnv>,
  attachment: AttachmentRecord,
  fileName: string = attachment.name,
) {
  const contentType = attachment.contentType ?? 'application/octet-stream';
  const download = await c.var.deps.files.download(
    fileKeys.kept(attachment.applicationId, attachment.id),
    { fileName, contentType, expiresInSeconds: DOWNLOAD_SECONDS },
  );
  if (!download) throw new DomainError('resource/not-found', 'The file is missing');
  if (download.kind === 'redirect') {
    c.header('cache-control', 'no-store');
    return c.redirect(download.url, 302);
  }
  return c.body(download.body, 200, {
    'content-type': contentType,
    'content-length': String(download.size),
    'content-disposition': attachmentDisposition(fileName),
    'cache-control': 'private, no-store',
  });
}
