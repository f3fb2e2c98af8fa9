import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import {
  attachmentDisposition,
  type FileDownload,
  type FileStore,
  type StoredFileFacts,
  type UploadTarget,
} from '#ports/file-store';
import { inspectStream } from '../files/inspect-stream.ts';

/**
 * The API may not list the bucket (least privilege), and then S3 answers 403, not 404, for a
 * key that does not exist; under the prefixes it may read, a 403 can only mean that.
 */
const missing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error instanceof S3ServiceException && [403, 404].includes(error.$metadata.httpStatusCode ?? 0));

/**
 * Attachments in a private S3 bucket. Browsers upload with a presigned PUT whose Content-Type
 * and Content-Length are signed, so S3 itself refuses a larger (or any other) body; downloads
 * are presigned GETs that name the file and force `attachment`.
 */
export class S3FileStore implements FileStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  /**
   * @example S3FileStore.forBucket(process.env.FILES_BUCKET, { region: 'eu-central-1' })
   */
  static forBucket(bucket: string, config: S3ClientConfig = {}): S3FileStore {
    // By default the SDK signs a checksum of the (empty) body into presigned PUT URLs, and
    // every real upload then fails.
    return new S3FileStore(
      new S3Client({ ...config, requestChecksumCalculation: 'WHEN_REQUIRED' }),
      bucket,
    );
  }

  async createUpload(
    key: string,
    options: { contentType: string; size: number; expiresInSeconds: number },
  ): Promise<UploadTarget> {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: options.contentType,
      ContentLength: options.size,
    });
    const url = await getSignedUrl(this.s3, command, {
      expiresIn: options.expiresInSeconds,
      // Signed headers are part of the signature: S3 refuses a body of another length or type.
      signableHeaders: new Set(['content-type', 'content-length']),
    });
    return {
      method: 'PUT',
      url,
      // Content-Length is set by the browser from the file itself and may not be set by scripts.
      headers: { 'content-type': options.contentType },
      expiresAt: new Date(Date.now() + options.expiresInSeconds * 1000).toISOString(),
    };
  }

  async inspect(key: string, sampleBytes: number): Promise<StoredFileFacts | undefined> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return await inspectStream(object.Body as Readable, sampleBytes);
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    await this.s3.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: to,
        CopySource: `${this.bucket}/${encodeURIComponent(from).replace(/%2F/g, '/')}`,
      }),
    );
    await this.delete(from);
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async download(
    key: string,
    options: { fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<FileDownload | undefined> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
    return { kind: 'redirect', url: await this.downloadUrl(key, options) };
  }

  /** A presigned GET that makes S3 answer as a download named `fileName`. */
  downloadUrl(
    key: string,
    options: { fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<string> {
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: attachmentDisposition(options.fileName),
        ResponseContentType: options.contentType,
      }),
      { expiresIn: options.expiresInSeconds },
    );
  }
}
