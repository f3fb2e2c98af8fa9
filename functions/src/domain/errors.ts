/**
 * Expected failures carry a stable string code; `http/problem.ts` maps codes to HTTP statuses
 * in one place. Anything that is not a DomainError is unexpected and becomes a generic 500.
 *
 * @example throw new DomainError('competition/not-found', 'No such competition', { competitionId })
 */
export type ErrorCode =
  | 'request/invalid'
  | 'request/malformed-json'
  | 'request/unsupported-media-type'
  | 'request/too-large'
  | 'route/not-found'
  | 'auth/unauthenticated'
  | 'auth/invalid-credentials'
  | 'auth/forbidden'
  | 'auth/second-factor-required'
  | 'resource/not-found'
  | 'auth/cross-origin'
  | 'auth/throttled'
  | 'auth/email-unverified'
  | 'auth/second-factor-missing'
  | 'account/weak-password'
  | 'account/totp-invalid'
  | 'token/invalid'
  | 'token/expired'
  | 'token/wrong-recipient'
  | 'organisation/last-owner'
  | 'organisation/logo-type'
  | 'competition/not-found'
  | 'competition/has-applications'
  | 'application/deadline-passed'
  | 'application/not-allowed'
  | 'application/incomplete'
  | 'application/no-form'
  | 'application/lead-only'
  | 'review/closed'
  | 'review/incomplete'
  | 'review/no-rubric'
  | 'review/others-hidden'
  | 'assignment/not-allowed'
  | 'assignment/review-started'
  | 'assignment/run-in-progress'
  | 'attachment/type-not-allowed'
  | 'attachment/too-large'
  | 'attachment/too-many'
  | 'attachment/content-mismatch'
  | 'attachment/not-uploaded'
  | 'attachment/upload-refused'
  | 'form/answers-would-break'
  | 'jury/bidding-off'
  | 'conflict/version-mismatch';

export class DomainError<
  Payload extends Record<string, unknown> = Record<string, unknown>,
> extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly payload: Payload = {} as Payload,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
