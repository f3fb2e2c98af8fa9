import { z } from 'zod';
import { CountryCode, type FieldError } from '../common.ts';
import {
  OTHER_OPTION_ID,
  type Field,
  type FormDefinition,
  type SimpleField,
} from './form-definition.ts';
import { visibleFieldIds, type FieldContainer } from './visibility.ts';

/*
 * Answer shapes, one per field type. The loose schemas below describe any answer of the type;
 * `buildAnswersValidator` narrows them to one form's options and limits.
 */

/** Single and multiple choice; "other, specify" is the option id `other` plus its text. */
export const ChoiceAnswer = z
  .object({ selected: z.array(z.string()), other: z.string().max(1000).optional() })
  .strict();
export type ChoiceAnswer = z.infer<typeof ChoiceAnswer>;

export const RegionAnswer = z
  .object({ country: CountryCode, region: z.string().max(200) })
  .strict();
export type RegionAnswer = z.infer<typeof RegionAnswer>;

/**
 * A reference to an already uploaded file; the bytes never travel with the answers. The server
 * writes these (docs/forms.md, "Attachments"): the type is the one read from the file's bytes,
 * and the SHA-256 makes the submission receipt cover the file's content.
 */
export const FileRef = z
  .object({
    fileId: z.string().min(1).max(200),
    name: z.string().trim().min(1).max(255),
    size: z.number().int().nonnegative(),
    contentType: z.string().min(3).max(255),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();
export type FileRef = z.infer<typeof FileRef>;

export const BudgetLine = z
  .object({
    item: z.string().max(300),
    quantity: z.number().nonnegative().max(1e9),
    unitCost: z.number().nonnegative().max(1e12),
  })
  .strict();
export type BudgetLine = z.infer<typeof BudgetLine>;
export const BudgetAnswer = z.object({ lines: z.array(BudgetLine) }).strict();
export type BudgetAnswer = z.infer<typeof BudgetAnswer>;

export interface GroupRow {
  [fieldId: string]: AnswerValue;
}
export type AnswerValue =
  string | number | ChoiceAnswer | RegionAnswer | FileRef[] | BudgetAnswer | GroupRow[];
/** One application's answers, keyed by field id. */
export type Answers = Record<string, AnswerValue>;

export type ValidationMode = 'draft' | 'submit';
export interface AnswersValidatorOptions {
  /** `draft`: incomplete is fine, malformed is not. `submit`: complete, for visible fields. */
  mode: ValidationMode;
}

/** Words as applicants and juries count them; `\s` is Unicode-aware, so Cyrillic works. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Characters as people see them (code points), ignoring surrounding whitespace. */
export function characterCount(text: string): number {
  return Array.from(text.trim()).length;
}

/** Sum of quantity × unit cost, rounded to cents once at the end so lines don't drift. */
export function budgetTotal(answer: BudgetAnswer): number {
  const sum = answer.lines.reduce((total, line) => total + line.quantity * line.unitCost, 0);
  return Math.round((sum + Number.EPSILON) * 100) / 100;
}

/** A hard cap on any text, whatever its word limit, so one answer cannot bloat a record. */
const MAX_TEXT_CHARACTERS = 100_000;

/**
 * The zod schema for one application's answers. The same schema runs in the browser (instant
 * feedback) and on the server (the authority). Issue paths start with the field id, e.g.
 * `['problem']` or `['partners', 2, 'country']`, so the UI can link to the field.
 */
export function buildAnswersValidator(
  definition: FormDefinition,
  options: AnswersValidatorOptions,
): z.ZodType<Answers> {
  return answersObject(definition.sections, options.mode);
}

/** Validates an object of answers for the fields of some containers (sections, or one row). */
function answersObject(containers: readonly FieldContainer[], mode: ValidationMode) {
  const fields = containers.flatMap((c) => c.fields);
  const schemas = new Map(fields.map((f) => [f.id, valueSchema(f, mode)] as const));
  return z.record(z.string(), z.unknown()).transform((raw, ctx): Answers => {
    // A cleared input arrives as null or "": that is no answer, not a malformed one.
    const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => !isBlank(v)));
    for (const [key, value] of Object.entries(given)) {
      if (!schemas.has(key)) {
        ctx.addIssue({ code: 'custom', message: 'Unknown field', path: [key], input: value });
      }
    }
    // Drafts keep hidden answers (the applicant may switch back); a submission ignores them.
    const shown = mode === 'submit' ? visibleFieldIds(containers, given) : undefined;
    const answers: Answers = {};
    for (const field of fields) {
      if (shown && !shown.has(field.id)) continue;
      const value = given[field.id];
      const schema = schemas.get(field.id);
      const result = value === undefined || !schema ? undefined : schema.safeParse(value);
      if (result && !result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ ...issue, path: [field.id, ...issue.path], input: value } as never);
        }
        continue;
      }
      const parsed = result?.data;
      if (mode === 'submit' && isEmpty(parsed)) {
        if (field.required) {
          ctx.addIssue({ code: 'custom', message: 'Required', path: [field.id], input: value });
        }
        continue;
      }
      if (parsed !== undefined) answers[field.id] = parsed;
    }
    return answers;
  });
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim());
}

/** Whether a well-shaped answer says nothing, which a required field does not accept. */
function isEmpty(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object' || value === null) return false;
  if ('selected' in value) return isEmpty(value.selected);
  if ('lines' in value) return isEmpty(value.lines);
  if ('region' in value) return isEmpty(value.region);
  return false;
}

function valueSchema(field: Field | SimpleField, mode: ValidationMode): z.ZodType<AnswerValue> {
  const submit = mode === 'submit';
  switch (field.type) {
    case 'short_text':
    case 'long_text':
      return textSchema(field.limit, submit);
    case 'number': {
      const number = z.number().min(field.min).max(field.max);
      return field.integer ? number.int() : number;
    }
    case 'date':
      return z.iso
        .date()
        .refine((d) => field.min === undefined || d >= field.min, `Not before ${field.min}`)
        .refine((d) => field.max === undefined || d <= field.max, `Not after ${field.max}`);
    case 'single_choice':
    case 'multiple_choice':
      return choiceSchema(field, submit);
    case 'country':
      return countrySchema(field.countries);
    case 'region':
      return RegionAnswer.extend({ country: countrySchema(field.countries) });
    // A half-typed address is incomplete, not malformed: autosave must keep it, so the format
    // is checked on submission only.
    case 'email':
      return submit ? z.email().max(254) : z.string().max(254);
    case 'url':
      return submit ? z.url({ protocol: /^https?$/ }).max(2000) : z.string().max(2000);
    case 'phone':
      return submit ? phoneSchema : z.string().max(40);
    case 'file':
      return fileSchema(field);
    case 'repeatable_group':
      return z
        .array(answersObject([{ fields: field.fields }], mode))
        .max(field.maxRows)
        .refine((rows) => !submit || rows.length === 0 || rows.length >= field.minRows, {
          message: `At least ${field.minRows} rows`,
        });
    case 'budget_table':
      return budgetSchema(field, submit);
  }
}

function textSchema(
  limit: { unit: 'words' | 'characters'; max: number; min?: number },
  submit: boolean,
) {
  const { unit, max, min } = limit;
  return z
    .string()
    .max(MAX_TEXT_CHARACTERS)
    .superRefine((text, ctx) => {
      const count = unit === 'words' ? wordCount(text) : characterCount(text);
      if (count > max) {
        ctx.addIssue({
          code: 'custom',
          message: `At most ${max} ${unit}`,
          params: { unit, max, count },
        });
      }
      // The minimum is a completeness rule, so a draft may still be short.
      if (submit && min !== undefined && count > 0 && count < min) {
        ctx.addIssue({
          code: 'custom',
          message: `At least ${min} ${unit}`,
          params: { unit, min, count },
        });
      }
    });
}

function choiceSchema(
  field: Extract<SimpleField, { type: 'single_choice' | 'multiple_choice' }>,
  submit: boolean,
) {
  const ids = new Set(field.options.map((o) => o.id));
  if (field.otherOption) ids.add(OTHER_OPTION_ID);
  const multiple = field.type === 'multiple_choice';
  return ChoiceAnswer.extend({
    selected: z
      .array(z.string().refine((id) => ids.has(id), 'Not one of the options'))
      .max(multiple ? (field.maxSelected ?? ids.size) : 1),
  })
    .superRefine((answer, ctx) => {
      const { selected } = answer;
      if (new Set(selected).size !== selected.length) {
        ctx.addIssue({ code: 'custom', message: 'An option is chosen twice', path: ['selected'] });
      }
      if (!submit) return;
      const min = multiple ? field.minSelected : undefined;
      if (min !== undefined && selected.length > 0 && selected.length < min) {
        ctx.addIssue({ code: 'custom', message: `Choose at least ${min}`, path: ['selected'] });
      }
      if (selected.includes(OTHER_OPTION_ID) && !answer.other?.trim()) {
        ctx.addIssue({ code: 'custom', message: 'Specify the other option', path: ['other'] });
      }
    })
    .transform((answer): ChoiceAnswer => {
      // Text typed for "other" and then un-ticked is kept in a draft but not submitted.
      if (!submit || answer.selected.includes(OTHER_OPTION_ID)) return answer;
      return { selected: answer.selected };
    });
}

function countrySchema(allowed: readonly string[] | undefined) {
  return CountryCode.refine((code) => !allowed || allowed.includes(code), {
    message: 'Not a country of this form',
  });
}

/** Digits with optional "+", spaces, brackets and dashes; 7–15 digits as in E.164. */
const phoneSchema = z
  .string()
  .max(40)
  .regex(/^\+?[0-9 ()-]+$/, 'Must be a phone number such as +7 701 123 45 67')
  .refine((phone) => {
    const digits = phone.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, 'Must have 7 to 15 digits');

function fileSchema(field: Extract<SimpleField, { type: 'file' }>) {
  const accepts = (type: string) =>
    field.accept.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));
  return z
    .array(
      FileRef.extend({
        size: FileRef.shape.size.max(field.maxBytes, `At most ${field.maxBytes} bytes`),
        contentType: FileRef.shape.contentType.refine(accepts, 'This file type is not accepted'),
      }),
    )
    .max(field.maxCount)
    .refine((files) => new Set(files.map((f) => f.fileId)).size === files.length, {
      message: 'A file is attached twice',
    });
}

function budgetSchema(field: Extract<Field, { type: 'budget_table' }>, submit: boolean) {
  return BudgetAnswer.extend({
    lines: z.array(BudgetLine).max(field.maxLines ?? 500),
  }).superRefine((budget, ctx) => {
    if (!submit) return;
    const min = field.minLines;
    if (min !== undefined && budget.lines.length > 0 && budget.lines.length < min) {
      ctx.addIssue({ code: 'custom', message: `At least ${min} lines`, path: ['lines'] });
    }
    budget.lines.forEach((line, i) => {
      if (!line.item.trim()) {
        ctx.addIssue({ code: 'custom', message: 'Describe the item', path: ['lines', i, 'item'] });
      }
    });
  });
}

/**
 * What is wrong with `answers`, as the field errors of a problem document
 * (`body.answers.partners.2.country`). The server answers with these, and the applicant's
 * browser runs this very function before submitting, so both say the same thing.
 */
export function answerFieldErrors(
  definition: FormDefinition,
  answers: Record<string, unknown>,
  mode: ValidationMode,
): FieldError[] {
  const result = buildAnswersValidator(definition, { mode }).safeParse(answers);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: ['body', 'answers', ...issue.path.map(String)].join('.'),
    message: issue.message,
    code: issue.code,
  }));
}
