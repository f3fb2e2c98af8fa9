import { defineRoute } from '../define-route.ts';
import { Health } from '@laureate/schemas';
import { createRouter } from '../router.ts';

const getHealth = defineRoute({
  method: 'get',
  path: '/health',
  tags: ['operations'],
  summary: 'Whether the API can reach its tables',
  access: 'public',
  responses: {
    200: { description: 'All tables answer', content: { 'application/json': { schema: Health } } },
    503: {
      description: 'A table does not answer',
      content: { 'application/json': { schema: Health } },
    },
  },
});

export const healthRoutes = createRouter().openapi(getHealth, async (c) => {
  const { health, mode, version } = c.var.deps;
  const tables = await health.check();
  const healthy = Object.values(tables).every((state) => state === 'ok');
  if (!healthy) c.var.logger.warn('health check failed', { tables });
  return c.json(
    { status: healthy ? 'ok' : 'degraded', tables, mode, version } as const,
    healthy ? 200 : 503,
  );
});
