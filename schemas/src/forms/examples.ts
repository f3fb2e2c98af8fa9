import type { Answers } from './answers.ts';

const words = (n: number, word = 'слово') => Array.from({ length: n }, () => word).join(' ');

/**
 * A complete answer set for the best-practice award template: every field answered, with
 * "other, specify" chosen and both conditional fields shown. Documents the answer format and
 * feeds the tests and the deadline benchmark.
 */
export const exampleBestPracticeAnswers = (): Answers => ({
  practiceTitle: 'Онлайн-встречи для жителей домов-интернатов',
  practiceStatus: { selected: ['completed'] },
  startDate: '2021-09-01',
  endDate: '2023-05-31',
  participantsCount: 21000,
  country: 'RU',
  region: { country: 'RU', region: 'Москва' },
  contactEmail: 'info@example.ru',
  contactPhone: '+7 (495) 123-45-67',
  website: 'https://example.ru/project',
  experienceType: { selected: ['volunteering', 'other'], other: 'Онлайн-наставничество' },
  objectives: { selected: ['inclusion', 'wellbeing'] },
  territorialScope: { selected: ['national', 'cross_border'] },
  countriesInvolved: 'Россия, Казахстан',
  thematicAreas: { selected: ['older_people'] },
  objectivesText: words(120),
  howAchieved: words(200),
  extentAchieved: words(150),
  innovation: words(100),
  transferability: words(100),
  feasibility: words(100),
  coordination: words(100),
  coResponsibility: words(100),
  evaluation: words(100),
  summary: '37 онлайн-встреч, около 21 000 участников из 65 регионов.',
  team: [
    { name: 'Анна Смирнова', role: 'Координатор волонтёров' },
    { name: 'Айгерім Нұрланқызы', role: 'Ведущая встреч на казахском языке' },
  ],
  practiceCosts: {
    lines: [
      { item: 'Планшеты для домов-интернатов', quantity: 12, unitCost: 15000 },
      { item: 'Подписка на видеосвязь', quantity: 1, unitCost: 24000 },
    ],
  },
});
