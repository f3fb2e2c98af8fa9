import {
  AssignmentRunResult,
  CompetitionIdParams,
  RunAssignmentRequest,
  type RuleFailureView,
} from '@laureate/schemas';
import { assignmentChanges } from '#domain/assignment-edits';
import { solveAssignment, verifyOptimality, type RuleFailure } from '#domain/assignment/index';
import { loadBounds } from '#domain/jury-pool';
import type { AssignmentRecord } from '#ports/assignments';
import {
  isExtraReview,
  loadAssignmentContext,
  pairKey,
  type AssignmentContext,
} from '../assignment-instance.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, usersById } from '../review-context.ts';
import { createRouter } from '../router.ts';
import { requireAssignmentPhase } from './assignments.ts';

const runAssignment = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/assignment/run',
  tags: ['assignment'],
  summary: 'Compute the optimal assignment from the stored jury, applications and conflicts',
  description:
    'The exact optimum of the solver (docs/assignment.md) over the eligible applications: k ' +
    'reviews each, load bounds, no conflicts, the competition’s rules. Reviews already started ' +
    'or submitted are kept; unstarted assignments the optimum no longer chooses are removed; ' +
    'extra jurors added when scores diverged stay, on top of the k. ' +
    'When the rules cannot all be met, nothing is stored and the answer says which rule fails, ' +
    'for whom and by how much. `dryRun` shows the result without storing it. Audited. The run ' +
    'is synchronous: at this platform’s sizes it answers in well under a second.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(RunAssignmentRequest) },
  responses: {
    200: { description: 'The result', content: jsonContent(AssignmentRunResult) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export const assignmentRunRoutes = createRouter().openapi(runAssignment, async (c) => {
  const { competitionId } = c.req.valid('param');
  const { dryRun } = c.req.valid('json');
  const deps = c.var.deps;
  const started = performance.now();
  const competition = await competitionOf(c, competitionId);
  requireAssignmentPhase(c, competition);
  const context = await loadAssignmentContext(deps, competition);
  const { instance } = context;
  let reported = 0;
  const result = solveAssignment(instance, {
    // Progress goes to the log in quarters; the run is synchronous (see the route description).
    onProgress: (fraction) => {
      if (fraction >= reported + 0.25 || fraction === 1) {
        reported = fraction;
        c.var.logger.debug('assignment progress', { competitionId, fraction });
      }
    },
  });
  const actorId = signedInCaller(c).user.id;
  const now = deps.clock.now().toISOString();
  if (result.status === 'invalid') {
    // The instance is built by the platform itself: an invalid one is a defect, not bad input.
    throw new Error(`Assignment instance invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
  if (result.status === 'infeasible') {
    const failures = await failureViews(c, context, result.explanation.failures);
    await deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: 'assignment.run-infeasible',
      actorId,
      at: now,
      details: { rules: failures.map((failure) => failure.rule).join(','), dryRun },
    });
    return c.json({ status: 'infeasible' as const, failures, durationMs: elapsed(started) }, 200);
  }

  const chosen = result.assignments.map(({ application, juror }) => ({ application, juror }));
  // Extra reviews added on divergence are beyond the k: the run leaves them alone.
  const current = context.assignments
    .filter((item) => !isExtraReview(item))
    .map((assignment) => ({
      application: assignment.applicationId,
      juror: assignment.jurorId,
    }));
  // Started reviews are never removed: not by the run, not even when now out of the instance.
  const changes = assignmentChanges(current, chosen, (pair) =>
    context.started.has(pairKey(pair.application, pair.juror)),
  );
  if (!dryRun) {
    const add: AssignmentRecord[] = changes.add.map((pair) => ({
      competitionId,
      applicationId: pair.application,
      jurorId: pair.juror,
      source: 'solver',
      assignedAt: now,
      assignedBy: actorId,
    }));
    await deps.assignments.applyChanges(competitionId, {
      add,
      remove: changes.remove.map((pair) => ({
        applicationId: pair.application,
        jurorId: pair.juror,
      })),
    });
  }
  const kept = result.assignments.filter((pair) => pair.kept).length;
  await deps.audit.append({
    scope: `COMP#${competitionId}`,
    action: 'assignment.run',
    actorId,
    at: now,
    details: {
      dryRun,
      added: changes.add.length,
      removed: changes.remove.length,
      kept,
      objective: result.objective,
    },
  });
  const users = await usersById(
    c,
    context.jurors.map((juror) => juror.userId),
  );
  const roleOf = new Map(context.jurors.map((juror) => [juror.userId, juror]));
  const startedPerJuror = new Map<string, number>();
  for (const pair of result.assignments.filter((item) => item.kept))
    startedPerJuror.set(pair.juror, (startedPerJuror.get(pair.juror) ?? 0) + 1);
  const toView = (pair: { application: string; juror: string }) => ({
    applicationId: pair.application,
    jurorId: pair.juror,
  });
  return c.json(
    {
      status: 'optimal' as const,
      dryRun,
      objective: result.objective,
      affinityTotal: result.affinityTotal,
      penalty: result.penalty,
      added: changes.add.map(toView),
      removed: changes.remove.map(toView),
      kept,
      unchanged: changes.unchanged,
      loads: result.loads.map((load) => {
        const role = roleOf.get(load.juror);
        const country = role?.jurorProfile?.country;
        return {
          jurorId: load.juror,
          jurorName: users.get(load.juror)?.displayName ?? load.juror,
          ...(country ? { country } : {}),
          load: load.load + (context.extras.perJuror.get(load.juror) ?? 0),
          ...(role ? loadBounds(role) : { minLoad: 0, maxLoad: load.load, available: false }),
          available: load.available,
          started: startedPerJuror.get(load.juror) ?? 0,
        };
      }),
      loadSpread: result.loadSpread,
      certified: verifyOptimality(instance, result).optimal,
      durationMs: elapsed(started),
    },
    200,
  );
});

const elapsed = (since: number) => Math.round(performance.now() - since);

/** The solver's explanation with titles and names, for organisers to act on. */
async function failureViews(
  c: Parameters<typeof usersById>[0],
  context: AssignmentContext,
  failures: readonly RuleFailure[],
): Promise<RuleFailureView[]> {
  const titles = new Map(context.applications.map((item) => [item.id, item.title]));
  const users = await usersById(
    c,
    failures.flatMap((failure) => failure.jurors.map((juror) => juror.juror)),
  );
  return failures.map((failure) => ({
    rule: failure.rule,
    message: failure.message,
    shortfall: failure.shortfall,
    applications: failure.applications.map(({ application, ...counts }) => ({
      applicationId: application,
      title: titles.get(application) ?? application,
      ...counts,
    })),
    jurors: failure.jurors.map(({ juror, ...counts }) => ({
      jurorId: juror,
      jurorName: users.get(juror)?.displayName ?? juror,
      ...counts,
    })),
    ...(failure.pairs
      ? {
          pairs: failure.pairs.map((pair) => ({
            applicationId: pair.application,
            jurorId: pair.juror,
          })),
        }
      : {}),
    ...(failure.saturatedJurors ? { saturatedJurorIds: failure.saturatedJurors } : {}),
  }));
}
