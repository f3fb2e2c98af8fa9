import type { Field, FormDefinition, ReviewedApplication, SimpleField } from '@laureate/schemas';
import { extensionFor } from './file-type.ts';

/**
 * Blind review: jurors judge the project, not who proposes it. What is hidden is decided from
 * the form definition, never guessed from the text:
 *
 * - the organisations' names (lead and partners), on the application itself;
 * - every answer to an email, phone or URL field (contacts lead straight to the applicant);
 * - every answer to a field flagged `personal` (names of people or organisations), inside
 *   repeatable groups too (`partners.organisationName`); a flagged group is hidden whole;
 * - when the form is unknown, or an answer belongs to no field of it, the answer is hidden:
 *   anything that cannot be classified is treated as identifying;
 * - attached files keep their content but lose their names (`attachment-1.pdf`): a name comes
 *   from the applicant's computer ("Устав АНО Мост.pdf") and names the organisation as often
 *   as not.
 *
 * Free text that names the organisation, and what the attached files themselves say, stay: no
 * rule can find a name in prose or in a scan reliably, so blind competitions ask applicants not
 * to write one (docs/jury.md).
 */

const contactTypes: ReadonlySet<string> = new Set(['email', 'phone', 'url']);

/** Whether a field's answer identifies the applicant in a blind review. */
export function isIdentifyingField(field: Field | SimpleField): boolean {
  return contactTypes.has(field.type) || field.personal === true;
}

export interface AnonymisedAnswers {
  answers: Record<string, unknown>;
  /** `fieldId`, or `groupId.fieldId` for a column of a repeatable group, in form order. */
  hiddenFields: string[];
}

/**
 * The answers with identifying ones removed.
 *
 * @example anonymiseAnswers(form, { contactEmail: 'a@b.kz', problem: '…' })
 * // { answers: { problem: '…' }, hiddenFields: ['contactEmail'] }
 */
export function anonymiseAnswers(
  form: FormDefinition | undefined,
  answers: Record<string, unknown>,
): AnonymisedAnswers {
  if (!form) return { answers: {}, hiddenFields: Object.keys(answers).sort() };
  const kept: Record<string, unknown> = {};
  const hidden: string[] = [];
  const known = new Set<string>();
  for (const field of form.sections.flatMap((section) => section.fields)) {
    known.add(field.id);
    const value = answers[field.id];
    if (isIdentifyingField(field)) {
      if (value !== undefined) hidden.push(field.id);
      continue;
    }
    if (field.type === 'repeatable_group') {
      const columns = field.fields.filter(isIdentifyingField).map((column) => column.id);
      if (Array.isArray(value) && columns.length > 0) {
        kept[field.id] = value.map((row: unknown) => withoutKeys(row, columns));
        hidden.push(...columns.map((column) => `${field.id}.${column}`));
        continue;
      }
    }
    if (value !== undefined) kept[field.id] = value;
  }
  const stray = Object.keys(answers)
    .filter((key) => !known.has(key))
    .sort();
  return { answers: kept, hiddenFields: [...hidden, ...stray] };
}

/**
 * The answers with every attached file renamed `attachment-<n>.<ext>`, numbered through the
 * form's file fields in order, the extension from the type the server read in the bytes (the
 * original one when it is of that type: `.jpeg` stays `.jpeg`). Everything else about a file
 * (id, size, type, hash) stays, so the juror's download route finds it by id.
 *
 * @example withNeutralFileNames(form, { attachments: [{ fileId: 'att-1', name: 'Устав Мост.pdf', … }] })
 * // { attachments: [{ fileId: 'att-1', name: 'attachment-1.pdf', … }] }
 */
export function withNeutralFileNames(
  form: FormDefinition,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const renamed = { ...answers };
  let count = 0;
  for (const field of form.sections.flatMap((section) => section.fields)) {
    const value = answers[field.id];
    if (field.type !== 'file' || !Array.isArray(value)) continue;
    renamed[field.id] = value.flatMap((file: unknown) => {
      // Only the server writes file answers; anything else in one is dropped, not shown.
      if (typeof file !== 'object' || file === null || Array.isArray(file)) return [];
      const { name, contentType } = file as { name?: unknown; contentType?: unknown };
      const original =
        typeof name === 'string' ? /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1] : undefined;
      const extension = extensionFor(typeof contentType === 'string' ? contentType : '', original);
      count += 1;
      return [{ ...file, name: `attachment-${count}${extension ? `.${extension}` : ''}` }];
    });
  }
  return renamed;
}

/**
 * The answers as a juror reads them: whole in an open review; in a blind one without what
 * identifies the applicant and with neutral file names. The workspace and the juror's file
 * download both read answers through this, so a file is downloadable exactly when, and under
 * the name, the workspace shows it.
 */
export function readableAnswers(
  form: FormDefinition | undefined,
  answers: Record<string, unknown>,
  blind: boolean,
): AnonymisedAnswers {
  if (!blind) return { answers, hiddenFields: [] };
  const anonymised = anonymiseAnswers(form, answers);
  return form
    ? { ...anonymised, answers: withNeutralFileNames(form, anonymised.answers) }
    : anonymised;
}

function withoutKeys(row: unknown, keys: readonly string[]): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

export interface ApplicationForReview {
  id: string;
  title: string;
  trackId: string;
  country?: string | undefined;
  formVersion: number;
  answers: Record<string, unknown>;
  submittedAt?: string | undefined;
  lead: { name?: string | undefined; country?: string | undefined };
  partners: readonly {
    role: 'co_applicant' | 'partner';
    name?: string | undefined;
    country?: string | undefined;
  }[];
}

/**
 * The application as a juror reads it: anonymised when the competition is blind, whole
 * otherwise. Countries stay in both cases: cross-border rules and local context depend on them.
 *
 * @example readableApplication(application, form, true).organisations[0] // { role: 'lead', country: 'KZ' }
 */
export function readableApplication(
  application: ApplicationForReview,
  form: FormDefinition | undefined,
  blind: boolean,
): ReviewedApplication {
  const { answers, hiddenFields } = readableAnswers(form, application.answers, blind);
  const organisation = (
    role: 'lead' | 'co_applicant' | 'partner',
    entry: { name?: string | undefined; country?: string | undefined },
  ) => ({
    role,
    ...(!blind && entry.name ? { name: entry.name } : {}),
    ...(entry.country ? { country: entry.country } : {}),
  });
  return {
    id: application.id,
    title: application.title,
    trackId: application.trackId,
    ...(application.country ? { country: application.country } : {}),
    organisations: [
      organisation('lead', application.lead),
      ...application.partners.map((partner) => organisation(partner.role, partner)),
    ],
    formVersion: application.formVersion,
    answers,
    ...(application.submittedAt ? { submittedAt: application.submittedAt } : {}),
    hiddenFields,
  };
}
