import type { LocalizedText } from '../common.ts';
import type { ChoiceOption, Field, FormDefinition, SimpleField } from './form-definition.ts';

/*
 * The two built-in application forms. Organisers start from one and adapt it; the text is given
 * in all three platform languages because applicants on both sides mostly write in Russian, and
 * Kazakh organisations may prefer Kazakh.
 */

const t = (en: string, ru: string, kk: string): LocalizedText => ({ en, ru, kk });

const option = (id: string, en: string, ru: string, kk: string): ChoiceOption => ({
  id,
  label: t(en, ru, kk),
});

/** A required narrative answer with a length limit: words, or characters for the shortest. */
const narrative = (
  id: string,
  label: LocalizedText,
  max: number,
  unit: 'words' | 'characters' = 'words',
  min?: number,
): Extract<SimpleField, { type: 'long_text' }> => ({
  id,
  type: 'long_text',
  label,
  required: true,
  limit: min === undefined ? { unit, max } : { unit, max, min },
});

const MB = 1024 * 1024;

export const crossBorderSocialProjectTemplate: FormDefinition = {
  id: 'cross-border-social-project',
  version: 1,
  title: t(
    'Cross-border social project',
    'Трансграничный социальный проект',
    'Трансшекаралық әлеуметтік жоба',
  ),
  sections: [
    {
      id: 'problemSection',
      title: t('Problem', 'Проблема', 'Мәселе'),
      fields: [
        {
          id: 'projectTitle',
          type: 'short_text',
          label: t('Project title', 'Название проекта', 'Жобаның атауы'),
          required: true,
          limit: { unit: 'characters', max: 150 },
        },
        narrative(
          'problem',
          t(
            'What problem does the project address?',
            'Какую проблему решает проект?',
            'Жоба қандай мәселені шешеді?',
          ),
          500,
          'words',
          50,
        ),
      ],
    },
    {
      id: 'targetGroupSection',
      title: t('Target group', 'Целевая группа', 'Нысаналы топ'),
      fields: [
        narrative(
          'targetGroup',
          t(
            'Who will benefit, and how will you reach them?',
            'Кто получит пользу от проекта и как вы их привлечёте?',
            'Жобадан кім пайда көреді және оларға қалай жетесіз?',
          ),
          300,
        ),
      ],
    },
    {
      id: 'activitiesSection',
      title: t('Activities', 'Мероприятия', 'Іс-шаралар'),
      fields: [
        narrative(
          'activities',
          t(
            'What will be done, when and by whom?',
            'Что будет сделано, когда и кем?',
            'Не, қашан және кім атқарады?',
          ),
          700,
        ),
      ],
    },
    {
      id: 'partnersSection',
      title: t(
        'Partners across the border',
        'Партнёры по ту сторону границы',
        'Шекараның арғы бетіндегі серіктестер',
      ),
      fields: [
        {
          id: 'partners',
          type: 'repeatable_group',
          label: t('Partner organisations', 'Организации-партнёры', 'Серіктес ұйымдар'),
          required: true,
          minRows: 1,
          maxRows: 10,
          fields: [
            {
              id: 'organisationName',
              type: 'short_text',
              label: t('Organisation name', 'Название организации', 'Ұйымның атауы'),
              required: true,
              personal: true,
              limit: { unit: 'characters', max: 200 },
            },
            {
              id: 'country',
              type: 'country',
              label: t('Country', 'Страна', 'Ел'),
              required: true,
            },
            {
              id: 'role',
              type: 'short_text',
              label: t('Role in the project', 'Роль в проекте', 'Жобадағы рөлі'),
              required: true,
              limit: { unit: 'characters', max: 300 },
            },
            narrative(
              'contribution',
              t('Contribution', 'Вклад в проект', 'Жобаға қосатын үлесі'),
              150,
            ),
          ],
        },
      ],
    },
    {
      id: 'resultsSection',
      title: t('Expected results', 'Ожидаемые результаты', 'Күтілетін нәтижелер'),
      fields: [
        narrative(
          'expectedResults',
          t(
            'What will change, and how will you measure it?',
            'Что изменится и как вы это измерите?',
            'Не өзгереді және оны қалай өлшейсіз?',
          ),
          400,
        ),
      ],
    },
    {
      id: 'budgetSection',
      title: t('Budget', 'Бюджет', 'Бюджет'),
      fields: [
        {
          id: 'budget',
          type: 'budget_table',
          label: t('Project budget', 'Бюджет проекта', 'Жоба бюджеті'),
          help: t(
            'One line per expense; the total is calculated.',
            'Одна строка на каждую статью расходов; итог считается автоматически.',
            'Әр шығын бабына бір жол; жиыны автоматты түрде есептеледі.',
          ),
          required: true,
          // Organisers of a joint call pick one currency so budgets can be compared.
          currency: 'RUB',
          minLines: 1,
          maxLines: 50,
        },
      ],
    },
    {
      id: 'attachmentsSection',
      title: t('Attachments', 'Приложения', 'Қосымшалар'),
      fields: [
        {
          id: 'attachments',
          type: 'file',
          label: t(
            'Letters of support, photos, partnership agreements',
            'Письма поддержки, фотографии, соглашения о партнёрстве',
            'Қолдау хаттары, фотосуреттер, серіктестік туралы келісімдер',
          ),
          required: false,
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxBytes: 10 * MB,
          maxCount: 5,
        },
      ],
    },
  ],
};

/** A checkbox group with "other, specify", as award forms in this field use them. */
const checkboxes = (id: string, label: LocalizedText, options: ChoiceOption[]): Field => ({
  id,
  type: 'multiple_choice',
  label,
  required: true,
  options,
  otherOption: true,
  minSelected: 1,
});

export const bestPracticeAwardTemplate: FormDefinition = {
  id: 'best-practice-award',
  version: 1,
  title: t('Best practice award', 'Конкурс лучших практик', 'Үздік тәжірибелер байқауы'),
  sections: [
    {
      id: 'aboutSection',
      title: t('About the practice', 'О практике', 'Тәжірибе туралы'),
      fields: [
        {
          id: 'practiceTitle',
          type: 'short_text',
          label: t('Name of the practice', 'Название практики', 'Тәжірибенің атауы'),
          required: true,
          limit: { unit: 'characters', max: 200 },
        },
        {
          id: 'practiceStatus',
          type: 'single_choice',
          label: t('Stage', 'Этап реализации', 'Іске асыру кезеңі'),
          required: true,
          options: [
            option('pilot', 'Pilot', 'Пилотный', 'Пилоттық'),
            option('ongoing', 'Ongoing', 'Реализуется', 'Іске асырылуда'),
            option('completed', 'Completed', 'Завершена', 'Аяқталған'),
          ],
        },
        {
          id: 'startDate',
          type: 'date',
          label: t('Start date', 'Дата начала', 'Басталған күні'),
          required: true,
          min: '1991-01-01',
        },
        {
          id: 'endDate',
          type: 'date',
          label: t('End date', 'Дата завершения', 'Аяқталған күні'),
          required: true,
          visibleWhen: { fieldId: 'practiceStatus', equals: 'completed' },
        },
        {
          id: 'participantsCount',
          type: 'number',
          label: t('Number of participants', 'Количество участников', 'Қатысушылар саны'),
          required: true,
          min: 0,
          max: 10_000_000,
          integer: true,
        },
        {
          id: 'country',
          type: 'country',
          label: t('Country', 'Страна', 'Ел'),
          required: true,
          countries: ['RU', 'KZ'],
        },
        {
          id: 'region',
          type: 'region',
          label: t('Region', 'Регион', 'Өңір'),
          required: true,
          countries: ['RU', 'KZ'],
        },
        {
          id: 'contactEmail',
          type: 'email',
          label: t(
            'Contact email',
            'Электронная почта для связи',
            'Байланыс үшін электрондық пошта',
          ),
          required: true,
        },
        {
          id: 'contactPhone',
          type: 'phone',
          label: t('Contact phone', 'Контактный телефон', 'Байланыс телефоны'),
          required: true,
        },
        {
          id: 'website',
          type: 'url',
          label: t(
            'Website or social media page',
            'Сайт или страница в соцсетях',
            'Веб-сайт немесе әлеуметтік желідегі парақша',
          ),
          required: false,
        },
      ],
    },
    {
      id: 'classificationSection',
      title: t('Classification', 'Классификация', 'Жіктеу'),
      fields: [
        checkboxes('experienceType', t('Type of experience', 'Вид опыта', 'Тәжірибе түрі'), [
          option('social_service', 'Social service', 'Социальная услуга', 'Әлеуметтік қызмет'),
          option(
            'volunteering',
            'Volunteer programme',
            'Добровольческая программа',
            'Еріктілер бағдарламасы',
          ),
          option(
            'education',
            'Educational programme',
            'Образовательная программа',
            'Білім беру бағдарламасы',
          ),
          option(
            'civic_initiative',
            'Civic initiative',
            'Гражданская инициатива',
            'Азаматтық бастама',
          ),
          option(
            'partnership',
            'Cross-sector partnership',
            'Межсекторное партнёрство',
            'Сектораралық серіктестік',
          ),
        ]),
        checkboxes('objectives', t('Objectives', 'Цели', 'Мақсаттар'), [
          option('inclusion', 'Social inclusion', 'Социальная интеграция', 'Әлеуметтік интеграция'),
          option('participation', 'Civic participation', 'Гражданское участие', 'Азаматтық қатысу'),
          option(
            'heritage',
            'Preserving cultural heritage',
            'Сохранение культурного наследия',
            'Мәдени мұраны сақтау',
          ),
          option(
            'wellbeing',
            'Health and well-being',
            'Здоровье и благополучие',
            'Денсаулық және әл-ауқат',
          ),
          option(
            'cooperation',
            'International cooperation',
            'Международное сотрудничество',
            'Халықаралық ынтымақтастық',
          ),
        ]),
        checkboxes(
          'territorialScope',
          t('Territorial scope', 'Территориальный охват', 'Аумақтық қамту'),
          [
            option('local', 'Local', 'Местный', 'Жергілікті'),
            option('regional', 'Regional', 'Региональный', 'Өңірлік'),
            option('national', 'National', 'Национальный', 'Ұлттық'),
            option('cross_border', 'Cross-border', 'Трансграничный', 'Трансшекаралық'),
          ],
        ),
        {
          id: 'countriesInvolved',
          type: 'short_text',
          label: t('Countries involved', 'Страны-участницы', 'Қатысушы елдер'),
          required: true,
          limit: { unit: 'characters', max: 300 },
          visibleWhen: { fieldId: 'territorialScope', includes: 'cross_border' },
        },
        checkboxes(
          'thematicAreas',
          t('Thematic areas', 'Тематические направления', 'Тақырыптық бағыттар'),
          [
            option('social_work', 'Social work', 'Социальная работа', 'Әлеуметтік жұмыс'),
            option('volunteering', 'Volunteering', 'Добровольчество', 'Еріктілік'),
            option(
              'monuments',
              'Preservation of cultural monuments',
              'Сохранение памятников культуры',
              'Мәдениет ескерткіштерін сақтау',
            ),
            option('youth', 'Youth', 'Молодёжь', 'Жастар'),
            option('older_people', 'Older people', 'Старшее поколение', 'Егде жастағы адамдар'),
          ],
        ),
      ],
    },
    {
      id: 'narrativeSection',
      title: t('Description of the practice', 'Описание практики', 'Тәжірибенің сипаттамасы'),
      fields: [
        narrative(
          'objectivesText',
          t('Objectives', 'Цели практики', 'Тәжірибенің мақсаттары'),
          300,
        ),
        narrative(
          'howAchieved',
          t(
            'How they were achieved',
            'Как были достигнуты цели',
            'Мақсаттарға қалай қол жеткізілді',
          ),
          500,
        ),
        narrative(
          'extentAchieved',
          t(
            'To what extent they were achieved',
            'В какой мере цели достигнуты',
            'Мақсаттарға қаншалықты қол жеткізілді',
          ),
          400,
        ),
        narrative('innovation', t('Innovation', 'Инновационность', 'Жаңашылдығы'), 300),
        narrative(
          'transferability',
          t('Transferability', 'Тиражируемость', 'Басқа жерде қолдануға жарамдылығы'),
          300,
        ),
        narrative('feasibility', t('Feasibility', 'Реализуемость', 'Іске асырылу мүмкіндігі'), 300),
        narrative(
          'coordination',
          t(
            'Coordination with other actors',
            'Взаимодействие с другими участниками',
            'Басқа тараптармен өзара іс-қимыл',
          ),
          300,
        ),
        narrative(
          'coResponsibility',
          t('Co-responsibility', 'Совместная ответственность', 'Ортақ жауапкершілік'),
          300,
        ),
        narrative(
          'evaluation',
          t('Evaluation and accountability', 'Оценка и подотчётность', 'Бағалау және есептілік'),
          300,
        ),
        narrative(
          'summary',
          t('Summary', 'Краткое описание', 'Қысқаша сипаттама'),
          1500,
          'characters',
        ),
      ],
    },
    {
      id: 'teamSection',
      title: t(
        'Team, costs and materials',
        'Команда, затраты и материалы',
        'Команда, шығындар және материалдар',
      ),
      fields: [
        {
          id: 'team',
          type: 'repeatable_group',
          label: t('The people behind the practice', 'Команда практики', 'Тәжірибе командасы'),
          required: true,
          minRows: 1,
          maxRows: 15,
          fields: [
            {
              id: 'name',
              type: 'short_text',
              label: t('Name', 'Имя', 'Аты-жөні'),
              required: true,
              personal: true,
              limit: { unit: 'characters', max: 150 },
            },
            {
              id: 'role',
              type: 'short_text',
              label: t('Role', 'Роль', 'Рөлі'),
              required: true,
              limit: { unit: 'characters', max: 200 },
            },
          ],
        },
        {
          id: 'practiceCosts',
          type: 'budget_table',
          label: t(
            'What the practice cost',
            'Во что обошлась практика',
            'Тәжірибеге жұмсалған қаражат',
          ),
          required: true,
          currency: 'RUB',
          minLines: 1,
          maxLines: 30,
        },
        {
          id: 'materials',
          type: 'file',
          label: t(
            'Photos, reports and press coverage',
            'Фотографии, отчёты и публикации',
            'Фотосуреттер, есептер және жарияланымдар',
          ),
          required: false,
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxBytes: 10 * MB,
          maxCount: 5,
        },
      ],
    },
  ],
};

export const formTemplates = [crossBorderSocialProjectTemplate, bestPracticeAwardTemplate];
