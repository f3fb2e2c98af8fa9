import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt at OWASP's recommended minimum (N=2^17, r=8, p=1), with a 16-byte per-user salt.
 * The parameters are stored with the hash (`scrypt$N$r$p$salt$hash`), so they can be raised
 * later and old hashes still verify (and can be upgraded at the next sign-in).
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt
 */
export const currentScryptParams = { cost: 2 ** 17, blockSize: 8, parallelization: 1 } as const;
const keyLength = 32;

function derive(
  password: string,
  salt: Buffer,
  params: Required<Pick<ScryptOptions, 'cost' | 'blockSize' | 'parallelization'>>,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128·N·r bytes are needed; Node's default cap (32 MiB) is below that for N=2^17.
    const maxmem = 256 * params.cost * params.blockSize;
    scrypt(password.normalize('NFC'), salt, keyLength, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, currentScryptParams);
  const { cost, blockSize, parallelization } = currentScryptParams;
  return [
    'scrypt',
    cost,
    blockSize,
    parallelization,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelization, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    cost: Number(cost),
    blockSize: Number(blockSize),
    parallelization: Number(parallelization),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const [, cost, blockSize, parallelization] = stored.split('$').map(Number);
  return (
    cost !== currentScryptParams.cost ||
    blockSize !== currentScryptParams.blockSize ||
    parallelization !== currentScryptParams.parallelization
  );
}
