import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type { Clock } from '#ports/clock';
import {
  filePrefixes,
  type FileDownload,
  type FileStore,
  type StoredFileFacts,
  type UploadTarget,
} from '#ports/file-store';
import { inspectStream } from '../files/inspect-stream.ts';

/** What an upload token allows: one PUT of exactly `size` bytes of `type` to `key`. */
const TokenClaims = z.object({
  key: z.string(),
  size: z.number().int().positive(),
  type: z.string(),
  /** Expiry, epoch milliseconds. */
  exp: z.number(),
  /** Makes each token single-use. */
  nonce: z.string(),
});
type TokenClaims = z.infer<typeof TokenClaims>;

/** The route that receives uploads in local mode (`routes/uploads.ts`). */
export const LOCAL_UPLOAD_PATH = '/api/uploads/';

/**
 * Local mode's file store: a folder (`.data/files`, or a temporary one for `--in-memory`).
 * Uploads take the same shape as on S3: the API hands out a signed single-use URL on this
 * server, and the upload route streams the body to disk, refusing any other length, as S3
 * does with a presigned PUT whose Content-Length is signed.
 */
export class LocalFileStore implements FileStore {
  readonly #root: string;
  readonly #clock: Clock;
  /** Tokens die with the process: an upload is a matter of minutes. */
  readonly #secret = randomBytes(32);
  readonly #used = new Set<string>();

  constructor(root: string, clock: Clock) {
    this.#root = resolve(root);
    this.#clock = clock;
  }

  createUpload(
    key: string,
    options: { contentType: string; size: number; expiresInSeconds: number },
  ): Promise<UploadTarget> {
    const exp = this.#clock.now().getTime() + options.expiresInSeconds * 1000;
    const claims: TokenClaims = {
      key,
      size: options.size,
      type: options.contentType,
      exp,
      nonce: randomBytes(12).toString('base64url'),
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return Promise.resolve({
      method: 'PUT',
      url: `${LOCAL_UPLOAD_PATH}${payload}.${this.#sign(payload)}`,
      headers: { 'content-type': options.contentType },
      expiresAt: new Date(exp).toISOString(),
    });
  }

  /**
   * Receives the body of `PUT /api/uploads/{token}`, streaming it to disk; refuses a bad or
   * used token, another media type, and any length but the one signed.
   */
  async receive(
    token: string,
    contentType: string | undefined,
    body: ReadableStream<Uint8Array> | null,
  ): Promise<void> {
    const claims = this.#verify(token);
    if ((contentType ?? '').split(';')[0]!.trim().toLowerCase() !== claims.type) {
      throw new DomainError(
        'attachment/upload-refused',
        `Send the file with Content-Type: ${claims.type}`,
      );
    }
    if (this.#used.has(claims.nonce)) {
      throw new DomainError('token/invalid', 'This upload link was already used');
    }
    this.#used.add(claims.nonce);
    const target = this.#path(claims.key);
    const partial = `${target}.upload-${claims.nonce}`;
    await mkdir(dirname(target), { recursive: true });
    const file = await open(partial, 'wx');
    let written = 0;
    try {
      for await (const chunk of body ?? new ReadableStream<Uint8Array>()) {
        written += chunk.length;
        if (written > claims.size) {
          throw new DomainError(
            'attachment/too-large',
            `The upload is longer than the ${claims.size} bytes declared`,
          );
        }
        await file.write(chunk);
      }
      if (written !== claims.size) {
        throw new DomainError(
          'attachment/upload-refused',
          `The upload has ${written} bytes, not the ${claims.size} declared`,
        );
      }
      await file.close();
      // A hard link fails if the name exists: the first finished upload wins, whole.
      await link(partial, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') throw new DomainError('token/invalid', 'Already uploaded');
        throw error;
      });
    } catch (error) {
      // Let the browser retry the same link after a broken connection.
      if (!(error instanceof DomainError && error.code === 'token/invalid'))
        this.#used.delete(claims.nonce);
      throw error;
    } finally {
      await file.close().catch(() => undefined);
      await unlink(partial).catch(() => undefined);
    }
  }

  async inspect(key: string, sampleBytes: number): Promise<StoredFileFacts | undefined> {
    const path = this.#path(key);
    if (!(await exists(path))) return undefined;
    return inspectStream(createReadStream(path), sampleBytes);
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.#path(to);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.#path(from), target);
  }

  /**
   * Writes a kept file directly, as a checked upload would have left it. For the demo seed only
   * (local/seed/seed-files.ts): the API keeps files through `createUpload`, `inspect`, `move`.
   * Written under a temporary name, then renamed, so a reader never sees half a file.
   */
  async writeSeededFile(key: string, bytes: Uint8Array): Promise<void> {
    if (!key.startsWith(filePrefixes.kept)) throw new Error(`Not a kept file's key: ${key}`);
    const target = this.#path(key);
    const partial = `${target}.seed-${randomBytes(6).toString('hex')}`;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(partial, bytes);
    await rename(partial, target);
  }

  /**
   * Removes uploads never confirmed that are older than `olderThanMs`: S3's lifecycle rule for
   * `pending/` (a day), done by the launcher in local mode. Returns how many files went.
   */
  async sweepPending(olderThanMs: number): Promise<number> {
    const cutoff = this.#clock.now().getTime() - olderThanMs;
    const pending = join(this.#root, filePrefixes.pending);
    let removed = 0;
    const sweep = async (folder: string): Promise<boolean> => {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      let left = entries.length;
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (await sweep(path)) left -= 1;
          continue;
        }
        // An upload still arriving has a fresh modification time: it stays.
        if ((await stat(path)).mtimeMs >= cutoff) continue;
        await unlink(path);
        removed += 1;
        left -= 1;
      }
      // An application's folder emptied by the sweep goes too; the pending folder itself stays.
      if (left === 0 && folder !== pending) {
        await rm(folder, { recursive: true, force: true });
        return true;
      }
      return false;
    };
    await sweep(pending);
    return removed;
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  async download(key: string): Promise<FileDownload | undefined> {
    const path = this.#path(key);
    const facts = await stat(path).catch(() => undefined);
    if (!facts?.isFile()) return undefined;
    return {
      kind: 'stream',
      body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
      size: facts.size,
    };
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#secret).update(payload).digest('base64url');
  }

  #verify(token: string): TokenClaims {
    const [payload = '', signature = ''] = token.split('.');
    const expected = Buffer.from(this.#sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new DomainError('token/invalid', 'This upload link is not valid');
    }
    const claims = TokenClaims.parse(JSON.parse(Buffer.from(payload, 'base64url').toString()));
    if (claims.exp <= this.#clock.now().getTime()) {
      throw new DomainError('token/expired', 'This upload link has expired: start again');
    }
    return claims;
  }

  /** Keys are made by the API, never by callers; still, nothing may leave the root. */
  #path(key: string): string {
    const path = resolve(join(this.#root, key));
    if (!path.startsWith(this.#root + sep)) throw new Error(`Bad file key ${key}`);
    return path;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
