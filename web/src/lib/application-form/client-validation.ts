import { answerFieldErrors, type FieldError, type FormDefinition } from '@laureate/schemas';

/*
 * The server's own answer validation, for the browser. The editor imports this module after the
 * page has rendered (zod is too heavy for the first-render budget of applicants' pages), then
 * checks the whole form before it submits: the same problems, at once, even offline.
 */
export function submitProblems(
  definition: FormDefinition,
  answers: Record<string, unknown>,
): FieldError[] {
  return answerFieldErrors(definition, answers, 'submit');
}

export type SubmitProblems = typeof submitProblems;
