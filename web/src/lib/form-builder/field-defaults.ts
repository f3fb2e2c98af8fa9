import type {
  Condition,
  Field,
  FieldType,
  FormDefinition,
  LocalizedText,
  Section,
  SimpleField,
} from '@laureate/schemas';
import type { Locale } from '../i18n/translate.ts';

/*
 * Pure edits of a form definition for the builder: each returns a new definition and leaves
 * its input untouched, so the page can keep the previous one for "undo" and tests can compare.
 * Positions are indices: `s` a section, `f` a field within it.
 */

/** Every field type, in the order the builder offers them. */
export const FIELD_TYPES: readonly FieldType[] = [
  'short_text',
  'long_text',
  'number',
  'date',
  'single_choice',
  'multiple_choice',
  'country',
  'region',
  'email',
  'url',
  'phone',
  'file',
  'repeatable_group',
  'budget_table',
];

/** What a repeatable group's row may hold: no groups or budgets inside rows. */
export const ROW_FIELD_TYPES = FIELD_TYPES.filter(
  (type): type is SimpleField['type'] => type !== 'repeatable_group' && type !== 'budget_table',
);

/** Field types whose answer can decide whether a later field is shown (formDefinitionProblems). */
const CONDITION_SOURCES = new Set<FieldType>([
  'single_choice',
  'multiple_choice',
  'number',
  'short_text',
  'date',
  'country',
  'email',
  'url',
  'phone',
]);

/** Texts a new field starts with, in the organiser's language. */
export interface DefaultTexts {
  field: LocalizedText;
  option: (n: number) => LocalizedText;
  section: LocalizedText;
}

export interface Position {
  section: number;
  field: number;
}

/** A section or field whose condition pointed at a removed field. */
export interface Dependant {
  kind: 'section' | 'field';
  id: string;
  conditionOn: string;
}

export interface Removal {
  definition: FormDefinition;
  /** Conditions that pointed at what was removed; they are dropped, so these always show. */
  clearedConditions: Dependant[];
}

const MB = 1024 * 1024;

/** `base1`, `base2`…: the first that is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    if (!used.has(`${base}${n}`)) return `${base}${n}`;
  }
}

/** The ids of every top-level field: answers are keyed by them. */
export function fieldIds(definition: FormDefinition): Set<string> {
  return new Set(definition.sections.flatMap((section) => section.fields.map((f) => f.id)));
}

/** Sets or clears one language of a text; an empty text is no text at all. */
export function setLocalized(
  text: LocalizedText | undefined,
  lang: Locale,
  value: string,
): LocalizedText | undefined {
  const next: Partial<Record<Locale, string>> = { ...text };
  if (value.trim() === '') delete next[lang];
  else next[lang] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The settings a type starts with: limits that suit most calls, all editable. */
function typeDefaults(type: FieldType, texts: DefaultTexts): Record<string, unknown> {
  const options = () => [1, 2].map((n) => ({ id: `option${n}`, label: texts.option(n) }));
  switch (type) {
    case 'short_text':
      return { limit: { unit: 'characters', max: 200 } };
    case 'long_text':
      return { limit: { unit: 'words', max: 500 } };
    case 'number':
      return { min: 0, max: 1_000_000, integer: true };
    case 'single_choice':
      return { options: options() };
    case 'multiple_choice':
      return { options: options(), otherOption: false };
    case 'file':
      return { accept: ['application/pdf'], maxBytes: 10 * MB, maxCount: 1 };
    case 'repeatable_group':
      return {
        fields: [createField('short_text', 'name', texts) as SimpleField],
        minRows: 0,
        maxRows: 10,
      };
    case 'budget_table':
      return { currency: 'RUB', minLines: 1, maxLines: 50 };
    default:
      return {};
  }
}

/** A new, optional field of a type, with that type's default settings. */
export function createField(type: FieldType, id: string, texts: DefaultTexts): Field {
  return { id, type, label: texts.field, required: false, ...typeDefaults(type, texts) } as Field;
}

/** The same question as another type: id, texts, required flag and condition are kept. */
export function changeFieldType(field: Field, type: FieldType, texts: DefaultTexts): Field {
  if (field.type === type) return field;
  const { id, label, help, required, visibleWhen, personal } = field;
  return {
    id,
    type,
    label,
    required,
    ...(help ? { help } : {}),
    ...(visibleWhen ? { visibleWhen } : {}),
    ...(personal !== undefined ? { personal } : {}),
    ...typeDefaults(type, texts),
  } as Field;
}

/** A section with no fields yet: it needs one before the form can be saved. */
export function createSection(id: string, title: LocalizedText): Section {
  return { id, title, fields: [] };
}

/** Moves an item by `delta` places; out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

export function replaceItem<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function withSections(definition: FormDefinition, sections: Section[]): FormDefinition {
  return { ...definition, sections };
}

function withFields(definition: FormDefinition, s: number, fields: Field[]): FormDefinition {
  const section = definition.sections[s];
  if (!section) return definition;
  return withSections(definition, replaceItem(definition.sections, s, { ...section, fields }));
}

export function addSection(
  definition: FormDefinition,
  section: Section,
  at = definition.sections.length,
): FormDefinition {
  const sections = [...definition.sections];
  sections.splice(at, 0, section);
  return withSections(definition, sections);
}

export function moveSection(definition: FormDefinition, s: number, delta: number): FormDefinition {
  return withSections(definition, moveItem(definition.sections, s, delta));
}

export function replaceSection(
  definition: FormDefinition,
  s: number,
  section: Section,
): FormDefinition {
  return withSections(definition, replaceItem(definition.sections, s, section));
}

/** Removes a section and its fields; conditions on those fields are dropped and reported. */
export function removeSection(definition: FormDefinition, s: number): Removal {
  const removed = new Set(definition.sections[s]?.fields.map((field) => field.id) ?? []);
  return clearConditionsOn(withSections(definition, removeItem(definition.sections, s)), removed);
}

export function addField(
  definition: FormDefinition,
  s: number,
  field: Field,
  at = definition.sections[s]?.fields.length ?? 0,
): FormDefinition {
  const fields = [...(definition.sections[s]?.fields ?? [])];
  fields.splice(at, 0, field);
  return withFields(definition, s, fields);
}

export function replaceField(
  definition: FormDefinition,
  { section: s, field: f }: Position,
  field: Field,
): FormDefinition {
  return withFields(definition, s, replaceItem(definition.sections[s]?.fields ?? [], f, field));
}

/** Removes a field; conditions that pointed at it are dropped and reported. */
export function removeField(
  definition: FormDefinition,
  { section: s, field: f }: Position,
): Removal {
  const id = definition.sections[s]?.fields[f]?.id;
  const next = withFields(definition, s, removeItem(definition.sections[s]?.fields ?? [], f));
  return clearConditionsOn(next, new Set(id === undefined ? [] : [id]));
}

/**
 * Moves a field one place up (-1) or down (+1). At the top or bottom of its section it crosses
 * into the neighbouring section, so a keyboard can take a field anywhere. Returns where the field
 * went, or undefined when it cannot go further.
 */
export function moveField(
  definition: FormDefinition,
  { section: s, field: f }: Position,
  delta: -1 | 1,
): { definition: FormDefinition; position: Position } | undefined {
  const fields = definition.sections[s]?.fields;
  const field = fields?.[f];
  if (!fields || !field) return undefined;
  const target = f + delta;
  if (target >= 0 && target < fields.length) {
    return {
      definition: withFields(definition, s, moveItem(fields, f, delta)),
      position: { section: s, field: target },
    };
  }
  const neighbour = s + delta;
  const into = definition.sections[neighbour];
  if (!into) return undefined;
  const at = delta < 0 ? into.fields.length : 0;
  const removed = withFields(definition, s, removeItem(fields, f));
  return {
    definition: addField(removed, neighbour, field, at),
    position: { section: neighbour, field: at },
  };
}

/** Gives a field a new id and points the conditions that named the old one at it. */
export function renameField(
  definition: FormDefinition,
  position: Position,
  id: string,
): FormDefinition {
  const field = definition.sections[position.section]?.fields[position.field];
  if (!field || field.id === id) return definition;
  const renamed = replaceField(definition, position, { ...field, id });
  const retarget = <T extends { visibleWhen?: Condition | undefined }>(item: T): T =>
    item.visibleWhen?.fieldId === field.id
      ? { ...item, visibleWhen: { ...item.visibleWhen, fieldId: id } }
      : item;
  return withSections(
    renamed,
    renamed.sections.map((section) =>
      retarget({ ...section, fields: section.fields.map(retarget) }),
    ),
  );
}

export function renameSection(definition: FormDefinition, s: number, id: string): FormDefinition {
  const section = definition.sections[s];
  return section ? replaceSection(definition, s, { ...section, id }) : definition;
}

/** The sections and fields whose condition names one of these fields. */
export function dependantsOf(definition: FormDefinition, ids: ReadonlySet<string>): Dependant[] {
  const found: Dependant[] = [];
  for (const section of definition.sections) {
    if (section.visibleWhen && ids.has(section.visibleWhen.fieldId)) {
      found.push({ kind: 'section', id: section.id, conditionOn: section.visibleWhen.fieldId });
    }
    for (const field of section.fields) {
      if (field.visibleWhen && ids.has(field.visibleWhen.fieldId)) {
        found.push({ kind: 'field', id: field.id, conditionOn: field.visibleWhen.fieldId });
      }
    }
  }
  return found;
}

function clearConditionsOn(definition: FormDefinition, ids: ReadonlySet<string>): Removal {
  const clearedConditions = dependantsOf(definition, ids);
  if (clearedConditions.length === 0) return { definition, clearedConditions };
  const clear = <T extends { visibleWhen?: Condition | undefined }>(item: T): T => {
    if (!item.visibleWhen || !ids.has(item.visibleWhen.fieldId)) return item;
    const { visibleWhen: _dropped, ...rest } = item;
    return rest as T;
  };
  return {
    definition: withSections(
      definition,
      definition.sections.map((section) =>
        clear({ ...section, fields: section.fields.map(clear) }),
      ),
    ),
    clearedConditions,
  };
}

/**
 * The fields a condition at this place may name: earlier fields whose answer can be compared.
 * Without `f`, the place is the section itself (only fields of earlier sections come before it).
 */
export function conditionSources(definition: FormDefinition, s: number, f?: number): Field[] {
  const earlier = definition.sections.slice(0, s).flatMap((section) => section.fields);
  const own = f === undefined ? [] : (definition.sections[s]?.fields.slice(0, f) ?? []);
  return [...earlier, ...own].filter((field) => CONDITION_SOURCES.has(field.type));
}

/** The option ids a choice field can be answered with, "other" included; undefined otherwise. */
export function conditionOptions(field: Field): string[] | undefined {
  if (field.type !== 'single_choice' && field.type !== 'multiple_choice') return undefined;
  return [...field.options.map((option) => option.id), ...(field.otherOption ? ['other'] : [])];
}

/** A first condition on a source field: its first option, or an empty text to fill in. */
export function defaultCondition(source: Field): Condition {
  const options = conditionOptions(source);
  if (source.type === 'multiple_choice')
    return { fieldId: source.id, includes: options?.[0] ?? '' };
  if (options) return { fieldId: source.id, equals: options[0] ?? '' };
  if (source.type === 'number') return { fieldId: source.id, equals: source.min };
  return { fieldId: source.id, equals: '' };
}
