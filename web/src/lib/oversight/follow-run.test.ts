import type { AssignmentRunStatus } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { followRun, pollDelay } from './follow-run.ts';

const status = (patch: Partial<AssignmentRunStatus>): AssignmentRunStatus => ({
  runId: 'run-abc-123',
  competitionId: 'comp-123456',
  dryRun: true,
  state: 'running',
  stage: 'queued',
  fraction: 0,
  startedAt: '2027-03-01T10:00:00Z',
  updatedAt: '2027-03-01T10:00:00Z',
  ...patch,
});

describe('following a background run', () => {
  it('shows every answer until the run is over, and returns the last', async () => {
    const answers = [
      status({ stage: 'loading', fraction: 0.05 }),
      status({ stage: 'saving', fraction: 0.8, saved: 100, toSave: 400 }),
      status({ state: 'done', stage: 'finished', fraction: 1 }),
    ];
    const asked: string[] = [];
    const shown: string[] = [];
    const waits: number[] = [];
    const last = await followRun(
      status({}),
      (runId) => {
        asked.push(runId);
        return Promise.resolve(answers.shift()!);
      },
      (current) => shown.push(`${current.stage} ${current.fraction}`),
      { wait: (ms) => Promise.resolve(void waits.push(ms)) },
    );
    expect(last.state).toBe('done');
    expect(asked).toEqual(['run-abc-123', 'run-abc-123', 'run-abc-123']);
    expect(shown).toEqual(['queued 0', 'loading 0.05', 'saving 0.8', 'finished 1']);
    expect(waits).toEqual([300, 300, 300]);
  });

  it('stops asking when the page is left', async () => {
    let asked = 0;
    let left = false;
    const last = await followRun(
      status({}),
      () => {
        asked++;
        left = true;
        return Promise.resolve(status({ stage: 'solving', fraction: 0.15 }));
      },
      () => undefined,
      { wait: () => Promise.resolve(), stopped: () => left },
    );
    expect(asked).toBe(1);
    expect(last.state).toBe('running');
  });

  it('asks less often once a run is long', () => {
    expect(pollDelay(0)).toBe(300);
    expect(pollDelay(30)).toBe(1000);
  });
});
