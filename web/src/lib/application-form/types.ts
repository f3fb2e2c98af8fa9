import type { Field, SimpleField } from '@laureate/schemas';

/** Which fields of some containers are shown for given answers (`visibleFieldIds`). */
export type Visibility = (
  containers: readonly {
    visibleWhen?: Field['visibleWhen'];
    fields: readonly (Field | SimpleField)[];
  }[],
  answers: Record<string, unknown>,
) => Set<string>;

/** What every field input shares. */
export interface FieldContext {
  /** The countries a country or region field offers when it lists none of its own. */
  countries: readonly string[];
  readonly: boolean;
  visibility: Visibility;
}
