import type { Condition, Field, SimpleField } from './form-definition.ts';

/** Something that can be hidden and holds fields: a section, or the single "section" of a row. */
export interface FieldContainer {
  visibleWhen?: Condition | undefined;
  fields: readonly (Field | SimpleField)[];
}

/**
 * Whether a condition holds for the given (possibly raw, unvalidated) answers. It reads answers
 * defensively because the server decides visibility before it validates values.
 */
export function conditionHolds(condition: Condition, answers: Record<string, unknown>): boolean {
  const value = answers[condition.fieldId];
  const selected = selectedOf(value);
  if (condition.includes !== undefined) return selected?.includes(condition.includes) ?? false;
  if (selected) return selected.length === 1 && selected[0] === condition.equals;
  return value !== undefined && value === condition.equals;
}

function selectedOf(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || !('selected' in value)) return undefined;
  return Array.isArray(value.selected) ? (value.selected as unknown[]) : undefined;
}

/**
 * The ids of the fields currently shown. Conditions only point at earlier fields, so one pass in
 * order suffices; a condition on a hidden field is false, so hiding cascades.
 */
export function visibleFieldIds(
  containers: readonly FieldContainer[],
  answers: Record<string, unknown>,
): Set<string> {
  const visible = new Set<string>();
  // Answers of hidden fields must not drive later conditions.
  const shown: Record<string, unknown> = {};
  for (const container of containers) {
    if (container.visibleWhen && !conditionHolds(container.visibleWhen, shown)) continue;
    for (const field of container.fields) {
      if (field.visibleWhen && !conditionHolds(field.visibleWhen, shown)) continue;
      visible.add(field.id);
      shown[field.id] = answers[field.id];
    }
  }
  return visible;
}
