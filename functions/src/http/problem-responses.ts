import { Problem } from '@laureate/schemas';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

const descriptions: Record<number, string> = {
  400: 'Invalid request: see `errors` for each field',
  401: 'Not signed in, or wrong credentials',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicting change',
  415: 'Body is not JSON',
  429: 'Too many attempts',
  503: 'A dependency is unavailable',
};

interface ProblemResponse {
  description: string;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof Problem } };
}

/** OpenAPI response entries for problem documents, so each route lists its error statuses. */
export function problemResponses<S extends number>(...statuses: S[]): Record<S, ProblemResponse> {
  const responses = {} as Record<S, ProblemResponse>;
  for (const status of statuses) {
    responses[status] = {
      description: descriptions[status] ?? 'Error',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
    };
  }
  return responses;
}
