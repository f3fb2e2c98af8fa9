/**
 * What the schema cannot check about a new password: that it is not one of the passwords
 * attackers try first, and not the email itself (NIST SP 800-63B §3.1.1.2).
 */
const commonPasswords = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  'qwertyuiop',
  'qwerty1234',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwerty12345',
  'йцукенгшщз',
  'пароль1234',
  'пароль12345',
  'qazwsxedcrfv',
  'abcdefghij',
  'aaaaaaaaaa',
  '1111111111',
  'letmein123',
  'welcome123',
  'admin12345',
  'laureate123',
]);

export type PasswordProblem = 'too-common' | 'same-as-email' | 'repetitive';

export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const lowered = password.toLocaleLowerCase();
  const problems: PasswordProblem[] = [];
  if (commonPasswords.has(lowered)) problems.push('too-common');
  if (
    lowered === email.toLocaleLowerCase() ||
    lowered === email.split('@')[0]?.toLocaleLowerCase()
  ) {
    problems.push('same-as-email');
  }
  if (new Set(lowered).size <= 2) problems.push('repetitive');
  return problems;
}
