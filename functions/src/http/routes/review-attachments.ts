import { ReviewAttachmentParams } from '@laureate/schemas';
import { readableAnswers } from '#domain/anonymise';
import { filesIn } from '#domain/attachment-rules';
import { reviewSettingsOf } from '#domain/review-settings';
import { defineRoute } from '../define-route.ts';
import { downloadResponses, keptAttachment, serveFile } from '../file-download.ts';
import { signedInCaller } from '../middleware/session.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, notFound, requireReadableAssignment } from '../review-context.ts';
import { createRouter } from '../router.ts';

/**
 * A juror's download of a file attached to an application they review. What the juror may
 * download is what the workspace shows them, read through the same `readableAnswers`: a file
 * blind review hid, or one the application no longer names, is not there.
 */

const jurorDownload = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/reviews/{applicationId}/attachments/{fileId}',
  tags: ['reviews'],
  summary: 'Download a file attached to an application you review',
  description:
    '`fileId` is the `fileId` of a file answer in the workspace. 404 unless the caller is ' +
    'assigned to the application, not in conflict with it, and the application as the ' +
    'workspace shows it names the file. In a blind competition the file is named as the ' +
    'workspace names it (`attachment-1.pdf`); its content is as the applicant sent it.',
  access: 'competition-juror',
  request: { params: ReviewAttachmentParams },
  responses: { ...downloadResponses, ...problemResponses(401, 403, 404) },
});

export const reviewAttachmentRoutes = createRouter().openapi(jurorDownload, async (c) => {
  const { competitionId, applicationId, fileId } = c.req.valid('param');
  const { user } = signedInCaller(c);
  const deps = c.var.deps;
  const { application } = await requireReadableAssignment(
    deps,
    competitionId,
    applicationId,
    user.id,
  );
  const competition = await competitionOf(c, competitionId);
  const [form, attachment] = await Promise.all([
    deps.competitions.getForm(competitionId, application.formVersion),
    deps.attachments.get(applicationId, fileId).then(keptAttachment),
  ]);
  if (!attachment) throw notFound();
  const { answers } = readableAnswers(
    form,
    application.answers,
    reviewSettingsOf(competition).blind,
  );
  const shown = filesIn(answers, attachment.fieldId).find((file) => file.fileId === fileId);
  if (!shown) throw notFound();
  return serveFile(c, attachment, shown.name);
});
