import { budgetTotal, type BudgetAnswer, type FormDefinition } from '@laureate/schemas';
import type { ApplicationRecord } from '#ports/application-repository';
import type { Cell, Table } from './table.ts';

/** One answer as a single readable cell: choices joined, budgets as their total, rows as JSON. */
function answerCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) {
    const names = value.map((item: unknown) =>
      item && typeof item === 'object' && 'name' in item ? String(item.name) : null,
    );
    return names.every((name) => name !== null) ? names.join('; ') : JSON.stringify(value);
  }
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.selected)) {
    const chosen = (object.selected as unknown[]).map(String);
    return [
      ...chosen,
      ...(typeof object.other === 'string' && object.other ? [`other: ${object.other}`] : []),
    ].join('; ');
  }
  if (Array.isArray(object.lines)) return budgetTotal(object as unknown as BudgetAnswer);
  if (typeof object.region === 'string') {
    return `${typeof object.country === 'string' ? object.country : ''}: ${object.region}`;
  }
  return JSON.stringify(value);
}

/**
 * The export of a competition's applications: what identifies each one, its status and
 * screening, then one column per field of the form, in the form's order.
 */
export function applicationsTable(
  applications: readonly ApplicationRecord[],
  form: FormDefinition | undefined,
): Table {
  const fields = form ? form.sections.flatMap((section) => section.fields) : [];
  const headers = [
    'id',
    'title',
    'organisation',
    'country',
    'track',
    'status',
    'submittedAt',
    'eligible',
    'eligibilityReason',
    'contentHash',
    ...fields.map((field) => field.label.en ?? field.label.ru ?? field.id),
  ];
  const rows = applications.map((application) => [
    application.id,
    application.title,
    application.organisationName ?? application.organisationId,
    application.country ?? '',
    application.trackId,
    application.status,
    application.submittedAt ?? '',
    application.eligibility ? (application.eligibility.eligible ? 'yes' : 'no') : '',
    application.eligibility?.reason ?? '',
    application.receipt?.contentHash ?? '',
    ...fields.map((field) => answerCell(application.answers[field.id])),
  ]);
  return { headers, rows };
}
