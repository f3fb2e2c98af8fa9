import { describe, expect, it } from 'vitest';
import {
  ConsistentFormDefinition,
  Field,
  FormDefinition,
  formDefinitionProblems,
  type Section,
} from './form-definition.ts';
import {
  bestPracticeAwardTemplate,
  crossBorderSocialProjectTemplate,
  formTemplates,
} from './templates.ts';

const label = { en: 'Label' };
const form = (sections: Section[]): FormDefinition => ({
  id: 'test-form',
  version: 1,
  title: label,
  sections,
});
const section = (id: string, fields: Field[], extra: Partial<Section> = {}): Section => ({
  id,
  title: label,
  fields,
  ...extra,
});
const text = (id: string, extra: Partial<Field> = {}): Field =>
  ({
    id,
    type: 'short_text',
    label,
    required: false,
    limit: { unit: 'characters', max: 10 },
    ...extra,
  }) as Field;
const choice = (id: string, options: string[]): Field => ({
  id,
  type: 'single_choice',
  label,
  required: false,
  options: options.map((o) => ({ id: o, label })),
});

describe('built-in templates', () => {
  it.each(formTemplates.map((f) => [f.id, f] as const))(
    '%s parses and is consistent',
    (_, template) => {
      expect(FormDefinition.parse(template)).toEqual(template);
      expect(formDefinitionProblems(template)).toEqual([]);
      expect(ConsistentFormDefinition.safeParse(template).success).toBe(true);
    },
  );

  it('use every field type at least once between them', () => {
    const types = new Set<string>();
    const collect = (fields: readonly { type: string; fields?: unknown }[]) => {
      for (const field of fields) {
        types.add(field.type);
        if (Array.isArray(field.fields)) collect(field.fields as { type: string }[]);
      }
    };
    for (const template of [crossBorderSocialProjectTemplate, bestPracticeAwardTemplate]) {
      for (const s of template.sections) collect(s.fields);
    }
    const all = Field.options.map((o) => o.shape.type.value);
    expect(all).toHaveLength(14);
    expect([...types].sort()).toEqual([...all].sort());
  });

  it('give every label in English, Russian and Kazakh', () => {
    const json = JSON.stringify(formTemplates);
    const labels = [...json.matchAll(/"(?:label|title)":(\{[^}]*\})/g)].map(
      (m) => JSON.parse(m[1] ?? '{}') as Record<string, string>,
    );
    expect(labels.length).toBeGreaterThan(50);
    for (const l of labels) expect(Object.keys(l).sort()).toEqual(['en', 'kk', 'ru']);
  });
});

describe('field definition shapes', () => {
  it('refuses a bad field id and an unknown type', () => {
    expect(Field.safeParse(text('Bad-id')).success).toBe(false);
    expect(Field.safeParse({ ...text('ok'), type: 'checkbox' }).success).toBe(false);
  });

  it('refuses a nested repeatable group', () => {
    const inner = {
      id: 'inner',
      type: 'repeatable_group',
      label,
      required: false,
      minRows: 0,
      maxRows: 2,
      fields: [text('a')],
    };
    const outer = { ...inner, id: 'outer', fields: [inner] };
    expect(Field.safeParse(inner).success).toBe(true);
    expect(Field.safeParse(outer).success).toBe(false);
  });

  it('refuses min above max', () => {
    expect(Field.safeParse(text('a', { limit: { unit: 'words', max: 5, min: 6 } })).success).toBe(
      false,
    );
  });
});

describe('formDefinitionProblems', () => {
  it('finds duplicate field ids across sections', () => {
    const problems = formDefinitionProblems(
      form([section('s1', [text('a')]), section('s2', [text('a')])]),
    );
    expect(problems).toEqual([
      { path: ['sections', 1, 'fields', 0, 'id'], message: 'Duplicate field id "a"' },
    ]);
  });

  it('finds conditions on unknown and later fields', () => {
    const problems = formDefinitionProblems(
      form([
        section('s1', [
          text('a', { visibleWhen: { fieldId: 'b', equals: 'x' } }),
          text('b', { visibleWhen: { fieldId: 'nope', equals: 'x' } }),
        ]),
      ]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Condition points at "b", which comes later',
      'Condition points at unknown field "nope"',
    ]);
    expect(problems[0]?.path).toEqual(['sections', 0, 'fields', 0, 'visibleWhen', 'fieldId']);
  });

  it('refuses a section conditioned on its own field', () => {
    const problems = formDefinitionProblems(
      form([section('s1', [choice('a', ['x'])], { visibleWhen: { fieldId: 'a', equals: 'x' } })]),
    );
    expect(problems).toHaveLength(1);
  });

  it('checks the condition value against the choice options', () => {
    const problems = formDefinitionProblems(
      form([
        section('s1', [
          choice('a', ['x']),
          text('b', { visibleWhen: { fieldId: 'a', equals: 'y' } }),
        ]),
      ]),
    );
    expect(problems).toHaveLength(1);
  });

  it('finds duplicate and reserved option ids', () => {
    const problems = formDefinitionProblems(
      form([section('s1', [choice('a', ['x', 'x', 'other'])])]),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['sections', 0, 'fields', 0, 'options', 1, 'id'],
      ['sections', 0, 'fields', 0, 'options', 2, 'id'],
    ]);
    expect(
      ConsistentFormDefinition.safeParse(form([section('s1', [choice('a', ['x', 'x'])])])).success,
    ).toBe(false);
  });
});
