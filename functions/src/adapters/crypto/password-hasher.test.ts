import { describe, expect, it } from 'vitest';
import {
  currentScryptParams,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './password-hasher.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('stores the parameters with the hash, at or above OWASP minimums, with a fresh salt each time', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    const [scheme, cost, blockSize, parallelization, salt] = first.split('$');
    expect(scheme).toBe('scrypt');
    expect(Number(cost)).toBeGreaterThanOrEqual(2 ** 17);
    expect(Number(blockSize)).toBeGreaterThanOrEqual(8);
    expect(Number(parallelization)).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(salt!, 'base64url').length).toBe(16);
    expect(first).not.toBe(second);
  });

  it('derives with the parameters stored in the hash, and flags weaker ones for rehashing', async () => {
    const hash = await hashPassword('pässword');
    const weaker = hash.replace(`$${currentScryptParams.cost}$`, '$16384$');
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(weaker)).toBe(true);
    // Verification uses the stored cost (2^14), not today's: the key differs, so it fails.
    expect(await verifyPassword('pässword', weaker)).toBe(false);
  });

  it('normalises Unicode so the same typed password always matches', async () => {
    const composed = 'Қазақ'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('refuses malformed stored hashes', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});
