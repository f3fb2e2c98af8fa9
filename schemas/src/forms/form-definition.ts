import { z } from 'zod';
import { CountryCode, Id, LocalizedText } from '../common.ts';

/**
 * Field ids are the keys of the answers object and appear in error paths the UI links to, so
 * they must be stable, URL- and JSON-pointer-safe identifiers.
 */
export const FieldId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,62}$/, 'Must start with a lower-case letter; letters, digits, "_"');

/** Choice option ids share the field-id alphabet. */
export const OptionId = FieldId;

/**
 * The id an answer uses to pick the "other, specify" option. Reserved: no declared option may use
 * it, so a stored answer can never be ambiguous.
 */
export const OTHER_OPTION_ID = 'other';

/**
 * Shows a section or field only when an earlier answer matches. `equals` compares a single choice
 * (option id), a number or a text; `includes` tests a multiple-choice answer for one option id.
 */
export const Condition = z
  .object({
    fieldId: FieldId,
    equals: z.union([z.string(), z.boolean(), z.number()]).optional(),
    includes: z.string().optional(),
  })
  .strict()
  .refine((c) => (c.equals === undefined) !== (c.includes === undefined), {
    message: 'Give exactly one of equals or includes',
  });
export type Condition = z.infer<typeof Condition>;

const fieldBase = {
  id: FieldId,
  label: LocalizedText,
  help: LocalizedText.optional(),
  required: z.boolean(),
  visibleWhen: Condition.optional(),
  /**
   * The answer names a person or an organisation (a contact, a team member, a partner): it is
   * hidden from jurors when the competition's review is blind. Email, phone and URL answers are
   * always hidden then, flagged or not (docs/jury.md).
   */
  personal: z.boolean().optional(),
};

const minNotAboveMax = (v: { min?: number | string; max?: number | string }) =>
  v.min === undefined || v.max === undefined || v.min <= v.max;
const rangeError = { message: 'min must not exceed max' };

/** Narrative answers are judged on length: juries compare like with like. */
export const TextLimit = z
  .object({
    unit: z.enum(['words', 'characters']),
    max: z.number().int().positive().max(100_000),
    min: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine(minNotAboveMax, rangeError);
export type TextLimit = z.infer<typeof TextLimit>;

export const ShortTextField = z
  .object({ ...fieldBase, type: z.literal('short_text'), limit: TextLimit })
  .strict();
export const LongTextField = z
  .object({ ...fieldBase, type: z.literal('long_text'), limit: TextLimit })
  .strict();

export const NumberField = z
  .object({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number(),
    max: z.number(),
    integer: z.boolean().optional(),
  })
  .strict()
  .refine(minNotAboveMax, rangeError);

export const DateField = z
  .object({
    ...fieldBase,
    type: z.literal('date'),
    min: z.iso.date().optional(),
    max: z.iso.date().optional(),
  })
  .strict()
  .refine(minNotAboveMax, rangeError);

export const ChoiceOption = z.object({ id: OptionId, label: LocalizedText }).strict();
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const SingleChoiceField = z
  .object({
    ...fieldBase,
    type: z.literal('single_choice'),
    options: z.array(ChoiceOption).min(1).max(200),
    otherOption: z.boolean().optional(),
  })
  .strict();

export const MultipleChoiceField = z
  .object({
    ...fieldBase,
    type: z.literal('multiple_choice'),
    options: z.array(ChoiceOption).min(1).max(200),
    otherOption: z.boolean().optional(),
    minSelected: z.number().int().nonnegative().optional(),
    maxSelected: z.number().int().positive().optional(),
  })
  .strict()
  .refine((f) => minNotAboveMax({ min: f.minSelected, max: f.maxSelected }), rangeError);

/** `countries` narrows the choice, e.g. to the countries taking part in a competition. */
export const CountryField = z
  .object({
    ...fieldBase,
    type: z.literal('country'),
    countries: z.array(CountryCode).min(1).optional(),
  })
  .strict();

/** A region is free text (oblast, krai, city of federal significance…) qualified by its country. */
export const RegionField = z
  .object({
    ...fieldBase,
    type: z.literal('region'),
    countries: z.array(CountryCode).min(1).optional(),
  })
  .strict();

export const EmailField = z.object({ ...fieldBase, type: z.literal('email') }).strict();
export const UrlField = z.object({ ...fieldBase, type: z.literal('url') }).strict();
export const PhoneField = z.object({ ...fieldBase, type: z.literal('phone') }).strict();

/** `accept` holds MIME types; a `type/*` entry accepts every subtype. */
export const FileField = z
  .object({
    ...fieldBase,
    type: z.literal('file'),
    accept: z.array(z.string().regex(/^[a-z]+\/([a-z0-9.+-]+|\*)$/)).min(1),
    maxBytes: z.number().int().positive(),
    maxCount: z.number().int().positive().max(50),
  })
  .strict();

/** The field types a repeatable group row may hold: no groups or budgets inside rows. */
export const SimpleField = z.discriminatedUnion('type', [
  ShortTextField,
  LongTextField,
  NumberField,
  DateField,
  SingleChoiceField,
  MultipleChoiceField,
  CountryField,
  RegionField,
  EmailField,
  UrlField,
  PhoneField,
  FileField,
]);
export type SimpleField = z.infer<typeof SimpleField>;

export const RepeatableGroupField = z
  .object({
    ...fieldBase,
    type: z.literal('repeatable_group'),
    fields: z.array(SimpleField).min(1).max(30),
    minRows: z.number().int().nonnegative(),
    maxRows: z.number().int().positive().max(200),
  })
  .strict()
  .refine((f) => f.minRows <= f.maxRows, rangeError);

/** Lines of item × quantity × unit cost; the total is computed, never typed in. */
export const BudgetTableField = z
  .object({
    ...fieldBase,
    type: z.literal('budget_table'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code such as KZT'),
    minLines: z.number().int().nonnegative().optional(),
    maxLines: z.number().int().positive().max(500).optional(),
  })
  .strict()
  .refine((f) => minNotAboveMax({ min: f.minLines, max: f.maxLines }), rangeError);

export const Field = z.discriminatedUnion('type', [
  ...SimpleField.options,
  RepeatableGroupField,
  BudgetTableField,
]);
export type Field = z.infer<typeof Field>;
export type FieldType = Field['type'];

export const Section = z
  .object({
    id: FieldId,
    title: LocalizedText,
    help: LocalizedText.optional(),
    fields: z.array(Field).min(1).max(200),
    visibleWhen: Condition.optional(),
  })
  .strict();
export type Section = z.infer<typeof Section>;

export const FormDefinition = z
  .object({
    id: Id,
    version: z.number().int().positive(),
    title: LocalizedText,
    sections: z.array(Section).min(1).max(100),
  })
  .strict();
export type FormDefinition = z.infer<typeof FormDefinition>;

/** A mistake in a form definition that zod's shape checks cannot see. */
export interface FormDefinitionProblem {
  /** Path inside the definition, e.g. `['sections', 1, 'fields', 0, 'visibleWhen', 'fieldId']`. */
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];

/**
 * Checks what spans fields: ids must be unique (answers are keyed by them), conditions must point
 * at an earlier field of a comparable type (so visibility is decided in one pass, top to bottom,
 * and never loops), and choice options must be unambiguous.
 */
export function formDefinitionProblems(definition: FormDefinition): FormDefinitionProblem[] {
  const problems: FormDefinitionProblem[] = [];
  const allIds = new Set(definition.sections.flatMap((s) => s.fields.map((f) => f.id)));
  const earlier = new Map<string, Field>();
  const sectionIds = new Set<string>();

  definition.sections.forEach((section, s) => {
    const at: Path = ['sections', s];
    if (sectionIds.has(section.id)) {
      problems.push({ path: [...at, 'id'], message: `Duplicate section id "${section.id}"` });
    }
    sectionIds.add(section.id);
    if (section.visibleWhen) {
      checkCondition(section.visibleWhen, earlier, allIds, [...at, 'visibleWhen'], problems);
    }
    checkFields(section.fields, earlier, allIds, [...at, 'fields'], problems);
  });
  return problems;
}

/** Walks one list of fields in order; `earlier` collects the fields a condition may point at. */
function checkFields(
  fields: readonly (Field | SimpleField)[],
  earlier: Map<string, Field | SimpleField>,
  allIds: ReadonlySet<string>,
  at: Path,
  problems: FormDefinitionProblem[],
): void {
  fields.forEach((field, f) => {
    const fieldAt = [...at, f];
    if (earlier.has(field.id)) {
      problems.push({ path: [...fieldAt, 'id'], message: `Duplicate field id "${field.id}"` });
    }
    if (field.visibleWhen) {
      checkCondition(field.visibleWhen, earlier, allIds, [...fieldAt, 'visibleWhen'], problems);
    }
    if (field.type === 'single_choice' || field.type === 'multiple_choice') {
      checkOptions(field, fieldAt, problems);
    }
    if (field.type === 'repeatable_group') {
      // Row fields are keyed within the row, so they form their own namespace.
      const rowIds = new Set(field.fields.map((sub) => sub.id));
      checkFields(field.fields, new Map(), rowIds, [...fieldAt, 'fields'], problems);
    }
    earlier.set(field.id, field);
  });
}

function checkOptions(
  field: Extract<SimpleField, { type: 'single_choice' | 'multiple_choice' }>,
  at: Path,
  problems: FormDefinitionProblem[],
): void {
  const seen = new Set<string>();
  field.options.forEach((option, o) => {
    if (option.id === OTHER_OPTION_ID) {
      problems.push({
        path: [...at, 'options', o, 'id'],
        message: `"${OTHER_OPTION_ID}" is reserved; set otherOption instead`,
      });
    } else if (seen.has(option.id)) {
      problems.push({
        path: [...at, 'options', o, 'id'],
        message: `Duplicate option "${option.id}"`,
      });
    }
    seen.add(option.id);
  });
  if (field.type === 'multiple_choice') {
    const available = field.options.length + (field.otherOption ? 1 : 0);
    if ((field.minSelected ?? 0) > available || (field.maxSelected ?? 0) > available) {
      problems.push({ path: at, message: 'minSelected/maxSelected exceed the number of options' });
    }
  }
}

function checkCondition(
  condition: Condition,
  earlier: ReadonlyMap<string, Field | SimpleField>,
  allIds: ReadonlySet<string>,
  at: Path,
  problems: FormDefinitionProblem[],
): void {
  const target = earlier.get(condition.fieldId);
  if (!target) {
    const message = allIds.has(condition.fieldId)
      ? `Condition points at "${condition.fieldId}", which comes later`
      : `Condition points at unknown field "${condition.fieldId}"`;
    problems.push({ path: [...at, 'fieldId'], message });
    return;
  }
  const { equals, includes } = condition;
  const optionIds = (f: { options: ChoiceOption[]; otherOption?: boolean | undefined }) => [
    ...f.options.map((o) => o.id),
    ...(f.otherOption ? [OTHER_OPTION_ID] : []),
  ];
  let message: string | undefined;
  switch (target.type) {
    case 'single_choice':
      if (typeof equals !== 'string' || !optionIds(target).includes(equals)) {
        message = 'A single-choice condition needs equals: one of its option ids';
      }
      break;
    case 'multiple_choice':
      if (includes === undefined || !optionIds(target).includes(includes)) {
        message = 'A multiple-choice condition needs includes: one of its option ids';
      }
      break;
    case 'number':
      if (typeof equals !== 'number') message = 'A number condition needs a numeric equals';
      break;
    case 'short_text':
    case 'date':
    case 'country':
    case 'email':
    case 'url':
    case 'phone':
      if (typeof equals !== 'string') message = 'This condition needs a text equals';
      break;
    default:
      message = `A ${target.type} field cannot drive a condition`;
  }
  if (message) problems.push({ path: at, message });
}

/** A definition that is both well-shaped and consistent: what an organiser may save. */
export const ConsistentFormDefinition = FormDefinition.superRefine((definition, ctx) => {
  for (const problem of formDefinitionProblems(definition)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  }
});
