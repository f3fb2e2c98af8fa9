import type { AssignmentRunResult, RuleFailureView } from '@laureate/schemas';
import { randomBytes } from 'node:crypto';
import { assignmentChanges } from '#domain/assignment-edits';
import { solveAssignment, verifyOptimality, type RuleFailure } from '#domain/assignment/index';
import { DomainError, isDomainError } from '#domain/errors';
import { loadBounds } from '#domain/jury-pool';
import type { AppDeps } from '#http/app-env';
import {
  isExtraReview,
  loadAssignmentContext,
  pairKey,
  type AssignmentContext,
} from '#http/assignment-instance';
import { usersOf } from '#http/review-context';
import type { AssignmentRunRecord, RunProgress } from '#ports/assignment-runs';
import type { AssignmentRecord } from '#ports/assignments';
import type { BackgroundJob } from '#ports/background-work';
import type { CompetitionRecord } from '#ports/competition-repository';

/**
 * An assignment run (docs/jury.md, "The assignment"): reads what is stored, solves it exactly,
 * checks the certificate and stores the changes, reporting its stage on the way. The
 * synchronous route runs it inside the request; the background route hands it to the worker
 * (handlers/worker.ts on AWS, the same process in local mode) and the page polls the run.
 */

/**
 * A run holds the competition's lease this long (the worker's own limit on AWS); one still
 * going after it is taken as dead.
 */
export const LEASE_MINUTES = 15;
/** The share of the work each stage usually takes, for the progress bar. */
const STAGE_END = { loading: 0.15, solving: 0.7, checking: 0.75, saving: 1 } as const;

export type Report = (progress: RunProgress) => Promise<void>;

/** A run id that sorts by start time: `run-<ms in base 36, fixed width>-<random>`. */
export function newRunId(now: Date): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  return `run-${time}-${randomBytes(5).toString('hex')}`;
}

/**
 * Records a new run under the competition's lease; refuses with `assignment/run-in-progress`
 * (naming the run that holds it) while another holds it.
 */
export async function startAssignmentRun(
  deps: AppDeps,
  request: Omit<BackgroundJob, 'runId' | 'kind'>,
): Promise<{ run: AssignmentRunRecord; job: BackgroundJob }> {
  const now = deps.clock.now();
  const record: AssignmentRunRecord = {
    competitionId: request.competitionId,
    runId: newRunId(now),
    dryRun: request.dryRun,
    startedBy: request.actorId,
    state: 'running',
    stage: 'queued',
    fraction: 0,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const leaseUntil = new Date(now.getTime() + LEASE_MINUTES * 60_000).toISOString();
  const outcome = await deps.assignmentRuns.start(record, leaseUntil);
  if (!outcome.started) {
    throw new DomainError(
      'assignment/run-in-progress',
      `Another assignment run (${outcome.activeRunId}) is going for this competition: wait for it to finish`,
      { runId: outcome.activeRunId },
    );
  }
  return { run: record, job: { kind: 'assignment-run', ...request, runId: record.runId } };
}

/**
 * Performs a started run to its end and records the outcome: the result, or the problem that
 * stopped it. Returns the result; rethrows the problem, for a caller waiting on it.
 */
export async function performAssignmentRun(
  deps: AppDeps,
  job: BackgroundJob,
): Promise<AssignmentRunResult> {
  const { competitionId, runId } = job;
  const at = () => deps.clock.now().toISOString();
  try {
    const competition = await deps.competitions.get(competitionId);
    if (!competition) throw new DomainError('competition/not-found', 'No such competition');
    const result = await computeAssignmentRun(deps, competition, job, throttled(deps, job));
    await deps.assignmentRuns.finish(competitionId, runId, { result }, at());
    return result;
  } catch (error) {
    const problem = isDomainError(error)
      ? { code: error.code, detail: error.message }
      : { code: 'internal', detail: 'The run stopped on an unexpected error; it is in the log' };
    if (!isDomainError(error))
      deps.logger.error('assignment run failed', { competitionId, runId, error: String(error) });
    await deps.assignmentRuns.finish(competitionId, runId, { problem }, at());
    throw error;
  }
}

/**
 * Progress writes on each new stage and when saving is complete; within a stage at most every
 * quarter second.
 */
function throttled(deps: AppDeps, job: BackgroundJob): Report {
  let last: RunProgress | undefined;
  let lastAt = 0;
  return async (progress) => {
    const now = Date.now();
    const sameStage = last?.stage === progress.stage;
    const complete = progress.saved !== undefined && progress.saved === progress.toSave;
    if (sameStage && !complete && now - lastAt < 250) return;
    last = progress;
    lastAt = now;
    await deps.assignmentRuns.progress(
      job.competitionId,
      job.runId,
      progress,
      deps.clock.now().toISOString(),
    );
  };
}

/** The run itself: the optimum stored (unless a dry run), or the explanation of why none is. */
export async function computeAssignmentRun(
  deps: AppDeps,
  competition: CompetitionRecord,
  job: Pick<BackgroundJob, 'actorId' | 'dryRun'>,
  report: Report = async () => {},
): Promise<AssignmentRunResult> {
  const { actorId, dryRun } = job;
  const competitionId = competition.id;
  const started = performance.now();
  await report({ stage: 'loading', fraction: 0 });
  const context = await loadAssignmentContext(deps, competition);
  const { instance } = context;
  // The solver runs without yielding, so its own progress cannot be written while it works.
  await report({ stage: 'solving', fraction: STAGE_END.loading });
  const result = solveAssignment(instance);
  const now = deps.clock.now().toISOString();
  if (result.status === 'invalid') {
    // The instance is built by the platform itself: an invalid one is a defect, not bad input.
    throw new Error(`Assignment instance invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
  if (result.status === 'infeasible') {
    const failures = await failureViews(deps, context, result.explanation.failures);
    await deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: 'assignment.run-infeasible',
      actorId,
      at: now,
      details: { rules: failures.map((failure) => failure.rule).join(','), dryRun },
    });
    return { status: 'infeasible', failures, durationMs: elapsed(started) };
  }
  await report({ stage: 'checking', fraction: STAGE_END.solving });
  const certified = verifyOptimality(instance, result).optimal;

  const chosen = result.assignments.map(({ application, juror }) => ({ application, juror }));
  // Extra reviews added on divergence are beyond the k: the run leaves them alone.
  const current = context.assignments
    .filter((assignment) => !isExtraReview(assignment))
    .map((assignment) => ({ application: assignment.applicationId, juror: assignment.jurorId }));
  // Started reviews are never removed: not by the run, not even when now out of the instance.
  const changes = assignmentChanges(current, chosen, (pair) =>
    context.started.has(pairKey(pair.application, pair.juror)),
  );
  if (!dryRun) {
    const toSave = changes.add.length + changes.remove.length;
    await report({ stage: 'saving', fraction: STAGE_END.checking, saved: 0, toSave });
    const add: AssignmentRecord[] = changes.add.map((pair) => ({
      competitionId,
      applicationId: pair.application,
      jurorId: pair.juror,
      source: 'solver',
      assignedAt: now,
      assignedBy: actorId,
    }));
    await deps.assignments.applyChanges(
      competitionId,
      {
        add,
        remove: changes.remove.map((pair) => ({
          applicationId: pair.application,
          jurorId: pair.juror,
        })),
      },
      (saved) =>
        report({
          stage: 'saving',
          fraction:
            STAGE_END.checking +
            (STAGE_END.saving - STAGE_END.checking) * (toSave === 0 ? 1 : saved / toSave),
          saved,
          toSave,
        }),
    );
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
  const users = await usersOf(
    deps,
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
  return {
    status: 'optimal',
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
    certified,
    durationMs: elapsed(started),
  };
}

const elapsed = (since: number) => Math.round(performance.now() - since);

/** The solver's explanation with titles and names, for organisers to act on. */
async function failureViews(
  deps: AppDeps,
  context: AssignmentContext,
  failures: readonly RuleFailure[],
): Promise<RuleFailureView[]> {
  const titles = new Map(context.applications.map((item) => [item.id, item.title]));
  const users = await usersOf(
    deps,
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

/** What the worker does with a job: the one place that knows every kind. */
export async function performBackgroundJob(deps: AppDeps, job: BackgroundJob): Promise<void> {
  switch (job.kind) {
    case 'assignment-run':
      // The outcome is recorded on the run; the error has been logged there.
      await performAssignmentRun(deps, job).catch(() => undefined);
      return;
  }
}
