import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, issueReceipt } from './submission-receipt.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'х' } })).toBe(
      '{"a":{"c":"х","d":[3,1]},"b":1}',
    );
  });

  it('drops undefined members, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON, whatever the key order', async () => {
    const expected = `sha256:${createHash('sha256').update('{"problem":"Одиночество","title":"Тёплый эфир"}').digest('hex')}`;
    expect(await contentHash({ title: 'Тёплый эфир', problem: 'Одиночество' })).toBe(expected);
    expect(await contentHash({ problem: 'Одиночество', title: 'Тёплый эфир' })).toBe(expected);
  });

  it('changes when any answer changes', async () => {
    expect(await contentHash({ budget: 100 })).not.toBe(await contentHash({ budget: 101 }));
  });
});

describe('issueReceipt', () => {
  it('records the version, the instant and the hash', async () => {
    const receipt = await issueReceipt('app-1', 3, { a: 1 }, new Date('2027-03-15T12:59:30Z'));
    expect(receipt).toEqual({
      applicationId: 'app-1',
      version: 3,
      submittedAt: '2027-03-15T12:59:30.000Z',
      contentHash: await contentHash({ a: 1 }),
    });
  });
});
