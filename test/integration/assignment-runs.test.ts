import { beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentRunResult } from '@laureate/schemas';
import { splitText } from '../../functions/src/adapters/dynamodb/assignment-run-store.ts';
import { newRunId } from '../../functions/src/jobs/assignment-run.ts';
import type { AssignmentRunRecord } from '../../functions/src/ports/assignment-runs.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const at = (minutes: number) => new Date(Date.UTC(2027, 2, 1, 10, minutes)).toISOString();

function runRecord(competitionId: string, runId: string, minutes = 0): AssignmentRunRecord {
  return {
    competitionId,
    runId,
    dryRun: true,
    startedBy: 'user-organiser',
    state: 'running',
    stage: 'queued',
    fraction: 0,
    startedAt: at(minutes),
    updatedAt: at(minutes),
  };
}

/** A preview with `pairs` added pairs and 600 jurors: several items' worth at a few thousand. */
function bigResult(pairs: number): AssignmentRunResult {
  return {
    status: 'optimal',
    dryRun: true,
    objective: 123.5,
    affinityTotal: 130,
    penalty: 6.5,
    added: Array.from({ length: pairs }, (_, index) => ({
      applicationId: `app-project-${String(index).padStart(6, '0')}`,
      jurorId: `user-juror-${index % 600}`,
    })),
    removed: [],
    kept: 0,
    unchanged: 0,
    // Names in Cyrillic: several bytes a character, as in real results.
    loads: Array.from({ length: 600 }, (_, index) => ({
      jurorId: `user-juror-${index}`,
      jurorName: `Эксперт Номер ${index}`,
      load: 10,
      minLoad: 0,
      maxLoad: 60,
      available: true,
      started: 0,
    })),
    loadSpread: { min: 0, median: 0, max: 0 },
    certified: true,
    durationMs: 10,
  };
}

describe('the assignment run store', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });

  it('keeps one run going per competition, and lets a new one take an expired lease', async () => {
    const runs = api.deps.assignmentRuns;
    expect(await runs.start(runRecord('comp-lease-1', 'run-first-1'), at(15))).toEqual({
      started: true,
    });
    expect(await runs.start(runRecord('comp-lease-1', 'run-second-1', 5), at(20))).toEqual({
      started: false,
      activeRunId: 'run-first-1',
    });
    // Another competition is not held up.
    expect(await runs.start(runRecord('comp-lease-2', 'run-other-1'), at(15))).toEqual({
      started: true,
    });
    // Past its lease the first run is taken as dead; its late finish leaves the new lease alone.
    expect(await runs.start(runRecord('comp-lease-1', 'run-third-1', 16), at(31))).toEqual({
      started: true,
    });
    await runs.finish(
      'comp-lease-1',
      'run-first-1',
      { problem: { code: 'x', detail: 'y' } },
      at(17),
    );
    expect(await runs.start(runRecord('comp-lease-1', 'run-fourth-1', 18), at(33))).toEqual({
      started: false,
      activeRunId: 'run-third-1',
    });
    expect(await runs.get('comp-lease-1', 'run-first-1')).toMatchObject({ state: 'failed' });
    // Newest first (ids sort by start time), and nothing of another competition.
    expect((await runs.listRecent('comp-lease-1', 5)).map((run) => run.runId)).toEqual([
      'run-third-1',
      'run-first-1',
    ]);
  });

  it('stores a result larger than one item in parts and reads it back whole', async () => {
    const runs = api.deps.assignmentRuns;
    const result = bigResult(6000);
    expect(splitText(JSON.stringify(result)).length).toBeGreaterThan(2);
    await runs.start(runRecord('comp-big-1', 'run-big-1'), at(15));
    await runs.progress('comp-big-1', 'run-big-1', { stage: 'solving', fraction: 0.15 }, at(1));
    expect(await runs.get('comp-big-1', 'run-big-1')).toMatchObject({
      state: 'running',
      stage: 'solving',
      fraction: 0.15,
    });
    await runs.finish('comp-big-1', 'run-big-1', { result }, at(2));
    // A progress write arriving late never turns a finished run back.
    await runs.progress('comp-big-1', 'run-big-1', { stage: 'saving', fraction: 0.8 }, at(3));
    const stored = await runs.get('comp-big-1', 'run-big-1');
    expect(stored).toMatchObject({ state: 'done', stage: 'finished', fraction: 1 });
    expect(stored?.result).toEqual(result);
    // The lease went with the finish: the next run starts.
    expect((await runs.start(runRecord('comp-big-1', 'run-big-2', 3), at(18))).started).toBe(true);
  });

  it('names runs so that their ids sort by start time', () => {
    const times = [0, 1, 35, 36, 1_800_000_000_000, 2_000_000_000_000, 2_900_000_000_000];
    const ids = times.map((time) => newRunId(new Date(time)));
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z_-]{6,64}$/);
  });

  it('splits text without cutting a character in two', () => {
    const text = `ab${'😀'.repeat(5)}`;
    const parts = splitText(text, 3);
    expect(parts.join('')).toBe(text);
    // A lone half of a surrogate pair would be a broken character.
    for (const part of parts) expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
  });
});
