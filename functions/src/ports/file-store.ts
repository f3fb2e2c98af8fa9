import type { UploadTarget } from '@laureate/schemas';
import type { FileSample } from '#domain/file-type';

export type { UploadTarget };

/** What the store read of an object in one pass: its size, its ends for sniffing, its hash. */
export interface StoredFileFacts extends FileSample {
  /** SHA-256 of the whole content, 64 hex digits. */
  sha256: string;
}

/** How the API hands a file to a browser: a short-lived link, or the bytes themselves. */
export type FileDownload =
  | { kind: 'redirect'; url: string }
  | { kind: 'stream'; body: ReadableStream<Uint8Array>; size: number };

/**
 * Where attachment bytes live: S3 on AWS, a folder in local mode. Browsers upload straight to
 * it with a target the API creates, so no file passes through the API (a Lambda's payload is
 * limited to 6 MB). Keys come from `fileKeys`.
 */
export interface FileStore {
  /**
   * A one-request upload of exactly `size` bytes of `contentType` to `key`, valid for
   * `expiresInSeconds`. The store itself refuses any other length.
   */
  createUpload(
    key: string,
    options: { contentType: string; size: number; expiresInSeconds: number },
  ): Promise<UploadTarget>;
  /**
   * Reads the object once: size, first and last `sampleBytes` bytes, SHA-256. Undefined if
   * there is no such object (the upload never happened or has not finished).
   */
  inspect(key: string, sampleBytes: number): Promise<StoredFileFacts | undefined>;
  /** Renames an object within the store (pending upload → kept file). */
  move(from: string, to: string): Promise<void>;
  /** Removes an object; removing one that does not exist is not an error. */
  delete(key: string): Promise<void>;
  /** A download as an attachment named `fileName` (a link valid for `expiresInSeconds`). */
  download(
    key: string,
    options: { fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<FileDownload | undefined>;
}

/**
 * The two key prefixes, declared once: the bucket's lifecycle rule and the API's grant
 * (cdk/constructs/attachment-bucket.ts) name them too.
 */
export const filePrefixes = { pending: 'pending/', kept: 'files/' } as const;

/**
 * Object keys. Uploads land under `pending/`, which a lifecycle rule empties after a day, and
 * move to `files/` once the API has checked them: an upload nobody confirms never lingers.
 */
export const fileKeys = {
  pending: (applicationId: string, attachmentId: string) =>
    `${filePrefixes.pending}${applicationId}/${attachmentId}`,
  kept: (applicationId: string, attachmentId: string) =>
    `${filePrefixes.kept}${applicationId}/${attachmentId}`,
};

/** Content-Disposition for a download: an ASCII fallback and the real name (RFC 6266, 8187). */
export function attachmentDisposition(fileName: string): string {
  // Old clients read only `filename`: ASCII, and a neutral name if nothing of it is ASCII.
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\/:*?<>|;%]/g, '_')
    .trim();
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(ascii)?.[0] ?? '';
  const fallback = /[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - extension.length))
    ? ascii
    : `attachment${extension}`;
  const encoded = encodeURIComponent(fileName.replace(/[\r\n/\\]/g, '_')).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
