import type { FieldError, Problem } from '@laureate/schemas';

/**
 * A failed API call, carrying the RFC 9457 problem the server sent (or a synthetic one with
 * code `network` when the server could not be reached), so pages can show field errors.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }

  get code(): string {
    return this.problem.code;
  }

  /** Field errors keyed by field name without the `body.` prefix: `email`, `name.ru`. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? ([] as FieldError[])) {
      byField[error.field.replace(/^(body|query|params)\.?/, '') || '_'] ??= error.message;
    }
    return byField;
  }
}

type Fetch = typeof fetch;

async function request<T>(
  fetcher: Fetch,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      code: 'network',
    });
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<Problem>;
    throw new ApiError(response.status, {
      type: problem.type ?? 'about:blank',
      title: problem.title ?? response.statusText,
      status: response.status,
      code: problem.code ?? 'unknown',
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...(problem.requestId ? { requestId: problem.requestId } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
  }
  return payload as T;
}

/**
 * The API on the same origin. Types come from `@laureate/schemas`; pass SvelteKit's `fetch`
 * from a `load` function so requests are tracked there.
 *
 * @example const list = await api.get<CompetitionList>('/api/competitions')
 */
export function createApi(fetcher: Fetch = fetch) {
  return {
    get: <T>(path: string) => request<T>(fetcher, 'GET', path),
    post: <T>(path: string, body: unknown = {}) => request<T>(fetcher, 'POST', path, body),
    patch: <T>(path: string, body: unknown) => request<T>(fetcher, 'PATCH', path, body),
    put: <T>(path: string, body: unknown) => request<T>(fetcher, 'PUT', path, body),
    delete: <T>(path: string) => request<T>(fetcher, 'DELETE', path),
  };
}

export const api = createApi();
