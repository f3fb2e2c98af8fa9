import { describe, expect, it } from 'vitest';
import {
  answerFieldErrors,
  budgetTotal,
  buildAnswersValidator,
  wordCount,
  type Answers,
} from './answers.ts';
import type { FormDefinition } from './form-definition.ts';
import { exampleBestPracticeAnswers } from './examples.ts';
import { bestPracticeAwardTemplate, crossBorderSocialProjectTemplate } from './templates.ts';

const words = (n: number, word = 'слово') => Array.from({ length: n }, () => word).join(' ');

const bestPracticeAnswers = exampleBestPracticeAnswers;

const submit = (definition: FormDefinition) =>
  buildAnswersValidator(definition, { mode: 'submit' });
const draft = (definition: FormDefinition) => buildAnswersValidator(definition, { mode: 'draft' });
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path) ?? [];

describe('wordCount', () => {
  it('counts Russian and Kazakh words separated by any whitespace', () => {
    expect(wordCount('Сохранение памятников\nкультуры\tи архивов')).toBe(5);
    expect(wordCount('  два   слова\u00a0ещё ')).toBe(3);
    expect(wordCount('Қазақстан мен Ресей')).toBe(3);
    expect(wordCount('   ')).toBe(0);
  });
});

describe('budgetTotal', () => {
  it('sums quantity × unit cost and rounds to cents', () => {
    const lines = [
      { item: 'Аренда зала', quantity: 2, unitCost: 15000.5 },
      { item: 'Канцтовары', quantity: 3, unitCost: 0.1 },
      { item: 'Проезд', quantity: 1, unitCost: 0.005 },
    ];
    expect(budgetTotal({ lines })).toBe(30001.31);
    expect(budgetTotal({ lines: [] })).toBe(0);
  });
});

describe('best-practice form, submit mode', () => {
  it('accepts a complete answer set with every field type', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse(bestPracticeAnswers());
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(bestPracticeAnswers());
  });

  it('names the missing required visible field in the error path', () => {
    const { objectivesText: _, ...answers } = bestPracticeAnswers();
    const result = submit(bestPracticeAwardTemplate).safeParse(answers);
    expect(paths(result)).toEqual([['objectivesText']]);
    expect(result.error?.issues[0]?.message).toBe('Required');
  });

  it('treats blank text and an empty choice as missing', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      innovation: '   ',
      objectives: { selected: [] },
    });
    expect(paths(result)).toEqual([['objectives'], ['innovation']]);
  });

  it('does not demand a required field hidden by its condition, and drops its answer', () => {
    const answers: Answers = {
      ...bestPracticeAnswers(),
      practiceStatus: { selected: ['ongoing'] },
      territorialScope: { selected: ['local'] },
    };
    const { countriesInvolved: _c, endDate: _e, ...withoutHidden } = answers;
    expect(submit(bestPracticeAwardTemplate).safeParse(withoutHidden).success).toBe(true);
    // Left-over answers of hidden fields are ignored, even if they no longer fit.
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...answers,
      endDate: 'not a date',
    });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('countriesInvolved');
    expect(result.data).not.toHaveProperty('endDate');
  });

  it('demands the conditional field once it is shown', () => {
    const { countriesInvolved: _, ...answers } = bestPracticeAnswers();
    expect(paths(submit(bestPracticeAwardTemplate).safeParse(answers))).toEqual([
      ['countriesInvolved'],
    ]);
  });

  it('enforces word limits counting Russian words', () => {
    const validator = submit(bestPracticeAwardTemplate);
    expect(validator.safeParse({ ...bestPracticeAnswers(), innovation: words(300) }).success).toBe(
      true,
    );
    const result = validator.safeParse({
      ...bestPracticeAnswers(),
      innovation: words(301, 'инновация'),
    });
    expect(paths(result)).toEqual([['innovation']]);
    expect(result.error?.issues[0]?.message).toBe('At most 300 words');
  });

  it('enforces character limits', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      summary: 'я'.repeat(1501),
    });
    expect(paths(result)).toEqual([['summary']]);
  });

  it('requires the text of a chosen "other" option', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      experienceType: { selected: ['other'], other: ' ' },
    });
    expect(paths(result)).toEqual([['experienceType', 'other']]);
  });

  it('refuses "other" where the field has no such option, and unknown options', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      practiceStatus: { selected: ['other'], other: 'x' },
      objectives: { selected: ['world_peace'] },
    });
    expect(paths(result)).toEqual([
      ['practiceStatus', 'selected', 0],
      ['objectives', 'selected', 0],
    ]);
  });

  it('refuses unknown field ids', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      bonus: 'x',
    });
    expect(paths(result)).toEqual([['bonus']]);
    expect(result.error?.issues[0]?.message).toBe('Unknown field');
  });

  it('checks formats of email, url, phone, date, number and country', () => {
    const result = submit(bestPracticeAwardTemplate).safeParse({
      ...bestPracticeAnswers(),
      contactEmail: 'info@',
      website: 'ftp://example.ru',
      contactPhone: '12',
      startDate: '1990-01-01',
      participantsCount: 2.5,
      country: 'DE',
      region: { country: 'KZ', region: 'Костанайская область', district: 'x' },
    });
    expect(paths(result)).toEqual([
      ['startDate'],
      ['participantsCount'],
      ['country'],
      ['region'],
      ['contactEmail'],
      ['contactPhone'],
      ['website'],
    ]);
  });
});

describe('draft mode', () => {
  it('accepts a partial answer set, keeping half-typed contacts', () => {
    const result = draft(bestPracticeAwardTemplate).safeParse({
      practiceTitle: 'Карта культурных брендов',
      contactEmail: 'info@exa',
      experienceType: { selected: ['other'] },
      innovation: null,
      objectivesText: '',
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      practiceTitle: 'Карта культурных брендов',
      contactEmail: 'info@exa',
      experienceType: { selected: ['other'] },
    });
  });

  it('rejects a malformed answer: wrong type or over the limit', () => {
    const validator = draft(bestPracticeAwardTemplate);
    expect(paths(validator.safeParse({ participantsCount: '12' }))).toEqual([
      ['participantsCount'],
    ]);
    expect(paths(validator.safeParse({ objectives: ['inclusion'] }))).toEqual([['objectives']]);
    expect(paths(validator.safeParse({ innovation: words(301) }))).toEqual([['innovation']]);
    expect(paths(validator.safeParse({ nope: 'x' }))).toEqual([['nope']]);
  });
});

/** A complete answer set for the cross-border form. */
const crossBorderAnswers = (): Answers => ({
  projectTitle: 'Память без границ',
  problem: words(80),
  targetGroup: words(100),
  activities: words(200),
  partners: [
    {
      organisationName: 'Общественное объединение «Поиск»',
      country: 'KZ',
      role: 'Архивная работа',
      contribution: words(40),
    },
  ],
  expectedResults: words(100),
  budget: { lines: [{ item: 'Экспедиция', quantity: 2, unitCost: 50000 }] },
  attachments: [
    { fileId: 'f1', name: 'letter.pdf', size: 200_000, contentType: 'application/pdf' },
  ],
});

describe('cross-border form: groups, budget and files', () => {
  const validator = submit(crossBorderSocialProjectTemplate);

  it('accepts a complete answer set', () => {
    expect(validator.safeParse(crossBorderAnswers()).error?.issues).toBeUndefined();
  });

  it('points into the row of a repeatable group', () => {
    const partners = [
      ...(crossBorderAnswers().partners as object[]),
      { organisationName: 'Фонд', country: 'RU', role: 'Методика' },
      { organisationName: 'Союз', country: 'Kazakhstan', role: 'Площадка', contribution: 'Зал' },
    ];
    expect(paths(validator.safeParse({ ...crossBorderAnswers(), partners }))).toEqual([
      ['partners', 1, 'contribution'],
      ['partners', 2, 'country'],
    ]);
  });

  it('enforces min and max rows', () => {
    const row = (crossBorderAnswers().partners as object[])[0];
    expect(paths(validator.safeParse({ ...crossBorderAnswers(), partners: [] }))).toEqual([
      ['partners'],
    ]);
    const eleven = Array.from({ length: 11 }, () => row);
    expect(paths(validator.safeParse({ ...crossBorderAnswers(), partners: eleven }))).toEqual([
      ['partners'],
    ]);
    expect(
      validator.safeParse({ ...crossBorderAnswers(), partners: eleven.slice(1) }).success,
    ).toBe(true);
  });

  it('enforces minRows above one on submit only', () => {
    const group: FormDefinition = {
      id: 'group-form',
      version: 1,
      title: { en: 'Team' },
      sections: [
        {
          id: 'team',
          title: { en: 'Team' },
          fields: [
            {
              id: 'team',
              type: 'repeatable_group',
              label: { en: 'Team' },
              required: false,
              minRows: 2,
              maxRows: 3,
              fields: [{ id: 'email', type: 'email', label: { en: 'Email' }, required: true }],
            },
          ],
        },
      ],
    };
    const one = { team: [{ email: 'a@example.kz' }] };
    expect(paths(submit(group).safeParse(one))).toEqual([['team']]);
    expect(draft(group).safeParse(one).success).toBe(true);
    expect(submit(group).safeParse({}).success).toBe(true);
  });

  it('checks budget lines and files', () => {
    const result = validator.safeParse({
      ...crossBorderAnswers(),
      budget: { lines: [{ item: 'Аренда', quantity: 1, unitCost: -5 }] },
      attachments: [
        { fileId: 'f1', name: 'big.pdf', size: 11 * 1024 * 1024, contentType: 'application/pdf' },
        { fileId: 'f2', name: 'run.exe', size: 10, contentType: 'application/x-msdownload' },
      ],
    });
    expect(paths(result)).toEqual([
      ['budget', 'lines', 0, 'unitCost'],
      ['attachments', 0, 'size'],
      ['attachments', 1, 'contentType'],
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({
      fileId: `f${i}`,
      name: 'a.png',
      size: 1,
      contentType: 'image/png',
    }));
    expect(paths(validator.safeParse({ ...crossBorderAnswers(), attachments: six }))).toEqual([
      ['attachments'],
    ]);
  });

  it('requires a description for every budget line on submit', () => {
    const budget = { lines: [{ item: ' ', quantity: 1, unitCost: 5 }] };
    expect(paths(validator.safeParse({ ...crossBorderAnswers(), budget }))).toEqual([
      ['budget', 'lines', 0, 'item'],
    ]);
    expect(draft(crossBorderSocialProjectTemplate).safeParse({ budget }).success).toBe(true);
  });
});

describe('answerFieldErrors', () => {
  it('names each wrong answer as the problem document does, down to a cell of a row', () => {
    const answers = {
      ...exampleCrossBorderAnswersForErrors(),
      // A row without its required contribution.
      partners: [{ organisationName: 'Степь', country: 'KZ', role: 'Партнёр' }],
    };
    const errors = answerFieldErrors(crossBorderSocialProjectTemplate, answers, 'submit');
    const fields = errors.map((error) => error.field);
    expect(fields).toContain('body.answers.partners.0.contribution');
    expect(fields).toContain('body.answers.budget');
    expect(errors.every((error) => error.message.length > 0)).toBe(true);
  });

  it('finds nothing wrong with a complete answer set', () => {
    expect(
      answerFieldErrors(bestPracticeAwardTemplate, exampleBestPracticeAnswers(), 'submit'),
    ).toEqual([]);
  });
});

/** The cross-border form answered except for the partners and the budget. */
function exampleCrossBorderAnswersForErrors(): Record<string, unknown> {
  return {
    projectTitle: 'Тёплый эфир',
    problem: words(60),
    targetGroup: words(20),
    activities: words(20),
    expectedResults: words(20),
  };
}
