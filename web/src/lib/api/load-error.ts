import { error } from '@sveltejs/kit';
import { ApiError } from './client.ts';

/** Turns a failed API call in a `load` function into the error page, keeping its code. */
export function failLoad(cause: unknown): never {
  if (cause instanceof ApiError) {
    error(cause.status === 0 ? 503 : cause.status, {
      message: cause.message,
      code: cause.code,
      ...(cause.problem.requestId ? { requestId: cause.problem.requestId } : {}),
    });
  }
  throw cause;
}
