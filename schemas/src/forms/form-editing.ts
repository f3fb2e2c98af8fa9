import { z } from 'zod';
import { FormDefinition, type Field, type FieldType } from './form-definition.ts';

/**
 * What the form builder needs besides the form: whether applications exist (so that saving
 * makes a new version they do not follow) and which fields already hold answers (which a new
 * version must keep). Counts and field ids only: organisers never read drafts.
 */
export const FormEditingState = z.object({
  /** The current version, or null while the competition has no form yet. */
  form: FormDefinition.nullable(),
  /** Applications started in this competition, drafts included. */
  applications: z.number().int().nonnegative(),
  /** Fields of the current version that at least one application has answered. */
  answeredFieldIds: z.array(z.string()),
});
export type FormEditingState = z.infer<typeof FormEditingState>;

/** A change of a form that would strand answers already given. */
export interface AnsweredFieldProblem {
  fieldId: string;
  /** `removed`: no field of the new version has this id (renamed or deleted). */
  kind: 'removed' | 'retyped';
  /** The field's type in the current version. */
  type: FieldType;
  message: string;
}

/**
 * Once applications have answered a field, every later version must keep a field with the same
 * id and type: exports, screening and comparisons across versions read answers by id, so a
 * renamed or retyped field would hide or garble what applicants already wrote. Labels, help,
 * limits, options, order and conditions may change; new fields may be added.
 *
 * @example answeredFieldProblems(current, next, ['problem']) // [] when `problem` is kept
 */
export function answeredFieldProblems(
  current: FormDefinition | null | undefined,
  next: FormDefinition,
  answeredFieldIds: Iterable<string>,
): AnsweredFieldProblem[] {
  if (!current) return [];
  const answered = new Set(answeredFieldIds);
  const nextFields = new Map<string, Field>(
    next.sections.flatMap((section) => section.fields.map((field) => [field.id, field])),
  );
  const problems: AnsweredFieldProblem[] = [];
  for (const field of current.sections.flatMap((section) => section.fields)) {
    if (!answered.has(field.id)) continue;
    const kept = nextFields.get(field.id);
    if (!kept) {
      problems.push({
        fieldId: field.id,
        kind: 'removed',
        type: field.type,
        message: `Applications have answered "${field.id}": keep a field with this id`,
      });
    } else if (kept.type !== field.type) {
      problems.push({
        fieldId: field.id,
        kind: 'retyped',
        type: field.type,
        message: `Applications have answered "${field.id}": keep its type ${field.type}`,
      });
    }
  }
  return problems;
}

/**
 * Whether an answer says something. Blank texts, empty selections, tables and lists do not
 * count, so a draft that only touched a field does not lock it.
 */
export function isAnswerGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isAnswerGiven);
  if (typeof value !== 'object') return true;
  if ('selected' in value) return isAnswerGiven(value.selected);
  if ('lines' in value) return isAnswerGiven(value.lines);
  if ('region' in value) return isAnswerGiven(value.region);
  return Object.values(value).some(isAnswerGiven);
}

/** The ids of the fields that at least one of these answer sets has answered. */
export function answeredFieldIdsOf(answerSets: Iterable<Record<string, unknown>>): Set<string> {
  const ids = new Set<string>();
  for (const answers of answerSets) {
    for (const [id, value] of Object.entries(answers)) {
      if (isAnswerGiven(value)) ids.add(id);
    }
  }
  return ids;
}
