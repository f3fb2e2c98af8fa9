import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AccessRule } from '#domain/permissions';
import type { AppEnv } from './app-env.ts';
import { authorize } from './authorize.ts';

/**
 * Every API route is declared through this: its access rule sits beside it, is enforced by
 * `authorize()` before anything else runs, and is published as `x-access` in the OpenAPI
 * document, where the authorisation matrix test finds it. A route without one does not compile.
 *
 * @example defineRoute({ method: 'get', path: '/organisations/{organisationId}', access: 'organisation-member', ... })
 */
export function defineRoute<
  P extends string,
  R extends Omit<RouteConfig, 'path' | 'middleware'> & { path: P; access: AccessRule },
>(config: R & { middleware?: MiddlewareHandler<AppEnv>[] }) {
  const { access, middleware = [], ...rest } = config;
  return createRoute({
    ...rest,
    'x-access': access,
    middleware: [authorize(access), ...middleware],
  });
}
