import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** One structured line per request: ids, route, status and timing, never bodies. */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const logger = c.var.deps.logger.child({ requestId: c.var.requestId });
    c.set('logger', logger);
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  };
}
