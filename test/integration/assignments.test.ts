import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentEditResult,
  AssignmentList,
  AssignmentRunList,
  AssignmentRunResult,
  AssignmentRunStatus,
  AuditPage,
  Problem,
} from '@laureate/schemas';
import {
  performAssignmentRun,
  startAssignmentRun,
} from '../../functions/src/jobs/assignment-run.ts';
import { competitionRecord } from '../helpers/factories.ts';
import { call, createReviewWorld, type ReviewWorld } from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

describe('assignment: solver runs and hand edits', () => {
  let api: TestApi;
  let world: ReviewWorld;
  let base: string;

  const run = async (body: Record<string, unknown> = {}) => {
    const response = await call(
      api,
      'POST',
      `${base}/assignment/run`,
      world.organiser.cookie,
      body,
    );
    expect(response.status).toBe(200);
    return AssignmentRunResult.parse(await response.json());
  };
  const list = async () =>
    AssignmentList.parse(
      await (await call(api, 'GET', `${base}/assignments`, world.organiser.cookie)).json(),
    );
  const setRole = async (jurorId: string, changes: { maxLoad?: number; available?: boolean }) => {
    const role = (await api.deps.competitionRoles.get(world.competitionId, 'juror', jurorId))!;
    await api.deps.competitionRoles.update(
      { ...role, ...changes, version: (role.version ?? 1) + 1 },
      role.version ?? 1,
    );
  };

  beforeAll(async () => {
    api = await createTestApi({ now: '2027-03-01T10:00:00Z' });
    world = await createReviewWorld(api, {
      reviewsPerApplication: 2,
      assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: false },
    });
    base = `/competitions/${world.competitionId}`;
  });

  it('assigns every eligible application k jurors, across the border, never a conflicted one', async () => {
    const dry = await run({ dryRun: true });
    expect(dry.status).toBe('optimal');
    expect((await list()).items).toEqual([]);

    const result = await run();
    if (result.status !== 'optimal') throw new Error('expected an assignment');
    expect(result.certified).toBe(true);
    expect(result.added).toHaveLength(6);
    expect(result.removed).toEqual([]);
    expect(result.objective).toBe(dry.status === 'optimal' ? dry.objective : NaN);

    const { items, applications } = await list();
    const { ru, kz, spare, draft } = world.applications;
    expect(applications.map((item) => [item.applicationId, item.assigned]).sort()).toEqual(
      [
        [ru, 2],
        [kz, 2],
        [spare, 2],
      ].sort(),
    );
    expect(items.some((item) => item.applicationId === draft)).toBe(false);
    expect(
      items.some((item) => item.applicationId === ru && item.jurorId === world.jurors.member.id),
    ).toBe(false);
    const countryOf = new Map([
      [world.jurors.ru1.id, 'RU'],
      [world.jurors.ru2.id, 'RU'],
      [world.jurors.kz1.id, 'KZ'],
      [world.jurors.kz2.id, 'KZ'],
      [world.jurors.member.id, 'KZ'],
    ]);
    const applicantCountry = new Map([
      [ru, 'RU'],
      [kz, 'KZ'],
      [spare, 'KZ'],
    ]);
    for (const [applicationId, country] of applicantCountry) {
      const countries = items
        .filter((item) => item.applicationId === applicationId)
        .map((item) => countryOf.get(item.jurorId));
      expect(
        countries.some((juror) => juror !== country),
        applicationId,
      ).toBe(true);
    }
    expect(items.every((item) => item.source === 'solver' && item.progress === 'not_started')).toBe(
      true,
    );
    // Running again changes nothing: the optimum is deterministic.
    const again = await run();
    expect(again).toMatchObject({ status: 'optimal', added: [], removed: [], unchanged: 6 });
  });

  it('keeps started reviews when a juror drops out, and reassigns the rest', async () => {
    const before = await list();
    const leaving = before.items[0]!;
    const startedApplication = leaving.applicationId;
    const cookie = Object.values(world.jurors).find(
      (juror) => juror.id === leaving.jurorId,
    )!.cookie;
    const draft = await call(api, 'PUT', `${base}/reviews/${startedApplication}`, cookie, {
      scores: { relevance: { score: 5 } },
      version: 0,
    });
    expect(draft.status).toBe(200);
    await setRole(leaving.jurorId, { available: false });

    const result = await run();
    if (result.status !== 'optimal') throw new Error('expected an assignment');
    expect(result.kept).toBe(1);
    const after = await list();
    const theirs = after.items.filter((item) => item.jurorId === leaving.jurorId);
    expect(theirs.map((item) => [item.applicationId, item.progress])).toEqual([
      [startedApplication, 'in_progress'],
    ]);
    expect(after.applications.every((item) => item.assigned === 2)).toBe(true);
    await setRole(leaving.jurorId, { available: true });
  });

  it('explains an infeasible run by rule, application and shortfall, and stores nothing', async () => {
    const before = await list();
    // Only four jurors may review NGO RU's application (the fifth is a member of it).
    const settings = (await api.deps.competitions.get(world.competitionId))!;
    await api.deps.competitions.update(
      { ...settings, reviewsPerApplication: 5, version: settings.version + 1 },
      settings.version,
    );
    try {
      const result = await run();
      if (result.status !== 'infeasible') throw new Error('expected no assignment');
      const failure = result.failures.find((item) => item.rule === 'kReviews');
      // Counted beyond any review already started on it (the previous test started one).
      const ru = failure?.applications.find((item) => item.applicationId === world.applications.ru);
      expect(ru?.shortfall).toBe(1);
      expect((ru?.required ?? 0) - (ru?.available ?? 0)).toBe(1);
      expect(failure?.applications).toHaveLength(1);
      expect(failure?.applications[0]?.title).toMatch(/^Project /);
      expect((await list()).items).toEqual(before.items);
    } finally {
      const current = (await api.deps.competitions.get(world.competitionId))!;
      await api.deps.competitions.update(
        { ...current, reviewsPerApplication: 2, version: current.version + 1 },
        current.version,
      );
    }
  });

  it('validates hand edits with the same rules, warns about what later edits can fix, and audits them', async () => {
    const organiser = world.organiser.cookie;
    const { ru, draft, kz } = world.applications;
    const problem = async (response: Response) => Problem.parse(await response.json());

    const conflicted = await call(api, 'POST', `${base}/assignments`, organiser, {
      applicationId: ru,
      jurorId: world.jurors.member.id,
    });
    expect(conflicted.status).toBe(409);
    const conflictProblem = await problem(conflicted);
    expect(conflictProblem.code).toBe('assignment/not-allowed');
    expect(conflictProblem.errors?.map((error) => error.code)).toContain('conflict');

    const ineligible = await call(api, 'POST', `${base}/assignments`, organiser, {
      applicationId: draft,
      jurorId: world.jurors.ru1.id,
    });
    expect(ineligible.status).toBe(400);
    expect((await problem(ineligible)).errors?.[0]?.code).toBe('not_eligible');

    const current = await list();
    const onKz = current.items.filter((item) => item.applicationId === kz);
    const spareJuror = [
      world.jurors.ru1,
      world.jurors.ru2,
      world.jurors.kz1,
      world.jurors.kz2,
    ].find((juror) => !onKz.some((item) => item.jurorId === juror.id))!;
    const added = await call(api, 'POST', `${base}/assignments`, organiser, {
      applicationId: kz,
      jurorId: spareJuror.id,
    });
    expect(added.status).toBe(201);
    const addResult = AssignmentEditResult.parse(await added.json());
    expect(addResult.items[0]).toMatchObject({ source: 'manual', jurorId: spareJuror.id });
    expect(addResult.warnings.map((warning) => warning.rule)).toContain('kReviews');

    const removed = await call(
      api,
      'DELETE',
      `${base}/assignments/${kz}/${spareJuror.id}`,
      organiser,
    );
    expect(removed.status).toBe(200);

    // A juror at their maximum load cannot take one more.
    await setRole(spareJuror.id, {
      maxLoad: current.jurors.find((j) => j.jurorId === spareJuror.id)?.load ?? 0,
    });
    const full = await call(api, 'POST', `${base}/assignments/swap`, organiser, {
      applicationId: kz,
      fromJurorId: onKz.find((item) => item.progress === 'not_started')!.jurorId,
      toJurorId: spareJuror.id,
    });
    expect(full.status).toBe(409);
    expect((await problem(full)).errors?.map((error) => error.code)).toContain('maxLoad');
    await setRole(spareJuror.id, { maxLoad: 5 });

    const started = (await list()).items.find((item) => item.progress === 'in_progress')!;
    const keep = await call(
      api,
      'DELETE',
      `${base}/assignments/${started.applicationId}/${started.jurorId}`,
      organiser,
    );
    expect(keep.status).toBe(409);
    expect((await problem(keep)).code).toBe('assignment/review-started');

    const audit = AuditPage.parse(
      await (await call(api, 'GET', `${base}/audit?limit=100`, organiser)).json(),
    );
    const actions = audit.items.map((entry) => entry.action);
    expect(actions).toContain('assignment.added');
    expect(actions).toContain('assignment.removed');
    expect(actions.filter((action) => action === 'assignment.run').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(actions).toContain('assignment.run-infeasible');
  });

  it('runs in the background through its stages, one run at a time, to the same result', async () => {
    const runsPath = `${base}/assignment/runs`;
    const organiser = world.organiser.cookie;
    const sameRun = await run({ dryRun: true });
    // Later runs are newer: the test clock moves on as a real one would.
    api.clock.set(new Date(api.clock.now().getTime() + 60_000));
    const started = await call(api, 'POST', runsPath, organiser, { dryRun: true });
    expect(started.status).toBe(202);
    const run1 = AssignmentRunStatus.parse(await started.json());
    expect(run1).toMatchObject({ state: 'running', stage: 'queued', fraction: 0, dryRun: true });
    // A second run while the first holds the competition: refused, naming the one going.
    const second = await call(api, 'POST', runsPath, organiser, { dryRun: true });
    expect(second.status).toBe(409);
    const busy = Problem.parse(await second.json());
    expect(busy.code).toBe('assignment/run-in-progress');
    expect(JSON.stringify(busy)).toContain(run1.runId);

    // Anyone opening the page meanwhile finds the run going, newest first.
    const recent = AssignmentRunList.parse(
      await (await call(api, 'GET', runsPath, organiser)).json(),
    );
    expect(recent.items[0]).toMatchObject({ runId: run1.runId, state: 'running' });

    await api.background.idle();
    const done = AssignmentRunStatus.parse(
      await (await call(api, 'GET', `${runsPath}/${run1.runId}`, organiser)).json(),
    );
    expect(done).toMatchObject({ state: 'done', stage: 'finished', fraction: 1 });
    expect({ ...done.result, durationMs: 0 }).toEqual({ ...sameRun, durationMs: 0 });
    // Another organiser's competition does not know this run.
    const foreign = await call(
      api,
      'GET',
      `/competitions/${world.competitionId}/assignment/runs/run-none-0000`,
      organiser,
    );
    expect(foreign.status).toBe(404);

    // A saving run reports each stage, and how many changes it stored, as it goes.
    const jurorOut = (await list()).items.find((item) => item.progress === 'not_started')!;
    await setRole(jurorOut.jurorId, { available: false });
    const stages: string[] = [];
    const watched = {
      ...api.deps,
      assignmentRuns: {
        ...api.deps.assignmentRuns,
        start: api.deps.assignmentRuns.start.bind(api.deps.assignmentRuns),
        finish: api.deps.assignmentRuns.finish.bind(api.deps.assignmentRuns),
        get: api.deps.assignmentRuns.get.bind(api.deps.assignmentRuns),
        progress: async (...args: Parameters<typeof api.deps.assignmentRuns.progress>) => {
          const [, , progress] = args;
          stages.push(
            progress.stage === 'saving'
              ? `saving ${progress.saved}/${progress.toSave}`
              : progress.stage,
          );
          await api.deps.assignmentRuns.progress(...args);
        },
      },
    };
    const { job } = await startAssignmentRun(watched, {
      competitionId: world.competitionId,
      actorId: world.organiser.id,
      dryRun: false,
    });
    const result = await performAssignmentRun(watched, job);
    if (result.status !== 'optimal') throw new Error('expected an assignment');
    const changes = result.added.length + result.removed.length;
    expect(changes).toBeGreaterThan(0);
    expect(stages).toEqual([
      'loading',
      'solving',
      'checking',
      `saving 0/${changes}`,
      `saving ${changes}/${changes}`,
    ]);
    await setRole(jurorOut.jurorId, { available: true });
  });

  it('records a run that fails as failed, and frees the competition for the next', async () => {
    const { job: failing } = await startAssignmentRun(api.deps, {
      competitionId: world.competitionId,
      actorId: world.organiser.id,
      dryRun: true,
    });
    const broken = {
      ...api.deps,
      competitions: { ...api.deps.competitions, get: () => Promise.resolve(undefined) },
    };
    await expect(performAssignmentRun(broken, failing)).rejects.toThrow('No such competition');
    expect(await api.deps.assignmentRuns.get(world.competitionId, failing.runId)).toMatchObject({
      state: 'failed',
      stage: 'finished',
      problem: { code: 'competition/not-found' },
    });
    const next = await call(api, 'POST', `${base}/assignment/runs`, world.organiser.cookie, {
      dryRun: true,
    });
    expect(next.status).toBe(202);
    await api.background.idle();
  });

  it('refuses to assign before the call has closed', async () => {
    const open = competitionRecord(api.clock.now().toISOString(), { opensInDays: -5 });
    await api.deps.competitions.create(open);
    await api.deps.competitionRoles.grant({
      competitionId: open.id,
      userId: world.organiser.id,
      role: 'organiser',
      createdAt: api.clock.now().toISOString(),
    });
    const response = await call(
      api,
      'POST',
      `/competitions/${open.id}/assignment/run`,
      world.organiser.cookie,
      {},
    );
    expect(response.status).toBe(409);
    expect(Problem.parse(await response.json()).code).toBe('assignment/not-allowed');
  });
});
