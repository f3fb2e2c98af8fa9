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
  return attachFile(
    api,
    cookie,
    applicationPath,
    { name: 'photo.png', bytes: samplePng(), contentType: 'image/png' },
    fieldId,
  );
}

/** A file as the browser picks it: its name, its bytes and the type it declares. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Attaches `file` to a draft through the API: declare, upload, complete. Returns its id.
 *
 * @example await attachFile(api, cookie, base, { name: 'Устав.pdf', bytes: samplePdf(), contentType: 'application/pdf' })
 */
export async function attachFile(
  api: TestApi,
  cookie: string,
  applicationPath: string,
  file: PickedFile,
  fieldId = 'attachments',
): Promise<string> {
  const json = { 'content-type': 'application/json', cookie };
  const declared = await api.app.request(`${applicationPath}/attachments`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      fieldId,
      name: file.name,
      size: file.bytes.length,
      contentType: file.contentType,
    }),
  });
  if (declared.status !== 201) throw new Error(`Declaring failed: ${await declared.text()}`);
  const { attachmentId, upload } = AttachmentUpload.parse(await declared.json());
  const put = await api.app.request(upload.url, {
    method: upload.method,
    headers: upload.headers,
    body: file.bytes,
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
