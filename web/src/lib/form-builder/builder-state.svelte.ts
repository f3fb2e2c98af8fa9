import type { Field, FieldType, FormDefinition, Section } from '@laureate/schemas';
import { tick } from 'svelte';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { localized, t } from '$lib/i18n/locale.svelte';
import {
  addField,
  addSection,
  createField,
  createSection,
  fieldIds,
  moveField,
  moveSection,
  removeField,
  removeSection,
  renameField,
  replaceField,
  replaceSection,
  uniqueId,
  type Dependant,
  type Position,
} from './field-defaults';
import type { Path } from './validation';
import { defaultTexts } from './texts';

/** Moves focus once the DOM shows the change: after a move, keyboard users stay on the item. */
async function focusLater(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}

/** Replaced in the constructor; class fields need an initial value for `$state`. */
const placeholder: FormDefinition = {
  id: 'placeholder',
  version: 1,
  title: { en: '-' },
  sections: [],
};

export const fieldPrefix = (p: Position) => `fb-s${p.section}-f${p.field}`;

/**
 * The form being edited and what the builder remembers about it: which fields are open, which
 * answered fields were renamed (the server refuses that), and the last removal, for "undo".
 * Every change goes through the pure functions of field-defaults.ts.
 */
export class FormBuilderState {
  definition: FormDefinition = $state.raw(placeholder);
  /** Field ids whose settings are open. */
  readonly expanded = new SvelteSet<string>();
  /** What just happened, for the live region. */
  announcement = $state('');
  /** The definition before the last removal. */
  undoable = $state.raw<FormDefinition | undefined>();
  /** Current id → the id it had when loaded, for answered fields renamed since. */
  readonly #renamedFrom = new SvelteMap<string, string>();
  readonly #answered: readonly string[];

  constructor(
    definition: FormDefinition,
    answeredFieldIds: readonly string[],
    expanded: Iterable<string> = [],
  ) {
    this.definition = definition;
    this.#answered = [...answeredFieldIds];
    for (const id of expanded) this.expanded.add(id);
  }

  /** The id applications answered this field under, if they did: its id and type must stay. */
  lockedAs(fieldId: string): string | undefined {
    const original = this.#renamedFrom.get(fieldId) ?? fieldId;
    return this.#answered.includes(original) ? original : undefined;
  }

  /** Where the field loaded as `originalId` is now, pointing at its id input. */
  pathOfOriginal(originalId: string): Path | undefined {
    const current =
      [...this.#renamedFrom].find(([, original]) => original === originalId)?.[0] ?? originalId;
    for (const [s, section] of this.definition.sections.entries()) {
      const f = section.fields.findIndex((field) => field.id === current);
      if (f >= 0) return ['sections', s, 'fields', f, 'id'];
    }
    return undefined;
  }

  #field(p: Position): Field | undefined {
    return this.definition.sections[p.section]?.fields[p.field];
  }

  #name(field: { label: Field['label']; id: string } | undefined): string {
    return field ? localized(field.label) || field.id : '';
  }

  updateField(p: Position, field: Field): void {
    this.definition = replaceField(this.definition, p, field);
  }

  updateSection(s: number, section: Section): void {
    this.definition = replaceSection(this.definition, s, section);
  }

  renameField(p: Position, id: string): void {
    const old = this.#field(p)?.id;
    if (old === undefined || old === id) return;
    this.definition = renameField(this.definition, p, id);
    const original = this.#renamedFrom.get(old) ?? old;
    this.#renamedFrom.delete(old);
    if (original !== id) this.#renamedFrom.set(id, original);
    if (this.expanded.delete(old)) this.expanded.add(id);
  }

  addField(s: number, type: FieldType): void {
    const id = uniqueId('field', fieldIds(this.definition));
    const at = this.definition.sections[s]?.fields.length ?? 0;
    this.definition = addField(this.definition, s, createField(type, id, defaultTexts()));
    this.expanded.add(id);
    void focusLater(`${fieldPrefix({ section: s, field: at })}-label-${labelLang()}`);
  }

  moveField(p: Position, delta: -1 | 1): void {
    const field = this.#field(p);
    const moved = moveField(this.definition, p, delta);
    if (!field || !moved) return;
    this.definition = moved.definition;
    this.announcement = t('builder.field.moved', {
      name: this.#name(field),
      position: moved.position.field + 1,
      section: moved.position.section + 1,
    });
    void focusLater(`${fieldPrefix(moved.position)}-${delta < 0 ? 'up' : 'down'}`);
  }

  removeField(p: Position): void {
    const field = this.#field(p);
    if (!field) return;
    const before = this.definition;
    const removal = removeField(before, p);
    this.#removed(before, removal.definition, removal.clearedConditions, this.#name(field));
    const remaining = this.definition.sections[p.section]?.fields.length ?? 0;
    void focusLater(
      remaining > 0
        ? fieldPrefix({ section: p.section, field: Math.min(p.field, remaining - 1) })
        : `fb-s${p.section}-fields-type`,
    );
  }

  addSection(): void {
    const sections = this.definition.sections;
    const id = uniqueId(
      'section',
      sections.map((section) => section.id),
    );
    this.definition = addSection(this.definition, createSection(id, defaultTexts().section));
    void focusLater(`fb-s${sections.length}-title-${labelLang()}`);
  }

  moveSection(s: number, delta: -1 | 1): void {
    const target = s + delta;
    if (target < 0 || target >= this.definition.sections.length) return;
    this.definition = moveSection(this.definition, s, delta);
    this.announcement = t('builder.section.moved', { position: target + 1 });
    void focusLater(`fb-s${target}-${delta < 0 ? 'up' : 'down'}`);
  }

  removeSection(s: number): void {
    const section = this.definition.sections[s];
    if (!section) return;
    const before = this.definition;
    const removal = removeSection(before, s);
    this.#removed(before, removal.definition, removal.clearedConditions, localized(section.title));
    void focusLater('fb-undo');
  }

  #removed(
    before: FormDefinition,
    after: FormDefinition,
    cleared: Dependant[],
    name: string,
  ): void {
    this.undoable = before;
    this.definition = after;
    const message = t('builder.removed', { name });
    this.announcement =
      cleared.length > 0
        ? `${message} ${t('builder.conditionsCleared', { list: cleared.map((d) => d.id).join(', ') })}`
        : message;
  }

  undo(): void {
    if (!this.undoable) return;
    this.definition = this.undoable;
    this.undoable = undefined;
    this.announcement = t('builder.undone');
  }
}

/** The language new texts are written in: the interface's. */
function labelLang(): string {
  return document.documentElement.lang || 'en';
}
