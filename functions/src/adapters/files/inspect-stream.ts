import { createHash } from 'node:crypto';
import type { StoredFileFacts } from '#ports/file-store';

/**
 * Reads a file's bytes once, keeping only its first and last `sampleBytes` bytes and a running
 * SHA-256, so that even a large attachment costs little memory.
 */
export async function inspectStream(
  chunks: AsyncIterable<Uint8Array>,
  sampleBytes: number,
): Promise<StoredFileFacts> {
  const hash = createHash('sha256');
  const head = new Uint8Array(sampleBytes);
  let headLength = 0;
  let tail = new Uint8Array(0);
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
    if (headLength < sampleBytes) {
      const taken = chunk.subarray(0, sampleBytes - headLength);
      head.set(taken, headLength);
      headLength += taken.length;
    }
    const joined = new Uint8Array(Math.min(sampleBytes, tail.length + chunk.length));
    const fromChunk = chunk.subarray(Math.max(0, chunk.length - joined.length));
    joined.set(tail.subarray(tail.length - (joined.length - fromChunk.length)), 0);
    joined.set(fromChunk, joined.length - fromChunk.length);
    tail = joined;
  }
  return { size, head: head.subarray(0, headLength), tail, sha256: hash.digest('hex') };
}
