import {
  Application,
  AttachmentParams,
  AttachmentResult,
  AttachmentUpload,
  AttachmentVersionQuery,
  CompetitionAttachmentParams,
  CompleteAttachmentRequest,
  CreateAttachmentRequest,
  ApplicationParams,
  type FileRef,
  type FormDefinition,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { newSecretToken } from '#adapters/crypto/secret-token';
import { acceptsType, fileFieldOf, filesIn } from '#domain/attachment-rules';
import { DomainError } from '#domain/errors';
import { matchesDeclaredType, SAMPLE_BYTES, sniffFileType } from '#domain/file-type';
import type { ApplicationRecord } from '#ports/application-repository';
import type { AttachmentRecord } from '#ports/attachment-repository';
import { fileKeys } from '#ports/file-store';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { downloadResponses, keptAttachment, serveFile } from '../file-download.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';
import { accessibleApplication, context, requireTransition } from './applications.ts';

/** How long an upload target stays valid. */
const UPLOAD_SECONDS = 15 * 60;
/** A pending attachment nobody completes is forgotten after a day (DynamoDB TTL, S3 lifecycle). */
const PENDING_SECONDS = 24 * 60 * 60;

const base = '/organisations/{organisationId}/applications/{applicationId}/attachments';

const createAttachment = defineRoute({
  method: 'post',
  path: base,
  tags: ['attachments'],
  summary: 'Declare a file for a file field; returns where to upload its bytes',
  description:
    'Checks that the field takes files of this type and size and has room for one more. Upload the bytes with the returned target, then call `complete`.',
  access: 'organisation-member',
  request: { params: ApplicationParams, body: jsonBody(CreateAttachmentRequest) },
  responses: {
    201: { description: 'Upload target', content: jsonContent(AttachmentUpload) },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const completeAttachment = defineRoute({
  method: 'post',
  path: `${base}/{attachmentId}/complete`,
  tags: ['attachments'],
  summary: 'Check the uploaded bytes and add the file to the draft',
  description:
    'Reads the stored file: its real size and, from its bytes, its real type. A file that is not what it was declared to be is deleted and refused. Send the application version you read: a stale one is a 409 conflict.',
  access: 'organisation-member',
  request: { params: AttachmentParams, body: jsonBody(CompleteAttachmentRequest) },
  responses: {
    200: { description: 'Kept', content: jsonContent(AttachmentResult) },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const downloadAttachment = defineRoute({
  method: 'get',
  path: `${base}/{attachmentId}`,
  tags: ['attachments'],
  summary: 'Download an attached file',
  access: 'organisation-member',
  request: { params: AttachmentParams },
  responses: { ...downloadResponses, ...problemResponses(401, 404) },
});

const removeAttachment = defineRoute({
  method: 'delete',
  path: `${base}/{attachmentId}`,
  tags: ['attachments'],
  summary: 'Remove a file from the draft (send the version you read as `?version=`)',
  description:
    'A file that a submitted version names is kept with that version; otherwise it is deleted.',
  access: 'organisation-member',
  request: { params: AttachmentParams, query: AttachmentVersionQuery },
  responses: {
    200: { description: 'Removed', content: jsonContent(Application) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const organiserDownload = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/applications/{applicationId}/attachments/{attachmentId}',
  tags: ['attachments'],
  summary: 'Download a file attached to a submitted application',
  access: 'competition-organiser',
  request: { params: CompetitionAttachmentParams },
  responses: { ...downloadResponses, ...problemResponses(401, 403, 404) },
});

/**
 * The application, ready to change: the caller's organisation takes part, the call is open,
 * the field takes files, and a partner may edit its section.
 */
async function editableFileField(
  c: Context<AppEnv>,
  params: { organisationId: string; applicationId: string },
  fieldId: string,
) {
  const { application, partner } = await accessibleApplication(
    c,
    params.organisationId,
    params.applicationId,
  );
  const { form, phase } = await context(c, application);
  requireTransition(application.status, 'edit', phase);
  const found = fileFieldOf(form, fieldId);
  if (!found) {
    throw new DomainError('request/invalid', 'No file field with this id in the form', {
      errors: [{ field: 'body.fieldId', message: 'Not a file field', code: 'not_a_file_field' }],
    });
  }
  if (partner && !partner.editableSections.includes(found.sectionId)) {
    throw new DomainError('auth/forbidden', 'The lead has not opened this section to you');
  }
  return { application, form, field: found.field };
}

function requireRoom(form: FormDefinition, application: ApplicationRecord, fieldId: string) {
  const field = fileFieldOf(form, fieldId)!.field;
  if (filesIn(application.answers, fieldId).length >= field.maxCount) {
    throw new DomainError(
      'attachment/too-many',
      `This field takes at most ${field.maxCount} files: remove one first`,
      { maxCount: field.maxCount },
    );
  }
}

/** Deletes a refused upload's bytes and record, then refuses with `error`. */
async function refuse(
  c: Context<AppEnv>,
  attachment: AttachmentRecord,
  error: DomainError,
): Promise<never> {
  await c.var.deps.files.delete(fileKeys.pending(attachment.applicationId, attachment.id));
  await c.var.deps.attachments.deletePending(attachment.applicationId, attachment.id);
  throw error;
}

export const attachmentRoutes = createRouter()
  .openapi(createAttachment, async (c) => {
    const params = c.req.valid('param');
    const request = c.req.valid('json');
    const { attachments, files, clock } = c.var.deps;
    const { application, form, field } = await editableFileField(c, params, request.fieldId);
    if (!acceptsType(field, request.contentType)) {
      throw new DomainError(
        'attachment/type-not-allowed',
        `Files of type ${request.contentType} are not accepted here; accepted: ${field.accept.join(', ')}`,
        { accept: field.accept },
      );
    }
    if (request.size > field.maxBytes) {
      throw new DomainError(
        'attachment/too-large',
        `The file has ${request.size} bytes; this field takes at most ${field.maxBytes}`,
        { maxBytes: field.maxBytes },
      );
    }
    requireRoom(form, application, request.fieldId);
    const now = clock.now();
    const attachmentId = `att-${newSecretToken().token.slice(0, 20)}`;
    await attachments.createPending({
      id: attachmentId,
      applicationId: application.id,
      fieldId: request.fieldId,
      name: request.name,
      size: request.size,
      declaredType: request.contentType,
      status: 'pending',
      createdAt: now.toISOString(),
      createdBy: signedInCaller(c).user.id,
      expiresAt: Math.floor(now.getTime() / 1000) + PENDING_SECONDS,
    });
    const upload = await files.createUpload(fileKeys.pending(application.id, attachmentId), {
      contentType: request.contentType,
      size: request.size,
      expiresInSeconds: UPLOAD_SECONDS,
    });
    return c.json({ attachmentId, upload }, 201);
  })
  .openapi(completeAttachment, async (c) => {
    const params = c.req.valid('param');
    const { version } = c.req.valid('json');
    const { attachments, files, clock, audit } = c.var.deps;
    const attachment = await attachments.get(params.applicationId, params.attachmentId);
    if (!attachment) throw new DomainError('resource/not-found', 'No such attachment');
    const { application, field } = await editableFileField(c, params, attachment.fieldId);
    const listed = filesIn(application.answers, attachment.fieldId);
    const already = listed.find((file) => file.fileId === attachment.id);
    // A retried completion (the first answer was lost) gets the same answer.
    if (already && attachment.status === 'stored')
      return c.json({ attachment: already, application }, 200);
    if (attachment.status !== 'pending') {
      throw new DomainError('attachment/not-uploaded', 'This attachment was removed');
    }
    if (application.version !== version) {
      throw new DomainError(
        'conflict/version-mismatch',
        'This application changed elsewhere: reload to see the latest version',
      );
    }
    const pendingKey = fileKeys.pending(application.id, attachment.id);
    const facts = await files.inspect(pendingKey, SAMPLE_BYTES);
    if (!facts) {
      throw new DomainError(
        'attachment/not-uploaded',
        'The file has not arrived: upload it, then complete',
      );
    }
    if (facts.size !== attachment.size) {
      return refuse(
        c,
        attachment,
        new DomainError(
          'attachment/upload-refused',
          `The upload has ${facts.size} bytes, not the ${attachment.size} declared`,
        ),
      );
    }
    const sniffed = sniffFileType(facts);
    if (
      !sniffed ||
      !matchesDeclaredType(sniffed, attachment.declaredType) ||
      !acceptsType(field, attachment.declaredType)
    ) {
      return refuse(
        c,
        attachment,
        new DomainError(
          'attachment/content-mismatch',
          `“${attachment.name}” is not a real ${attachment.declaredType} file${sniffed ? ` (its content is ${sniffed})` : ''}: it was deleted`,
          { declared: attachment.declaredType, ...(sniffed ? { detected: sniffed } : {}) },
        ),
      );
    }
    if (listed.length >= field.maxCount) {
      return refuse(
        c,
        attachment,
        new DomainError(
          'attachment/too-many',
          `This field takes at most ${field.maxCount} files: remove one first`,
        ),
      );
    }
    const now = clock.now().toISOString();
    const { user } = signedInCaller(c);
    const ref: FileRef = {
      fileId: attachment.id,
      name: attachment.name,
      size: facts.size,
      // CSV cannot be told from other text by its bytes: the declared text type stands.
      contentType: sniffed === 'text/plain' ? attachment.declaredType : sniffed,
      sha256: facts.sha256,
    };
    const next: ApplicationRecord = {
      ...application,
      answers: { ...application.answers, [attachment.fieldId]: [...listed, ref] },
      updatedAt: now,
      version: version + 1,
    };
    const keptKey = fileKeys.kept(application.id, attachment.id);
    await files.move(pendingKey, keptKey);
    try {
      await attachments.store(
        {
          ...attachment,
          status: 'stored',
          contentType: ref.contentType,
          sha256: facts.sha256,
          uploadedAt: now,
          uploadedBy: user.id,
        },
        next,
        version,
      );
    } catch (error) {
      // Put the bytes back where a retry after reloading will look for them.
      await files.move(keptKey, pendingKey).catch(() => undefined);
      throw error;
    }
    await audit.append({
      scope: `COMP#${application.competitionId}`,
      action: 'application.file-attached',
      actorId: user.id,
      at: now,
      details: { applicationId: application.id, attachmentId: attachment.id, sha256: ref.sha256! },
    });
    return c.json({ attachment: ref, application: next }, 200);
  })
  .openapi(downloadAttachment, async (c) => {
    const { organisationId, applicationId, attachmentId } = c.req.valid('param');
    await accessibleApplication(c, organisationId, applicationId);
    const attachment = keptAttachment(
      await c.var.deps.attachments.get(applicationId, attachmentId),
    );
    if (!attachment) throw new DomainError('resource/not-found', 'No such attachment');
    return serveFile(c, attachment);
  })
  .openapi(removeAttachment, async (c) => {
    const params = c.req.valid('param');
    const { version } = c.req.valid('query');
    const { attachments, applications, files, clock, audit } = c.var.deps;
    const attachment = await attachments.get(params.applicationId, params.attachmentId);
    if (!attachment) throw new DomainError('resource/not-found', 'No such attachment');
    const { application } = await editableFileField(c, params, attachment.fieldId);
    if (attachment.status === 'pending') {
      await files.delete(fileKeys.pending(application.id, attachment.id));
      await attachments.deletePending(application.id, attachment.id);
      return c.json(application, 200);
    }
    if (application.version !== version) {
      throw new DomainError(
        'conflict/version-mismatch',
        'This application changed elsewhere: reload to see the latest version',
      );
    }
    const listed = filesIn(application.answers, attachment.fieldId);
    const remaining = listed.filter((file) => file.fileId !== attachment.id);
    const answers = { ...application.answers };
    if (remaining.length > 0) answers[attachment.fieldId] = remaining;
    else delete answers[attachment.fieldId];
    const now = clock.now().toISOString();
    const next: ApplicationRecord = {
      ...application,
      answers,
      updatedAt: now,
      version: version + 1,
    };
    // A submitted version keeps its files: the receipt vouches for them.
    const submitted = await applications.listSubmittedVersions(application.id);
    const keep = submitted.some((snapshot) =>
      filesIn(snapshot.answers, attachment.fieldId).some((file) => file.fileId === attachment.id),
    );
    await attachments.remove(attachment, next, version, keep);
    if (!keep) await files.delete(fileKeys.kept(application.id, attachment.id));
    await audit.append({
      scope: `COMP#${application.competitionId}`,
      action: 'application.file-removed',
      actorId: signedInCaller(c).user.id,
      at: now,
      details: { applicationId: application.id, attachmentId: attachment.id },
    });
    return c.json(next, 200);
  })
  .openapi(organiserDownload, async (c) => {
    const { competitionId, applicationId, attachmentId } = c.req.valid('param');
    const { applications, attachments } = c.var.deps;
    const application = await applications.get(applicationId);
    const attachment = keptAttachment(await attachments.get(applicationId, attachmentId));
    // Organisers see applications once submitted, never drafts, and only the files they name.
    const visible =
      application?.competitionId === competitionId &&
      application.status !== 'draft' &&
      attachment &&
      filesIn(application.answers, attachment.fieldId).some((file) => file.fileId === attachmentId);
    if (!visible || !attachment) throw new DomainError('resource/not-found', 'No such attachment');
    return serveFile(c, attachment);
  });
