import { Application, AttachmentResult, AttachmentUpload } from '@laureate/schemas';
import { samplePng } from './sample-files.ts';
import type { TestApi } from './test-api.ts';

/**
 * Attaches a real PNG to a draft through the API, as the editor does: declare, upload the
 * bytes to the returned target, complete. Returns the attachment's id.
 *
 * @example await attachSamplePng(api, cookie, `/api/organisations/${org}/applications/${app}`)
 */
export async function attachSamplePng(
  api: TestApi,
  cookie: string,
  applicationPath: string,
  fieldId = 'attachments',
): Promise<string> {
  const json = { 'content-type': 'application/json', cookie };
  const bytes = samplePng();
  const declared = await api.app.request(`${applicationPath}/attachments`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      fieldId,
      name: 'photo.png',
      size: bytes.length,
      contentType: 'image/png',
    }),
  });
  const { attachmentId, upload } = AttachmentUpload.parse(await declared.json());
  const put = await api.app.request(upload.url, {
    method: upload.method,
    headers: upload.headers,
    body: bytes,
  });
  if (put.status !== 204) throw new Error(`Upload failed: ${put.status}`);
  const { version } = Application.parse(
    await (await api.app.request(applicationPath, { headers: { cookie } })).json(),
  );
  const completed = await api.app.request(
    `${applicationPath}/attachments/${attachmentId}/complete`,
    { method: 'POST', headers: json, body: JSON.stringify({ version }) },
  );
  AttachmentResult.parse(await completed.json());
  return attachmentId;
}
