import { Readable } from 'node:stream';
import { crossBorderSocialProjectTemplate, type FileRef } from '@laureate/schemas';
import { attachmentItem } from '#adapters/dynamodb/attachment-store';
import { inspectStream } from '#adapters/files/inspect-stream';
import type { LocalFileStore } from '#adapters/local/local-file-store';
import { acceptsType, fileFieldOf } from '#domain/attachment-rules';
import { matchesDeclaredType, SAMPLE_BYTES, sniffFileType } from '#domain/file-type';
import type { AttachmentRecord } from '#ports/attachment-repository';
import { fileKeys } from '#ports/file-store';
import type { DemoApplication } from './demo-types.ts';

/** Where the demo seed writes attachment bytes: the local file store the server then reads. */
export type SeedFileStore = Pick<LocalFileStore, 'writeSeededFile'>;

/** Every demo competition's form keeps its files in this field. */
const FIELD_ID = 'attachments';

/**
 * A demo application's files as `POST …/attachments/{id}/complete` would have left them: the
 * bytes under their kept key; the answer's file refs with the size, the type read from the
 * bytes and the SHA-256 (so the submission receipt covers the files); a `stored` record each.
 * A file the form's field would refuse stops the seed rather than making a demo nobody could.
 */
export async function seedApplicationFiles(
  application: DemoApplication,
  files: SeedFileStore,
  upload: { at: string; by: string },
): Promise<{ refs: FileRef[]; items: Record<string, unknown>[] }> {
  const demoFiles = application.files ?? [];
  if (demoFiles.length === 0) return { refs: [], items: [] };
  const field = fileFieldOf(crossBorderSocialProjectTemplate, FIELD_ID)?.field;
  if (!field || demoFiles.length > field.maxCount) {
    throw new Error(`The demo form's ${FIELD_ID} field cannot take ${application.id}'s files`);
  }
  const refs: FileRef[] = [];
  const items: Record<string, unknown>[] = [];
  for (const file of demoFiles) {
    const facts = await inspectStream(Readable.from([file.bytes]), SAMPLE_BYTES);
    const sniffed = sniffFileType(facts);
    if (
      !sniffed ||
      !matchesDeclaredType(sniffed, file.declaredType) ||
      !acceptsType(field, file.declaredType) ||
      facts.size > field.maxBytes
    ) {
      throw new Error(`The demo file ${file.id} is not an acceptable ${file.declaredType}`);
    }
    await files.writeSeededFile(fileKeys.kept(application.id, file.id), file.bytes);
    const contentType = sniffed === 'text/plain' ? file.declaredType : sniffed;
    refs.push({
      fileId: file.id,
      name: file.name,
      size: facts.size,
      contentType,
      sha256: facts.sha256,
    });
    const record: AttachmentRecord = {
      id: file.id,
      applicationId: application.id,
      fieldId: FIELD_ID,
      name: file.name,
      size: facts.size,
      declaredType: file.declaredType,
      contentType,
      sha256: facts.sha256,
      status: 'stored',
      createdAt: upload.at,
      createdBy: upload.by,
      uploadedAt: upload.at,
      uploadedBy: upload.by,
    };
    items.push(attachmentItem(record));
  }
  return { refs, items };
}
