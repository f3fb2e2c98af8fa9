import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './form-definition.ts';
import { answeredFieldIdsOf, answeredFieldProblems, isAnswerGiven } from './form-editing.ts';
import { crossBorderSocialProjectTemplate } from './templates.ts';

const template = crossBorderSocialProjectTemplate;

function withoutField(form: FormDefinition, fieldId: string): FormDefinition {
  return {
    ...form,
    sections: form.sections.map((section) => ({
      ...section,
      fields: section.fields.filter((field) => field.id !== fieldId),
    })),
  };
}

function renamed(form: FormDefinition, from: string, to: string): FormDefinition {
  return {
    ...form,
    sections: form.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) => (field.id === from ? { ...field, id: to } : field)),
    })),
  };
}

describe('answeredFieldProblems', () => {
  it('accepts any change while nothing is answered, and any first form', () => {
    expect(answeredFieldProblems(template, withoutField(template, 'problem'), [])).toEqual([]);
    expect(answeredFieldProblems(null, template, ['problem'])).toEqual([]);
  });

  it('refuses removing or renaming an answered field, naming it', () => {
    const removed = answeredFieldProblems(template, withoutField(template, 'problem'), ['problem']);
    expect(removed).toMatchObject([{ fieldId: 'problem', kind: 'removed', type: 'long_text' }]);
    const rename = answeredFieldProblems(template, renamed(template, 'problem', 'issue'), [
      'problem',
    ]);
    expect(rename.map((problem) => problem.fieldId)).toEqual(['problem']);
  });

  it('refuses a new type for an answered field but allows new labels, order and fields', () => {
    const retyped: FormDefinition = {
      ...template,
      sections: template.sections.map((section) => ({
        ...section,
        fields: section.fields.map((field) =>
          field.id === 'projectTitle'
            ? { ...field, type: 'long_text', limit: { unit: 'words', max: 10 } }
            : field,
        ),
      })),
    };
    expect(answeredFieldProblems(template, retyped, ['projectTitle'])).toMatchObject([
      { fieldId: 'projectTitle', kind: 'retyped' },
    ]);

    const relabelled: FormDefinition = {
      ...template,
      sections: [...template.sections].reverse().map((section) => ({
        ...section,
        fields: section.fields.map((field) => ({ ...field, label: { en: 'New label' } })),
      })),
    };
    expect(answeredFieldProblems(template, relabelled, ['projectTitle', 'problem'])).toEqual([]);
  });

  it('ignores answers to ids the current form no longer has', () => {
    expect(answeredFieldProblems(template, template, ['budgetTotal'])).toEqual([]);
  });
});

describe('answered field ids', () => {
  it('counts only answers that say something', () => {
    expect(isAnswerGiven('  ')).toBe(false);
    expect(isAnswerGiven({ selected: [] })).toBe(false);
    expect(isAnswerGiven({ lines: [] })).toBe(false);
    expect(isAnswerGiven([{ name: '' }])).toBe(false);
    expect(isAnswerGiven(0)).toBe(true);
    expect(isAnswerGiven({ selected: ['a'] })).toBe(true);
    expect(isAnswerGiven([{ name: 'Anna' }])).toBe(true);
    expect(
      [
        ...answeredFieldIdsOf([
          { problem: 'Одиночество', partners: [] },
          { projectTitle: 'Тёплый эфир', problem: '' },
        ]),
      ].sort(),
    ).toEqual(['problem', 'projectTitle']);
  });
});
