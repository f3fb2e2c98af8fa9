import {
  bestPracticeAwardTemplate,
  ConsistentFormDefinition,
  crossBorderSocialProjectTemplate,
  type Field,
  type FormDefinition,
} from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import {
  addField,
  addSection,
  changeFieldType,
  conditionOptions,
  conditionSources,
  createField,
  createSection,
  defaultCondition,
  dependantsOf,
  FIELD_TYPES,
  fieldIds,
  moveField,
  moveSection,
  removeField,
  removeSection,
  renameField,
  renameSection,
  setLocalized,
  uniqueId,
  type DefaultTexts,
} from './field-defaults.ts';

const texts: DefaultTexts = {
  field: { en: 'New question' },
  option: (n) => ({ en: `Option ${n}` }),
  section: { en: 'New section' },
};

/** A small form: a choice, then a text shown for one of its answers, in a second section. */
function sample(): FormDefinition {
  const scope: Field = {
    id: 'scope',
    type: 'single_choice',
    label: { en: 'Scope' },
    required: true,
    options: [
      { id: 'local', label: { en: 'Local' } },
      { id: 'crossBorder', label: { en: 'Cross-border' } },
    ],
  };
  const countries: Field = {
    ...createField('short_text', 'countries', texts),
    visibleWhen: { fieldId: 'scope', equals: 'crossBorder' },
  };
  return {
    id: 'sample-form',
    version: 1,
    title: { en: 'Sample' },
    sections: [
      {
        id: 'first',
        title: { en: 'First' },
        fields: [scope, createField('email', 'email', texts)],
      },
      { id: 'second', title: { en: 'Second' }, fields: [countries] },
    ],
  };
}

const ids = (definition: FormDefinition) =>
  definition.sections.map((section) => section.fields.map((field) => field.id));

describe('new fields and sections', () => {
  it('creates a valid field of every type the schema supports', () => {
    for (const type of FIELD_TYPES) {
      const definition = addField(sample(), 0, createField(type, uniqueId('field', []), texts));
      const parsed = ConsistentFormDefinition.safeParse(definition);
      expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('picks ids that are free', () => {
    expect(uniqueId('field', ['field1', 'field2', 'other'])).toBe('field3');
    expect(uniqueId('section', [])).toBe('section1');
  });

  it('adds a section that needs a field before the form is valid', () => {
    const definition = addSection(sample(), createSection('section1', texts.section));
    expect(definition.sections.map((s) => s.id)).toEqual(['first', 'second', 'section1']);
    expect(ConsistentFormDefinition.safeParse(definition).success).toBe(false);
    const filled = addField(definition, 2, createField('short_text', 'field1', texts));
    expect(ConsistentFormDefinition.safeParse(filled).success).toBe(true);
  });

  it('keeps texts, required flag and condition when the type changes, never the old settings', () => {
    const before = sample().sections[1]!.fields[0]!;
    const after = changeFieldType({ ...before, required: true }, 'multiple_choice', texts);
    expect(after).toMatchObject({
      id: 'countries',
      type: 'multiple_choice',
      required: true,
      visibleWhen: { fieldId: 'scope', equals: 'crossBorder' },
    });
    expect(after).not.toHaveProperty('limit');
  });

  it('sets and clears one language of a text', () => {
    expect(setLocalized({ en: 'Scope' }, 'ru', 'Охват')).toEqual({ en: 'Scope', ru: 'Охват' });
    expect(setLocalized({ en: 'Scope', ru: 'Охват' }, 'ru', '  ')).toEqual({ en: 'Scope' });
    expect(setLocalized({ en: 'Scope' }, 'en', '')).toBeUndefined();
  });
});

describe('moving', () => {
  it('moves a field within its section and across into the next or previous one', () => {
    const original = sample();
    const down = moveField(original, { section: 0, field: 0 }, 1)!;
    expect(ids(down.definition)).toEqual([['email', 'scope'], ['countries']]);
    expect(down.position).toEqual({ section: 0, field: 1 });

    const across = moveField(down.definition, down.position, 1)!;
    expect(ids(across.definition)).toEqual([['email'], ['scope', 'countries']]);
    expect(across.position).toEqual({ section: 1, field: 0 });

    const back = moveField(across.definition, across.position, -1)!;
    expect(ids(back.definition)).toEqual([['email', 'scope'], ['countries']]);
    expect(moveField(original, { section: 0, field: 0 }, -1)).toBeUndefined();
    expect(ids(original)).toEqual([['scope', 'email'], ['countries']]);
  });

  it('flags a condition that a move leaves pointing at a later field', () => {
    const moved = moveSection(sample(), 1, -1);
    expect(moved.sections.map((s) => s.id)).toEqual(['second', 'first']);
    const problems = ConsistentFormDefinition.safeParse(moved).error?.issues ?? [];
    expect(problems.map((issue) => issue.message)).toEqual([
      'Condition points at "scope", which comes later',
    ]);
    expect(moveSection(sample(), 0, -1).sections.map((s) => s.id)).toEqual(['first', 'second']);
  });
});

describe('removing and renaming', () => {
  it('drops conditions on a removed field and reports them', () => {
    const { definition, clearedConditions } = removeField(sample(), { section: 0, field: 0 });
    expect(ids(definition)).toEqual([['email'], ['countries']]);
    expect(clearedConditions).toEqual([{ kind: 'field', id: 'countries', conditionOn: 'scope' }]);
    expect(definition.sections[1]!.fields[0]).not.toHaveProperty('visibleWhen');
    expect(ConsistentFormDefinition.safeParse(definition).success).toBe(true);
  });

  it('drops conditions on every field of a removed section, including section conditions', () => {
    const withSectionCondition = sample();
    withSectionCondition.sections[1] = {
      ...withSectionCondition.sections[1]!,
      visibleWhen: { fieldId: 'scope', equals: 'crossBorder' },
    };
    const { definition, clearedConditions } = removeSection(withSectionCondition, 0);
    expect(definition.sections.map((s) => s.id)).toEqual(['second']);
    expect(clearedConditions.map((d) => `${d.kind}:${d.id}`)).toEqual([
      'section:second',
      'field:countries',
    ]);
    expect(dependantsOf(definition, new Set(['scope']))).toEqual([]);
  });

  it('points conditions at a renamed field', () => {
    const renamed = renameField(sample(), { section: 0, field: 0 }, 'projectScope');
    expect(fieldIds(renamed)).toEqual(new Set(['projectScope', 'email', 'countries']));
    expect(renamed.sections[1]!.fields[0]!.visibleWhen).toEqual({
      fieldId: 'projectScope',
      equals: 'crossBorder',
    });
    expect(ConsistentFormDefinition.safeParse(renamed).success).toBe(true);
    expect(renameSection(renamed, 1, 'details').sections[1]!.id).toBe('details');
  });
});

describe('conditions', () => {
  it('offers only earlier fields that can decide visibility', () => {
    const definition = sample();
    expect(conditionSources(definition, 1, 0).map((f) => f.id)).toEqual(['scope', 'email']);
    expect(conditionSources(definition, 0, 1).map((f) => f.id)).toEqual(['scope']);
    expect(conditionSources(definition, 0, 0)).toEqual([]);
    expect(conditionSources(definition, 1).map((f) => f.id)).toEqual(['scope', 'email']);
    const template = bestPracticeAwardTemplate;
    const sources = conditionSources(template, template.sections.length - 1, 0);
    expect(sources.every((field) => field.type !== 'long_text')).toBe(true);
  });

  it('starts a condition on a choice with its first option, "other" included when offered', () => {
    const scope = sample().sections[0]!.fields[0]!;
    expect(defaultCondition(scope)).toEqual({ fieldId: 'scope', equals: 'local' });
    const multiple = changeFieldType(scope, 'multiple_choice', texts);
    expect(conditionOptions({ ...multiple, otherOption: true } as Field)).toEqual([
      'option1',
      'option2',
      'other',
    ]);
    expect(defaultCondition(multiple)).toEqual({ fieldId: 'scope', includes: 'option1' });
  });

  it('keeps the built-in templates valid through a round of edits', () => {
    let definition = crossBorderSocialProjectTemplate;
    definition = addSection(definition, createSection('section1', texts.section), 1);
    definition = addField(definition, 1, createField('single_choice', 'field1', texts));
    definition = addField(definition, 1, {
      ...createField('long_text', 'field2', texts),
      visibleWhen: { fieldId: 'field1', equals: 'option2' },
    });
    expect(ConsistentFormDefinition.safeParse(definition).success).toBe(true);
    expect(crossBorderSocialProjectTemplate.sections).toHaveLength(7);
  });
});
