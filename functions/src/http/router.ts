import { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError } from '#domain/errors';
import type { AppEnv } from './app-env.ts';
import { fieldErrorsFrom, targetName } from './problem.ts';

/**
 * A sub-app for one resource. Validation failures become `request/invalid` problems with one
 * entry per offending field, through the same error mapping as everything else.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const where = targetName(result.target);
        throw new DomainError('request/invalid', `The ${where} does not match the schema`, {
          errors: fieldErrorsFrom(result.error, where),
        });
      }
    },
  });
}

/**
 * Who may call a route, declared beside it and published in the OpenAPI document as
 * `x-access`, so that tests can check every route against every role.
 */
export type Access = 'public' | 'signed-in';
