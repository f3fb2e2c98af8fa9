import { OutboxPage } from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import { defineRoute } from '../define-route.ts';
import type { AppDeps } from '../app-env.ts';
import { createRouter } from '../router.ts';

const readOutbox = defineRoute({
  method: 'get',
  path: '/dev/outbox',
  tags: ['local mode'],
  summary: 'Emails the platform would have sent (local mode only; absent on AWS)',
  access: 'public',
  request: { query: z.object({ to: z.string().max(254).optional() }) },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: OutboxPage } } },
  },
});

/** Mounted only in local mode, where email goes to the database instead of SES. */
export const devRoutes = createRouter().openapi(readOutbox, async (c) => {
  const outbox = c.var.deps.outbox;
  if (!outbox) throw new DomainError('route/not-found', 'The outbox exists in local mode only');
  const { to } = c.req.valid('query');
  const items = (await outbox.list(200)).filter(
    (message) => !to || message.to === to.toLowerCase(),
  );
  return c.json({ items }, 200);
});

const ClockState = z.object({ now: z.string(), offsetSeconds: z.number() });
const AdvanceClockRequest = z
  .object({
    advanceSeconds: z
      .number()
      .int()
      .min(-366 * 86_400)
      .max(366 * 86_400),
  })
  .strict();

const readClock = defineRoute({
  method: 'get',
  path: '/dev/clock',
  tags: ['local mode'],
  summary: "The platform's clock (local mode started with --test-clock only)",
  access: 'public',
  responses: {
    200: { description: 'Now', content: { 'application/json': { schema: ClockState } } },
  },
});

const advanceClock = defineRoute({
  method: 'post',
  path: '/dev/clock',
  tags: ['local mode'],
  summary: "Moves the platform's clock (local mode started with --test-clock only)",
  description: 'For browser tests of deadlines: every server-side check then sees the new time.',
  access: 'public',
  request: {
    body: { content: { 'application/json': { schema: AdvanceClockRequest } }, required: true },
  },
  responses: {
    200: { description: 'Moved', content: { 'application/json': { schema: ClockState } } },
  },
});

function testClockOf(deps: { testClock?: AppDeps['testClock'] }) {
  if (!deps.testClock) {
    throw new DomainError('route/not-found', 'The test clock exists with --test-clock only');
  }
  return deps.testClock;
}

export const testClockRoutes = createRouter()
  .openapi(readClock, (c) => {
    const clock = testClockOf(c.var.deps);
    return c.json(
      { now: c.var.deps.clock.now().toISOString(), offsetSeconds: clock.offsetSeconds() },
      200,
    );
  })
  .openapi(advanceClock, (c) => {
    const clock = testClockOf(c.var.deps);
    clock.advance(c.req.valid('json').advanceSeconds);
    return c.json(
      { now: c.var.deps.clock.now().toISOString(), offsetSeconds: clock.offsetSeconds() },
      200,
    );
  });
