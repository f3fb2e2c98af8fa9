import type { Context } from 'hono';
import {
  AssignmentRunList,
  AssignmentRunParams,
  AssignmentRunResult,
  AssignmentRunStatus,
  CompetitionIdParams,
  RunAssignmentRequest,
} from '@laureate/schemas';
import { LEASE_MINUTES, performAssignmentRun, startAssignmentRun } from '#jobs/assignment-run';
import type { AssignmentRunRecord } from '#ports/assignment-runs';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, notFound } from '../review-context.ts';
import type { AppEnv } from '../app-env.ts';
import { createRouter } from '../router.ts';
import { requireAssignmentPhase } from './assignments.ts';

const runDescription =
  'The exact optimum of the solver (docs/assignment.md) over the eligible applications: k ' +
  'reviews each, load bounds, no conflicts, the competition’s rules. Reviews already started ' +
  'or submitted are kept; unstarted assignments the optimum no longer chooses are removed; ' +
  'extra jurors added when scores diverged stay, on top of the k. When the rules cannot all ' +
  'be met, nothing is stored and the answer says which rule fails, for whom and by how much. ' +
  '`dryRun` shows the result without storing it. Audited. One run at a time per competition ' +
  '(`409 assignment/run-in-progress`).';

const runAssignment = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/assignment/run',
  tags: ['assignment'],
  summary: 'Compute the optimal assignment and answer with the result',
  description: `${runDescription} This route answers when the run is over; the web app starts runs in the background instead (\`POST …/assignment/runs\`).`,
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(RunAssignmentRequest) },
  responses: {
    200: { description: 'The result', content: jsonContent(AssignmentRunResult) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const startRun = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/assignment/runs',
  tags: ['assignment'],
  summary: 'Start an assignment run in the background',
  description: `${runDescription} Answers at once with the run; \`GET …/assignment/runs/{runId}\` tells its stage and progress, then its result.`,
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(RunAssignmentRequest) },
  responses: {
    202: { description: 'The run, started', content: jsonContent(AssignmentRunStatus) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const listRuns = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/assignment/runs',
  tags: ['assignment'],
  summary: 'The latest assignment runs, newest first, without their results',
  description:
    'At most five. The page uses it to follow a run that is still going, started by anyone.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'The runs', content: jsonContent(AssignmentRunList) },
    ...problemResponses(401, 403, 404),
  },
});

const getRun = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/assignment/runs/{runId}',
  tags: ['assignment'],
  summary: 'Where an assignment run stands, and its result once done',
  access: 'competition-organiser',
  request: { params: AssignmentRunParams },
  responses: {
    200: { description: 'The run', content: jsonContent(AssignmentRunStatus) },
    ...problemResponses(401, 403, 404),
  },
});

/**
 * The run as organisers see it, without who started it (the audit keeps that). A run still
 * "running" past its lease died without recording its end: it is shown as failed.
 */
function statusView(record: AssignmentRunRecord, now: Date): AssignmentRunStatus {
  const { startedBy: _startedBy, ...view } = record;
  const lost =
    view.state === 'running' && Date.parse(view.startedAt) + LEASE_MINUTES * 60_000 < now.getTime();
  return lost
    ? {
        ...view,
        state: 'failed',
        stage: 'finished',
        problem: { code: 'internal', detail: 'The run stopped without finishing: start it again' },
      }
    : view;
}

/** Checks the phase, then starts a run under the competition's lease: the run and its job. */
async function startFor(c: Context<AppEnv>, competitionId: string, dryRun: boolean) {
  requireAssignmentPhase(c, await competitionOf(c, competitionId));
  const actorId = signedInCaller(c).user.id;
  return startAssignmentRun(c.var.deps, { competitionId, actorId, dryRun });
}

export const assignmentRunRoutes = createRouter()
  .openapi(runAssignment, async (c) => {
    const { job } = await startFor(
      c,
      c.req.valid('param').competitionId,
      c.req.valid('json').dryRun,
    );
    return c.json(await performAssignmentRun(c.var.deps, job), 200);
  })
  .openapi(startRun, async (c) => {
    const deps = c.var.deps;
    const { run, job } = await startFor(
      c,
      c.req.valid('param').competitionId,
      c.req.valid('json').dryRun,
    );
    try {
      await deps.background.start(job);
    } catch (error) {
      // Never leave a run that nobody does holding the lease.
      await deps.assignmentRuns.finish(
        run.competitionId,
        run.runId,
        { problem: { code: 'internal', detail: 'The run could not be started' } },
        deps.clock.now().toISOString(),
      );
      throw error;
    }
    return c.json(statusView(run, deps.clock.now()), 202);
  })
  .openapi(listRuns, async (c) => {
    const { competitionId } = c.req.valid('param');
    const now = c.var.deps.clock.now();
    const runs = await c.var.deps.assignmentRuns.listRecent(competitionId, 5);
    return c.json({ items: runs.map((run) => statusView(run, now)) }, 200);
  })
  .openapi(getRun, async (c) => {
    const { competitionId, runId } = c.req.valid('param');
    const run = await c.var.deps.assignmentRuns.get(competitionId, runId);
    if (!run) throw notFound();
    return c.json(statusView(run, c.var.deps.clock.now()), 200);
  });
