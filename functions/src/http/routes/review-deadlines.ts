import {
  DeadlineExtensionHistory,
  GrantExtensionRequest,
  JurorParams,
  RemindersSent,
  SendRemindersRequest,
  CompetitionIdParams,
} from '@laureate/schemas';
import type { Context } from 'hono';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import { unfinishedByJuror } from '#domain/review-progress';
import { reviewQueueLink, writtenDeadline } from '#mail/automatic-reminder';
import { reviewReminder } from '#mail/email-templates';
import type { CompetitionRecord } from '#ports/competition-repository';
import type { AppEnv } from '../app-env.ts';
import { defineRoute } from '../define-route.ts';
import { signedInCaller } from '../middleware/session.ts';
import { jsonBody, jsonContent } from '../openapi-content.ts';
import { problemResponses } from '../problem-responses.ts';
import { competitionOf, deadlineFrom, notFound, usersById } from '../review-context.ts';
import { competitionConflicts, withoutConflicted } from '../jury-context.ts';
import { createRouter } from '../router.ts';

/**
 * Review deadlines: reminders to jurors with work left, and per-juror extensions with their
 * history (docs/jury.md). Organisers only; every action is audited.
 */

const sendReminders = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/review-reminders',
  tags: ['review oversight'],
  summary: 'Email a reminder to one juror, or to every overdue or unfinished juror',
  description:
    "Each in the juror's own language, with their deadline in the competition's time zone. " +
    'Jurors with nothing left to submit are skipped. Audited.',
  access: 'competition-organiser',
  request: { params: CompetitionIdParams, body: jsonBody(SendRemindersRequest) },
  responses: {
    200: { description: 'Sent', content: jsonContent(RemindersSent) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const extensionHistory = defineRoute({
  method: 'get',
  path: '/competitions/{competitionId}/review-deadlines/{userId}',
  tags: ['review oversight'],
  summary: "A juror's review deadline and every extension granted to them",
  access: 'competition-organiser',
  request: { params: JurorParams },
  responses: {
    200: { description: 'The history', content: jsonContent(DeadlineExtensionHistory) },
    ...problemResponses(401, 403, 404),
  },
});

const grantExtension = defineRoute({
  method: 'post',
  path: '/competitions/{competitionId}/review-deadlines/{userId}',
  tags: ['review oversight'],
  summary: "Extend one juror's review deadline, with a reason; the history is kept and audited",
  description:
    'The new deadline must fall after the review phase ends and no later than the results. ' +
    'The latest extension holds, so a second one can also shorten the first.',
  access: 'competition-organiser',
  request: { params: JurorParams, body: jsonBody(GrantExtensionRequest) },
  responses: {
    200: { description: 'Extended', content: jsonContent(DeadlineExtensionHistory) },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** The juror's role in the competition, or 404: organisers only act on their own jury. */
async function requireJuror(c: Context<AppEnv>, competitionId: string, userId: string) {
  const role = await c.var.deps.competitionRoles.get(competitionId, 'juror', userId);
  if (!role) throw notFound();
  return role;
}

async function historyOf(
  c: Context<AppEnv>,
  competition: CompetitionRecord,
  jurorId: string,
): Promise<DeadlineExtensionHistory> {
  const extensions = await c.var.deps.deadlineExtensions.listOfJuror(competition.id, jurorId);
  return {
    jurorId,
    deadline: deadlineFrom(competition, extensions, c.var.deps.clock.now()),
    items: extensions
      .sort((a, b) => a.grantedAt.localeCompare(b.grantedAt))
      .map(({ until, reason, grantedBy, grantedAt }) => ({ until, reason, grantedBy, grantedAt })),
  };
}

export const reviewDeadlineRoutes = createRouter()
  .openapi(sendReminders, async (c) => {
    const { competitionId } = c.req.valid('param');
    const request = c.req.valid('json');
    const deps = c.var.deps;
    const competition = await competitionOf(c, competitionId);
    const now = deps.clock.now();
    if ('jurorId' in request) await requireJuror(c, competitionId, request.jurorId);
    const [assignments, reviews, extensions, conflicts] = await Promise.all([
      deps.assignments.listOfCompetition(competitionId),
      deps.reviews.listOfCompetition(competitionId),
      deps.deadlineExtensions.listOfCompetition(competitionId),
      competitionConflicts(deps, competitionId),
    ]);
    // Counted as the automatic reminders count: without what a conflict hides from the juror.
    const unfinished = unfinishedByJuror(withoutConflicted(assignments, conflicts.causes), reviews);
    const targets = [...unfinished].flatMap(([jurorId, applicationIds]) => {
      if ('jurorId' in request && jurorId !== request.jurorId) return [];
      const deadline = deadlineFrom(
        competition,
        extensions.filter((extension) => extension.jurorId === jurorId),
        now,
      );
      const overdue = Date.parse(deadline.at) <= now.getTime();
      if ('scope' in request && request.scope === 'overdue' && !overdue) return [];
      return [{ jurorId, count: applicationIds.length, deadline, overdue }];
    });
    const users = await usersById(
      c,
      targets.map(({ jurorId }) => jurorId),
    );
    const sent: RemindersSent['sent'] = [];
    const queueLink = reviewQueueLink(deps.publicUrl, competitionId);
    for (const { jurorId, count, deadline, overdue } of targets) {
      const user = users.get(jurorId);
      if (!user) continue;
      const { subject, text } = reviewReminder[user.locale]({
        name: user.displayName,
        competition: pickLocalized(competition.title, user.locale),
        unfinished: count,
        deadline: writtenDeadline(deadline.at, user.locale, competition.timeZone),
        overdue,
        link: queueLink,
      });
      await deps.mailer.send({
        to: user.email,
        locale: user.locale,
        subject,
        text,
        link: queueLink,
      });
      sent.push({ jurorId, locale: user.locale, unfinished: count });
    }
    await deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: 'review.reminders-sent',
      actorId: signedInCaller(c).user.id,
      at: now.toISOString(),
      details: {
        ...('jurorId' in request ? { jurorId: request.jurorId } : { scope: request.scope }),
        sent: sent.length,
      },
    });
    return c.json({ sent }, 200);
  })
  .openapi(extensionHistory, async (c) => {
    const { competitionId, userId } = c.req.valid('param');
    await requireJuror(c, competitionId, userId);
    return c.json(await historyOf(c, await competitionOf(c, competitionId), userId), 200);
  })
  .openapi(grantExtension, async (c) => {
    const { competitionId, userId } = c.req.valid('param');
    const { until, reason } = c.req.valid('json');
    await requireJuror(c, competitionId, userId);
    const competition = await competitionOf(c, competitionId);
    const { reviewEndsAt, resultsAt } = competition.calendar;
    if (
      Date.parse(until) <= Date.parse(reviewEndsAt) ||
      Date.parse(until) > Date.parse(resultsAt)
    ) {
      throw new DomainError('request/invalid', 'The extension must end within deliberation', {
        errors: [
          {
            field: 'body.until',
            code: 'extension_out_of_range',
            message: `Choose a moment after ${reviewEndsAt} and no later than ${resultsAt}`,
          },
        ],
      });
    }
    const deps = c.var.deps;
    const actorId = signedInCaller(c).user.id;
    const grantedAt = deps.clock.now().toISOString();
    await deps.deadlineExtensions.grant({
      competitionId,
      jurorId: userId,
      until: new Date(until).toISOString(),
      reason,
      grantedBy: actorId,
      grantedAt,
    });
    await deps.audit.append({
      scope: `COMP#${competitionId}`,
      action: 'review.deadline-extended',
      actorId,
      at: grantedAt,
      details: { jurorId: userId, until: new Date(until).toISOString(), reason },
    });
    return c.json(await historyOf(c, competition, userId), 200);
  });
