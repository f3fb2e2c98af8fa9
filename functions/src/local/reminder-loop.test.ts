import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReminderRunReport } from '#jobs/review-reminders';
import { fixedClock } from '#ports/clock';
import { startReminderLoop } from './reminder-loop.ts';

const MINUTE = 60_000;
const nothing: ReminderRunReport = { competitions: 1, sent: [], skipped: 0, failed: 0 };
const sent = (jurorIds: string[]): ReminderRunReport => ({
  ...nothing,
  sent: jurorIds.map((jurorId) => ({
    competitionId: 'c',
    jurorId,
    locale: 'en',
    daysBefore: 3,
    deadlineAt: '2027-05-01T13:00:00.000Z',
    unfinished: 1,
  })),
});

describe('the local reminder loop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once and then every interval, on the clock it is given, logging only runs that sent', async () => {
    vi.useFakeTimers();
    const clock = fixedClock('2027-04-28T13:00:00Z');
    const runs: string[] = [];
    const reports = [sent(['a', 'b', 'b']), nothing, sent(['c'])];
    const lines: string[] = [];
    const loop = startReminderLoop({
      clock,
      run: (now) => {
        runs.push(now.toISOString());
        return Promise.resolve(reports.shift() ?? nothing);
      },
      everyMs: 5 * MINUTE,
      log: (line) => lines.push(line),
      outbox: 'http://localhost:3000/dev/outbox',
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['2027-04-28T13:00:00.000Z']);
    clock.set('2027-04-30T13:00:00Z');
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(runs).toEqual([
      '2027-04-28T13:00:00.000Z',
      '2027-04-30T13:00:00.000Z',
      '2027-04-30T13:00:00.000Z',
    ]);
    expect(lines).toEqual([
      'Automatic review reminders: 3 sent to 2 jurors (http://localhost:3000/dev/outbox)',
      'Automatic review reminders: 1 sent to 1 juror (http://localhost:3000/dev/outbox)',
    ]);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(runs).toHaveLength(3);
  });

  it('never overlaps runs, and stop() waits for the one in progress', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    let started = 0;
    let finished = 0;
    const loop = startReminderLoop({
      clock: fixedClock('2027-04-28T13:00:00Z'),
      run: async () => {
        started += 1;
        await new Promise<void>((resolve) => (finish = resolve));
        finished += 1;
        return nothing;
      },
      everyMs: MINUTE,
      log: () => undefined,
      outbox: '/dev/outbox',
    });
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(started).toBe(1);
    const stopping = loop.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(finished).toBe(1);
    expect(started).toBe(1);
  });

  it('says in one line when a run failed, and keeps going', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    let calls = 0;
    const loop = startReminderLoop({
      clock: fixedClock('2027-04-28T13:00:00Z'),
      run: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new Error('connect ECONNREFUSED'))
          : Promise.resolve({ ...sent(['a']), failed: 1 });
      },
      everyMs: MINUTE,
      log: (line) => lines.push(line),
      outbox: '/dev/outbox',
    });
    await vi.advanceTimersByTimeAsync(MINUTE);
    await loop.stop();
    expect(lines).toEqual([
      'Automatic review reminders could not run: connect ECONNREFUSED',
      'Automatic review reminders: 1 sent to 1 juror, 1 failed (tried again next time) (/dev/outbox)',
    ]);
  });

  it('never keeps the process alive: a script that starts it and forgets it exits by itself', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const loopModule = fileURLToPath(new URL('./reminder-loop.ts', import.meta.url));
    const script = `
      const { startReminderLoop } = await import(${JSON.stringify(loopModule)});
      startReminderLoop({
        clock: { now: () => new Date() },
        run: async () => ({ competitions: 0, sent: [], skipped: 0, failed: 0 }),
        everyMs: 60_000,
        log: console.log,
        outbox: '/dev/outbox',
      });
      console.log('started');
    `;
    const started = Date.now();
    const result = spawnSync(process.execPath, [tsx, '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('started');
    expect(result.status).toBe(0);
    // Well before the first interval (a minute) would have fired.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
