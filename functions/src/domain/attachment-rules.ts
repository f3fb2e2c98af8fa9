import type { Field, FileRef, FormDefinition, SimpleField } from '@laureate/schemas';

/**
 * What the form says about attachments: which fields take files, which types they accept, and
 * the rule that attached files are the server's to record, never the browser's (a draft save
 * cannot add, change or drop a file reference; only the attachment routes can).
 */

export type FileField = Extract<SimpleField, { type: 'file' }>;

/**
 * A file field at the top level of the form, with its section. Files inside repeatable groups
 * are not uploadable: a file belongs to one field, not to a row that can move or vanish.
 */
export function fileFieldOf(
  form: FormDefinition,
  fieldId: string,
): { field: FileField; sectionId: string } | undefined {
  for (const section of form.sections) {
    const field = section.fields.find((candidate) => candidate.id === fieldId);
    if (field?.type === 'file') return { field, sectionId: section.id };
  }
  return undefined;
}

/** `type/*` in `accept` takes every subtype, as in the answers validator. */
export function acceptsType(field: FileField, contentType: string): boolean {
  return field.accept.some(
    (accepted) =>
      accepted === contentType ||
      (accepted.endsWith('/*') && contentType.startsWith(accepted.slice(0, -1))),
  );
}

/** The files recorded in one field's answer. */
export function filesIn(answers: Record<string, unknown>, fieldId: string): FileRef[] {
  const value = answers[fieldId];
  return Array.isArray(value) ? (value as FileRef[]) : [];
}

const topLevelFileFields = (form: FormDefinition): Field[] =>
  form.sections.flatMap((section) => section.fields.filter((field) => field.type === 'file'));

/** `proposed` with every file field's answer as stored, whatever the browser sent. */
export function withStoredFiles(
  form: FormDefinition,
  stored: Record<string, unknown>,
  proposed: Record<string, unknown>,
): Record<string, unknown> {
  const result = { ...proposed };
  for (const field of topLevelFileFields(form)) {
    if (field.id in stored) result[field.id] = stored[field.id];
    else delete result[field.id];
  }
  // Files cannot be uploaded into group rows, so no row may claim one.
  for (const group of form.sections.flatMap((section) => section.fields)) {
    if (group.type !== 'repeatable_group' || !Array.isArray(result[group.id])) continue;
    const inner = group.fields.filter((field) => field.type === 'file').map((field) => field.id);
    if (inner.length === 0) continue;
    result[group.id] = (result[group.id] as unknown[]).map((row) =>
      typeof row === 'object' && row !== null
        ? Object.fromEntries(Object.entries(row).filter(([key]) => !inner.includes(key)))
        : row,
    );
  }
  return result;
}

/**
 * File references that name no stored attachment, as answer paths: `['attachments', 1]`.
 * Submitting is refused while any exists, so a receipt never vouches for a file that is not
 * kept.
 */
export function unknownFiles(
  form: FormDefinition,
  answers: Record<string, unknown>,
  storedIds: ReadonlySet<string>,
): (string | number)[][] {
  return topLevelFileFields(form).flatMap((field) =>
    filesIn(answers, field.id).flatMap((file, index) =>
      storedIds.has(file.fileId) ? [] : [[field.id, index]],
    ),
  );
}
