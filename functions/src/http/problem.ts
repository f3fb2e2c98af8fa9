import type { FieldError, Problem } from '@laureate/schemas';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { ErrorCode } from '#domain/errors';

/**
 * The single mapping from error codes to HTTP. RFC 9457 problem documents; `type` is a
 * stable URI naming the code, `code` repeats it for clients that prefer a plain string.
 */
const statusByCode: Record<ErrorCode, { status: ContentfulStatusCode; title: string }> = {
  'request/invalid': { status: 400, title: 'The request is not valid' },
  'request/malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'request/unsupported-media-type': { status: 415, title: 'Send the body as application/json' },
  'request/too-large': { status: 413, title: 'The request body is too large' },
  'route/not-found': { status: 404, title: 'No such resource' },
  'auth/unauthenticated': { status: 401, title: 'Sign in first' },
  'auth/invalid-credentials': { status: 401, title: 'Wrong email or password' },
  'auth/forbidden': { status: 403, title: 'Not allowed' },
  'auth/second-factor-required': { status: 403, title: 'A second factor is required' },
  'resource/not-found': { status: 404, title: 'No such resource' },
  'auth/cross-origin': { status: 403, title: 'Cross-origin request refused' },
  'auth/throttled': { status: 429, title: 'Too many failed sign-ins: wait and try again' },
  'auth/email-unverified': { status: 403, title: 'Confirm your email address first' },
  'auth/second-factor-missing': {
    status: 401,
    title: 'Enter the code from your authenticator app',
  },
  'account/weak-password': { status: 400, title: 'Choose a stronger password' },
  'account/totp-invalid': { status: 400, title: 'That code is not right' },
  'token/invalid': { status: 400, title: 'This link is not valid or was already used' },
  'token/expired': { status: 400, title: 'This link has expired' },
  'token/wrong-recipient': {
    status: 403,
    title: 'This invitation was sent to another email address',
  },
  'organisation/logo-type': { status: 415, title: 'The logo must be a PNG, JPEG or WebP image' },
  'organisation/last-owner': { status: 409, title: 'An organisation needs at least one owner' },
  'application/deadline-passed': {
    status: 409,
    title: 'The deadline has passed: the application can still be read, not changed',
  },
  'application/not-allowed': {
    status: 409,
    title: 'This step is not possible for the application now',
  },
  'application/incomplete': { status: 400, title: 'Some answers are missing or invalid' },
  'application/lead-only': { status: 403, title: 'Only the lead organisation can do this' },
  'application/no-form': { status: 409, title: 'The organisers have not published a form yet' },
  'attachment/type-not-allowed': { status: 415, title: 'This type of file is not accepted here' },
  'attachment/too-large': { status: 413, title: 'The file is larger than this field allows' },
  'attachment/too-many': {
    status: 409,
    title: 'This field already has as many files as it allows',
  },
  'attachment/content-mismatch': {
    status: 415,
    title: 'The file’s content is not of an accepted type, whatever its name says',
  },
  'attachment/not-uploaded': { status: 409, title: 'The file has not been uploaded' },
  'attachment/upload-refused': {
    status: 400,
    title: 'The upload does not match what was declared',
  },
  'review/closed': {
    status: 409,
    title: 'Reviews are closed: the review deadline has passed',
  },
  'review/incomplete': { status: 400, title: 'Some scores or answers are missing or invalid' },
  'review/no-rubric': { status: 409, title: 'The organisers have not set up the rubric yet' },
  'review/others-hidden': { status: 403, title: 'The other reviews cannot be read now' },
  'assignment/not-allowed': {
    status: 409,
    title: 'This assignment breaks a rule of the competition',
  },
  'assignment/review-started': {
    status: 409,
    title: 'The juror has started this review: it stays with them',
  },
  'assignment/run-in-progress': {
    status: 409,
    title: 'An assignment run is already going for this competition',
  },
  'competition/not-found': { status: 404, title: 'No such competition' },
  'competition/has-applications': {
    status: 409,
    title: 'Applicants have started applications in this competition',
  },
  'form/answers-would-break': {
    status: 409,
    title: 'Applications have answered fields that this version would remove or retype',
  },
  'jury/bidding-off': { status: 409, title: 'This competition does not take bids' },
  'conflict/version-mismatch': {
    status: 409,
    title: 'Someone else changed this in the meantime',
  },
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const typeBase = 'https://laureate.dev/problems/';

export function problemFor(
  code: ErrorCode,
  options: { detail?: string; instance?: string; requestId?: string; errors?: FieldError[] } = {},
): Problem {
  const { status, title } = statusByCode[code];
  return {
    type: typeBase + code,
    title,
    status,
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
    ...(options.errors?.length ? { errors: options.errors } : {}),
  };
}

/** The generic answer to anything unexpected: no message, no stack, only the request id. */
export function internalProblem(requestId?: string): Problem {
  return {
    type: typeBase + 'internal',
    title: 'Something went wrong on our side',
    status: 500,
    code: 'internal',
    detail: 'The error has been logged. Try again; if it persists, quote the request id.',
    ...(requestId ? { requestId } : {}),
  };
}

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

/** Zod issues as field errors: `body.email`, `query.limit`, `params.competitionId`. */
export function fieldErrorsFrom(error: ZodError, target: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [target, ...issue.path.map(String)].join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Hono validator targets named as a client sees them. */
export function targetName(target: string): string {
  return target === 'json' ? 'body' : target === 'param' ? 'params' : target;
}
