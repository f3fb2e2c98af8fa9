import { OutboxPage } from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import { defineRoute } from '../define-route.ts';
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
