import {
  crossBorderSocialProjectTemplate,
  type Field,
  type FormDefinition,
} from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import {
  addField,
  addSection,
  createField,
  createSection,
  renameField,
  type DefaultTexts,
} from './field-defaults.ts';
import { definitionProblems, elementId, serverProblems, targetIds } from './validation.ts';

const texts: DefaultTexts = {
  field: { en: 'New question' },
  option: (n) => ({ en: `Option ${n}` }),
  section: { en: 'New section' },
};
const template = crossBorderSocialProjectTemplate;

describe('definitionProblems', () => {
  it('finds nothing wrong with a built-in template', () => {
    expect(definitionProblems(template, template, ['problem'])).toEqual([]);
  });

  it('says in the catalogue’s words what is wrong, top to bottom, with paths to the inputs', () => {
    let definition: FormDefinition = addSection(template, createSection('section1', {}), 0);
    definition = addField(definition, 1, {
      ...createField('short_text', 'Bad id', texts),
      label: {},
    });
    definition = addField(definition, 2, {
      ...createField('number', 'amount', texts),
      min: 10,
      max: 1,
    } as Field);
    const problems = definitionProblems(definition, null, []);
    expect(problems.map((p) => [elementId(p.path), 'key' in p.message && p.message.key])).toEqual([
      ['fb-s0-title', 'builder.error.text'],
      ['fb-s0-fields', 'builder.error.noFields'],
      ['fb-s1-f2-id', 'builder.error.id'],
      ['fb-s1-f2-label', 'builder.error.text'],
      ['fb-s2-f1', 'builder.error.range'],
    ]);
  });

  it('reports checks across fields even while shapes are still wrong', () => {
    let definition = addSection(template, createSection('section1', texts.section));
    definition = addField(definition, 0, createField('short_text', 'projectTitle', texts));
    const problems = definitionProblems(definition, null, []);
    expect(problems.map((p) => 'key' in p.message && p.message.key).sort()).toEqual([
      'builder.error.duplicate',
      'builder.error.noFields',
    ]);
    expect(
      problems.find((p) => 'key' in p.message && p.message.key === 'builder.error.duplicate')
        ?.message,
    ).toEqual({
      key: 'builder.error.duplicate',
      params: { id: 'projectTitle' },
    });
  });

  it('refuses renaming an answered field, pointing at its new place', () => {
    const renamed = renameField(template, { section: 0, field: 0 }, 'title');
    const problems = definitionProblems(renamed, template, ['projectTitle'], (id) =>
      id === 'projectTitle' ? ['sections', 0, 'fields', 0, 'id'] : undefined,
    );
    expect(problems).toEqual([
      {
        path: ['sections', 0, 'fields', 0, 'id'],
        message: { key: 'builder.error.answeredRemoved', params: { id: 'projectTitle' } },
      },
    ]);
    expect(definitionProblems(renamed, template, [])).toEqual([]);
  });
});

describe('targetIds', () => {
  it('tries the input, then what holds it, up to the list it belongs to', () => {
    expect(targetIds(['sections', 1, 'fields', 0, 'fields', 2, 'limit', 'max'])).toEqual([
      'fb-s1-f0-f2-limit-max',
      'fb-s1-f0-f2-limit',
      'fb-s1-f0-f2',
      'fb-s1-f0-fields',
      'fb-s1-f0',
      'fb-s1-fields',
      'fb-s1',
      'fb-sections',
    ]);
    expect(targetIds([])).toEqual([]);
  });
});

describe('serverProblems', () => {
  it('explains each kind of refusal from the server in the catalogue’s words', () => {
    const problems = serverProblems(
      [
        {
          field: 'body.definition',
          code: 'answered_field_removed',
          message: 'Applications have answered "problem": keep a field with this id',
        },
        {
          field: 'body.definition',
          code: 'form_definition',
          message: JSON.stringify({
            path: ['sections', 1, 'fields', 0, 'id'],
            message: 'Duplicate field id "problem"',
          }),
        },
        {
          field: 'body.definition.sections.2.fields.0.limit.max',
          code: 'too_small',
          message: 'Too small: expected number to be >0',
        },
      ],
      (id) => (id === 'problem' ? ['sections', 0, 'fields', 1, 'id'] : undefined),
    );
    expect(problems.map((p) => [elementId(p.path), 'key' in p.message && p.message.key])).toEqual([
      ['fb-s0-f1-id', 'builder.error.answeredRemoved'],
      ['fb-s1-f0-id', 'builder.error.duplicate'],
      ['fb-s2-f0-limit-max', 'builder.error.size'],
    ]);
  });
});
