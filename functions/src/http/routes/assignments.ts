import {
  AddAssignmentRequest,
  AssignmentEditResult,
  AssignmentList,
  AssignmentPairParams,
  CompetitionIdParams,
  SwapAssignmentRequest,
  type AssignmentView,
  type AssignmentWarning,
  type FieldError,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { judgeEdit, type PairRef } from '#domain/assignment-edits';
import { validateManualAssignment, type AssignmentViolation } from '#domain/assignment/index';
import { effectivePhase } from '#domain/competition-phase';
import { DomainError } from '#domain/errors';
import { loadBounds } from '#domain/jury-pool';
import type { AssignmentRecord } from '#ports/assignments';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { AppEnv } from '../app-env.ts';
import {
  assignmentsOfInstance,
  loadAssignmentContext,
  pairKey,
  type AssignmentContext,
} from '../assignment-instance.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, notFound, progressOf, usersById } from '../review-context.ts';
import { createRouter } from '../router.ts';

const listAssignments = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/assignments',
  tags: ['assignment'],
  summary: 'Every assignment with its progress, each application’s coverage and each juror’s load',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams },
  responses: {
    200: { description: 'Assignments', content: jsonContent(AssignmentList) },
    ...problemResponses(401, 403, 404),
  },
});

const editDescription =
  'Checked with the solver’s rules on the whole assignment: refused (409 ' +
  '`assignment/not-allowed`, one error per broken rule) if it brings a conflict, an ' +
  'unavailable juror, a load above the maximum, no shared language when required, or a ' +
  'complete application without its foreign or local juror; rules later edits can still meet ' +
  '(k reviews, minimum loads) come back as warnings. Audited. Screening and review phases only.';

const addAssignment = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/assignments',
  tags: ['assignment'],
  summary: 'Assign a juror to an application by hand',
  description: editDescription,
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(AddAssignmentRequest) },
  responses: {
    201: { description: 'Assigned', content: jsonContent(AssignmentEditResult) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const removeAssignment = defineRoute({
  method: 'delete',
  path: '/competitions/{competitionId}/assignments/{applicationId}/{userId}',
  tags: ['assignment'],
  summary: 'Take an application away from a juror who has not started its review',
  description: `${editDescription} A started review stays: 409 \`assignment/review-started\`.`,
  access: 'competition-organiser',
  request: { params: AssignmentPairParams },
  responses: {
    200: { description: 'Removed', content: jsonContent(AssignmentEditResult) },
    ...problemResponses(401, 403, 404, 409),
  },
});

const swapAssignment = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/assignments/swap',
  tags: ['assignment'],
  summary: 'Give an application to another juror in place of one who has not started it',
  description: editDescription,
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(SwapAssignmentRequest) },
  responses: {
    200: { description: 'Swapped', content: jsonContent(AssignmentEditResult) },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

/** Organisers assign while screening ends and during the review, never before the call closes. */
export function requireAssignmentPhase(c: Context<AppEnv>, competition: CompetitionRecord): void {
  const phase = effectivePhase(competition, c.var.deps.clock.now());
  if (phase !== 'screening' && phase !== 'review') {
    throw new DomainError(
      'assignment/not-allowed',
      `Assignments are made during screening and review; the competition is in ${phase}`,
    );
  }
}

const currentPairs = (context: AssignmentContext): PairRef[] =>
  assignmentsOfInstance(context.assignments, context.applications, context.jurors).map(
    (assignment) => ({ application: assignment.applicationId, juror: assignment.jurorId }),
  );

function warningView(violation: AssignmentViolation): AssignmentWarning {
  return {
    rule: violation.rule,
    message: violation.message,
    ...(violation.application ? { applicationId: violation.application } : {}),
    ...(violation.juror ? { jurorId: violation.juror } : {}),
    ...(violation.required !== undefined ? { required: violation.required } : {}),
    ...(violation.actual !== undefined ? { actual: violation.actual } : {}),
  };
}

/** Judges an edit from the whole assignment before and after; refuses it if it must. */
function judge(
  context: AssignmentContext,
  before: PairRef[],
  after: PairRef[],
  field: string,
): AssignmentWarning[] {
  const { instance } = context;
  const k = instance.reviewsPerApplication ?? 3;
  const counts = new Map<string, number>();
  for (const pair of after) counts.set(pair.application, (counts.get(pair.application) ?? 0) + 1);
  const { blocking, warnings } = judgeEdit(
    validateManualAssignment(instance, before),
    validateManualAssignment(instance, after),
    (applicationId) => counts.get(applicationId) ?? 0,
    () => k,
  );
  if (blocking.length > 0) {
    const errors: FieldError[] = blocking.map((violation) => ({
      field,
      code: violation.rule,
      message: violation.message,
    }));
    throw new DomainError('assignment/not-allowed', blocking[0]!.message, { errors });
  }
  return warnings.map(warningView);
}

function requireReference(context: AssignmentContext, applicationId: string, jurorIds: string[]) {
  const errors: FieldError[] = [];
  if (!context.applications.some((application) => application.id === applicationId))
    errors.push({
      field: 'body.applicationId',
      code: 'not_eligible',
      message: 'Only eligible applications of this competition are assigned',
    });
  for (const [index, jurorId] of jurorIds.entries())
    if (!context.jurors.some((juror) => juror.userId === jurorId))
      errors.push({
        field:
          jurorIds.length === 1 ? 'body.jurorId' : `body.${['fromJurorId', 'toJurorId'][index]}`,
        code: 'not_a_juror',
        message: 'This person is not on the jury of this competition',
      });
  if (errors.length > 0)
    throw new DomainError('request/invalid', 'The application or the juror cannot be assigned', {
      errors,
    });
}

/** Assignments as organisers read them, with titles, names and progress. */
async function views(
  c: Context<AppEnv>,
  context: AssignmentContext,
  assignments: readonly AssignmentRecord[],
): Promise<AssignmentView[]> {
  const titles = new Map(context.applications.map((item) => [item.id, item.title]));
  const users = await usersById(
    c,
    assignments.map((assignment) => assignment.jurorId),
  );
  const reviews = new Map(
    context.reviews.map((review) => [pairKey(review.applicationId, review.jurorId), review]),
  );
  return assignments.map((assignment) => ({
    applicationId: assignment.applicationId,
    applicationTitle: titles.get(assignment.applicationId) ?? assignment.applicationId,
    jurorId: assignment.jurorId,
    jurorName: users.get(assignment.jurorId)?.displayName ?? assignment.jurorId,
    source: assignment.source,
    assignedAt: assignment.assignedAt,
    assignedBy: assignment.assignedBy,
    progress: progressOf(reviews.get(pairKey(assignment.applicationId, assignment.jurorId))),
  }));
}

async function audited(
  c: Context<AppEnv>,
  action: string,
  details: Record<string, string>,
): Promise<string> {
  const at = c.var.deps.clock.now().toISOString();
  await c.var.deps.audit.append({
    scope: `COMP#${c.req.param('competitionId')}`,
    action,
    actorId: signedInCaller(c).user.id,
    at,
    details,
  });
  return at;
}

export const assignmentRoutes = createRouter()
  .openapi(listAssignments, async (c) => {
    const { competitionId } = c.req.valid('param');
    const competition = await competitionOf(c, competitionId);
    const context = await loadAssignmentContext(c.var.deps, competition);
    const k = context.instance.reviewsPerApplication ?? 3;
    const items = await views(c, context, context.assignments);
    const users = await usersById(
      c,
      context.jurors.map((juror) => juror.userId),
    );
    const load = new Map<string, number>();
    const started = new Map<string, number>();
    const perApplication = new Map<string, number>();
    for (const assignment of context.assignments) {
      load.set(assignment.jurorId, (load.get(assignment.jurorId) ?? 0) + 1);
      perApplication.set(
        assignment.applicationId,
        (perApplication.get(assignment.applicationId) ?? 0) + 1,
      );
      if (context.started.has(pairKey(assignment.applicationId, assignment.jurorId)))
        started.set(assignment.jurorId, (started.get(assignment.jurorId) ?? 0) + 1);
    }
    return c.json(
      {
        reviewsPerApplication: k,
        items,
        applications: context.applications.map((application) => ({
          applicationId: application.id,
          title: application.title,
          trackId: application.trackId,
          ...(application.country ? { country: application.country } : {}),
          assigned: perApplication.get(application.id) ?? 0,
          // An extra juror added on divergence raises what this application needs.
          required: k + (context.extras.perApplication.get(application.id) ?? 0),
        })),
        jurors: context.jurors.map((juror) => {
          const country = juror.jurorProfile?.country;
          return {
            jurorId: juror.userId,
            jurorName: users.get(juror.userId)?.displayName ?? juror.userId,
            ...(country ? { country } : {}),
            load: load.get(juror.userId) ?? 0,
            ...loadBounds(juror),
            started: started.get(juror.userId) ?? 0,
          };
        }),
      },
      200,
    );
  })
  .openapi(addAssignment, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { applicationId, jurorId } = c.req.valid('json');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    requireAssignmentPhase(c, competition);
    const context = await loadAssignmentContext(deps, competition);
    requireReference(context, applicationId, [jurorId]);
    const before = currentPairs(context);
    const warnings = judge(
      context,
      before,
      [...before, { application: applicationId, juror: jurorId }],
      'body.jurorId',
    );
    const record: AssignmentRecord = {
      competitionId,
      applicationId,
      jurorId,
      source: 'manual',
      assignedAt: deps.clock.now().toISOString(),
      assignedBy: signedInCaller(c).user.id,
    };
    if ((await deps.assignments.add(record)) === 'already-assigned') {
      throw new DomainError('assignment/not-allowed', 'The juror is already assigned to it', {
        errors: [{ field: 'body.jurorId', code: 'duplicate', message: 'Already assigned' }],
      });
    }
    await audited(c, 'assignment.added', { applicationId, jurorId, source: 'manual' });
    return c.json({ items: await views(c, context, [record]), warnings }, 201);
  })
  .openapi(removeAssignment, async (c) => {
    const { competitionId, applicationId, userId } = c.req.valid('param');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    requireAssignmentPhase(c, competition);
    const context = await loadAssignmentContext(deps, competition);
    const existing = context.assignments.find(
      (assignment) => assignment.applicationId === applicationId && assignment.jurorId === userId,
    );
    if (!existing) throw notFound();
    if (context.started.has(pairKey(applicationId, userId)))
      throw new DomainError('assignment/review-started', 'The juror has started this review');
    const before = currentPairs(context);
    const warnings = judge(
      context,
      before,
      before.filter((pair) => !(pair.application === applicationId && pair.juror === userId)),
      'path.userId',
    );
    const outcome = await deps.assignments.remove(competitionId, {
      applicationId,
      jurorId: userId,
    });
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'review-started')
      throw new DomainError('assignment/review-started', 'The juror has just started this review');
    await audited(c, 'assignment.removed', { applicationId, jurorId: userId });
    return c.json({ items: [], warnings }, 200);
  })
  .openapi(swapAssignment, async (c) => {
    const { competitionId } = c.req.valid('param');
    const { applicationId, fromJurorId, toJurorId } = c.req.valid('json');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    requireAssignmentPhase(c, competition);
    const context = await loadAssignmentContext(deps, competition);
    requireReference(context, applicationId, [fromJurorId, toJurorId]);
    if (
      !context.assignments.some(
        (assignment) =>
          assignment.applicationId === applicationId && assignment.jurorId === fromJurorId,
      )
    )
      throw notFound();
    if (context.started.has(pairKey(applicationId, fromJurorId)))
      throw new DomainError('assignment/review-started', 'The juror has started this review');
    const before = currentPairs(context);
    const warnings = judge(
      context,
      before,
      [
        ...before.filter(
          (pair) => !(pair.application === applicationId && pair.juror === fromJurorId),
        ),
        { application: applicationId, juror: toJurorId },
      ],
      'body.toJurorId',
    );
    const record: AssignmentRecord = {
      competitionId,
      applicationId,
      jurorId: toJurorId,
      source: 'manual',
      assignedAt: deps.clock.now().toISOString(),
      assignedBy: signedInCaller(c).user.id,
    };
    const outcome = await deps.assignments.swap(
      { competitionId, applicationId, jurorId: fromJurorId },
      record,
    );
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'review-started')
      throw new DomainError('assignment/review-started', 'The juror has just started this review');
    if (outcome === 'already-assigned')
      throw new DomainError('assignment/not-allowed', 'The juror is already assigned to it', {
        errors: [{ field: 'body.toJurorId', code: 'duplicate', message: 'Already assigned' }],
      });
    await audited(c, 'assignment.swapped', { applicationId, fromJurorId, toJurorId });
    return c.json({ items: await views(c, context, [record]), warnings }, 200);
  });
