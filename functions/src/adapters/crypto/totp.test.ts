import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32, hotp, newTotpSecret, totpStep, verifyTotp } from './totp.ts';

// RFC 4226 appendix D and RFC 6238 appendix B, secret "12345678901234567890".
const rfcSecret = Buffer.from('12345678901234567890');

describe('TOTP', () => {
  it('matches the RFC 4226 HOTP test vectors', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(rfcSecret, counter))).toEqual(expected);
  });

  it('matches the RFC 6238 SHA-1 test vectors (eight digits)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ];
    for (const [seconds, code] of vectors) {
      expect(hotp(rfcSecret, totpStep(new Date(seconds * 1000)), 8)).toBe(code);
    }
  });

  it('round-trips base32', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(encodeBase32(decodeBase32(secret))).toBe(secret);
  });

  it('accepts the current code and one step of drift, and refuses a replay', () => {
    const secret = encodeBase32(rfcSecret);
    const now = new Date(1234567890 * 1000);
    const step = totpStep(now);
    const code = hotp(rfcSecret, step);
    expect(verifyTotp(secret, code, now)).toBe(step);
    expect(verifyTotp(secret, code, new Date(now.getTime() + 30_000))).toBe(step);
    expect(verifyTotp(secret, code, new Date(now.getTime() + 90_000))).toBeUndefined();
    expect(verifyTotp(secret, code, now, step)).toBeUndefined();
    expect(verifyTotp(secret, '12345', now)).toBeUndefined();
  });
});
