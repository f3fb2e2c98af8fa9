import type { Context } from 'hono';

/**
 * The caller's address as API Gateway and CloudFront report it (first X-Forwarded-For entry);
 * undefined in local mode without a proxy. Used for the audit trail and throttling only.
 */
export function clientAddress(c: Context): string | undefined {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || undefined;
}
