import { describe, expect, it } from 'vitest';
import { S3FileStore } from './s3-file-store.ts';

// Presigning is local computation: no request leaves the machine.
const store = S3FileStore.forBucket('laureate-files-bucket', {
  region: 'eu-central-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
});

describe('S3FileStore', () => {
  it('signs upload URLs over the content type and length, so S3 refuses any other body', async () => {
    const target = await store.createUpload('pending/app-1/att-1', {
      contentType: 'application/pdf',
      size: 12345,
      expiresInSeconds: 900,
    });
    const url = new URL(target.url);
    expect(url.hostname).toBe('laureate-files-bucket.s3.eu-central-1.amazonaws.com');
    expect(url.pathname).toBe('/pending/app-1/att-1');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    // No checksum of an empty body signed in: that would make every real upload fail.
    expect([...url.searchParams.keys()].filter((key) => /checksum/i.test(key))).toEqual([]);
    expect(target).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
  });

  it('signs short-lived download links that force a download under the file’s own name', async () => {
    // Without a HEAD request: the object's existence is checked by the real call only.
    const url = new URL(
      await store.downloadUrl('files/app-1/att-1', {
        fileName: 'Устав.pdf',
        contentType: 'application/pdf',
        expiresInSeconds: 60,
      }),
    );
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="attachment.pdf"; filename*=UTF-8''%D0%A3%D1%81%D1%82%D0%B0%D0%B2.pdf`,
    );
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
  });
});
