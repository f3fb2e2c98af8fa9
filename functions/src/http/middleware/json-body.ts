import type { MiddlewareHandler } from 'hono';
import { DomainError } from '#domain/errors';
import type { AppEnv } from '../app-env.ts';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * A body in any other media type would reach the validator as `{}` and be reported as missing
 * fields; a 415 tells the client what is really wrong.
 */
export function requireJsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Node's server gives every request but GET and HEAD a body stream, empty or not (a
    // browser's DELETE included); a request has a body only if it declares one (RFC 9112 §6).
    const declared = ['content-length', 'transfer-encoding', 'content-type'].some(
      (header) => c.req.header(header) !== undefined,
    );
    const hasBody = declared && c.req.header('content-length') !== '0' && c.req.raw.body !== null;
    if (hasBody && !['GET', 'HEAD'].includes(c.req.method)) {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      if (!jsonMediaType.test(mediaType)) {
        throw new DomainError(
          'request/unsupported-media-type',
          `Media type "${mediaType}" is not accepted`,
        );
      }
    }
    return next();
  };
}
