import type { MiddlewareHandler } from 'hono';
import { DomainError } from '#domain/errors';
import type { AppEnv } from '../app-env.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for every state-changing request, JSON included: browsers always label
 * cross-site requests with `Sec-Fetch-Site` and `Origin`, so refuse those unless the origin is
 * our own. Requests without either header do not come from a browser page and carry no
 * ambient cookie risk. (OWASP CSRF cheat sheet: "Verifying origin with standard headers".)
 */
export function originGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const fetchSite = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const ownOrigin = new URL(c.req.url).origin;
    const allowed = new Set([ownOrigin, ...(c.var.deps.allowedOrigins ?? [])]);
    const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
    const foreignOrigin =
      origin !== undefined && fetchSite !== 'same-origin' && !allowed.has(origin);
    if (crossSite || foreignOrigin) {
      throw new DomainError(
        'auth/cross-origin',
        'State-changing requests must come from this site',
        {
          origin: origin ?? null,
        },
      );
    }
    return next();
  };
}
