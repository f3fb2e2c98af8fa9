import { DomainError } from '#domain/errors';
import { passwordProblems } from '#domain/password-policy';

/** Refuses a new password the policy rejects, naming `body.password` for each reason. */
export function requireStrongPassword(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    throw new DomainError('account/weak-password', 'Choose a password that is harder to guess', {
      errors: problems.map((code) => ({ field: 'body.password', message: code, code })),
    });
  }
}
