import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '#ports/clock';
import { LocalFileStore } from './local-file-store.ts';

const HOUR = 60 * 60 * 1000;

describe('the local file store', () => {
  it('sweeps uploads never confirmed after a day, as the S3 lifecycle rule does', async () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const root = mkdtempSync(join(tmpdir(), 'laureate-files-'));
    const file = (key: string, ageHours: number) => {
      const path = join(root, key);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'bytes');
      const at = new Date(now.getTime() - ageHours * HOUR);
      utimesSync(path, at, at);
      return path;
    };
    const abandoned = file('pending/app-1/att-old', 30);
    const alsoAbandoned = file('pending/app-2/att-old', 25);
    const recent = file('pending/app-2/att-new', 1);
    const kept = file('files/app-1/att-kept', 300);

    const store = new LocalFileStore(root, fixedClock(now.toISOString()));
    expect(await store.sweepPending(24 * HOUR)).toBe(2);
    expect([abandoned, alsoAbandoned].map(existsSync)).toEqual([false, false]);
    expect([recent, kept].map(existsSync)).toEqual([true, true]);
    // The emptied application folder goes; the one still holding an upload stays.
    expect(existsSync(join(root, 'pending/app-1'))).toBe(false);
    expect(existsSync(join(root, 'pending/app-2'))).toBe(true);
    // Nothing pending at all is not an error.
    expect(
      await new LocalFileStore(
        mkdtempSync(join(tmpdir(), 'x-')),
        fixedClock(now.toISOString()),
      ).sweepPending(HOUR),
    ).toBe(0);
  });
});
