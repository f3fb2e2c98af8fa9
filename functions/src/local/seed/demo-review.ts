/**
 * The demo competition under review (local mode only): six eligible applications from the demo
 * NGOs, the six demo jurors with two applications each, k = 2 with a juror from each country,
 * a blind review, a few reviews saved or submitted, and one pair that diverges so the organisers
 * see a flagged application with the extra juror the competition asked for. Two applications
 * carry attached files (demo-files.ts), so jurors see the workspace's download links.
 */
import type {
  DemoApplication,
  DemoAssignment,
  DemoCompetition,
  DemoReview,
  DemoRole,
  DemoUser,
} from './demo-types.ts';
import { reviewDemoFiles } from './demo-files.ts';

export const REVIEW_DEMO = 'demo-eldercare-2026';

const competition: DemoCompetition = {
  id: REVIEW_DEMO,
  title: {
    en: 'Care and company: grants for projects with older people in the border regions, 2026',
    ru: 'Забота и общение: гранты на проекты для пожилых людей приграничных регионов — 2026',
    kk: 'Қамқорлық пен қарым-қатынас: шекаралас өңірлердегі егде адамдарға арналған жобаларға гранттар — 2026',
  },
  summary: {
    en: 'Projects that keep older people at home in company and in good health, on both sides of the border. Applications are closed; the jury is scoring them now.',
    ru: 'Проекты, которые помогают пожилым людям жить дома, не оставаясь в одиночестве, и сохранять здоровье — по обе стороны границы. Приём заявок закрыт, жюри оценивает заявки.',
    kk: 'Шекараның екі жағындағы егде адамдардың үйде жалғыз қалмай, денсаулығын сақтап өмір сүруіне көмектесетін жобалар. Өтінім қабылдау жабылды, қазылар алқасы өтінімдерді бағалап жатыр.',
  },
  countries: ['RU', 'KZ'],
  tracks: [
    {
      id: 'care-at-home',
      title: { en: 'Care at home', ru: 'Помощь на дому', kk: 'Үйдегі көмек' },
    },
    {
      id: 'active-ageing',
      title: { en: 'Active ageing', ru: 'Активное долголетие', kk: 'Белсенді ұзақ өмір' },
    },
  ],
  timeZone: 'Asia/Almaty',
  calendarOffsetsDays: {
    callOpensAt: -75,
    submissionDeadline: -40,
    screeningEndsAt: -20,
    reviewEndsAt: 12,
    resultsAt: 30,
  },
  published: true,
  reviewsPerApplication: 2,
  rubric: {
    criteria: [
      {
        id: 'relevance',
        title: { en: 'Social relevance', ru: 'Социальная значимость', kk: 'Әлеуметтік маңызы' },
        weight: 3,
        scale: { min: 0, max: 10 },
        levels: [
          {
            score: 0,
            descriptor: {
              en: 'The need is not shown',
              ru: 'Потребность не показана',
              kk: 'Қажеттілік көрсетілмеген',
            },
          },
          {
            score: 5,
            descriptor: {
              en: 'The need is plausible but not measured',
              ru: 'Потребность правдоподобна, но не измерена',
              kk: 'Қажеттілік сенімді, бірақ өлшенбеген',
            },
          },
          {
            score: 10,
            descriptor: {
              en: 'A measured need, and people who asked for the project',
              ru: 'Потребность измерена, а люди сами просили о проекте',
              kk: 'Қажеттілік өлшенген, адамдар жобаны өздері сұраған',
            },
          },
        ],
      },
      {
        id: 'feasibility',
        title: { en: 'Feasibility', ru: 'Реализуемость', kk: 'Жүзеге асырылуы' },
        weight: 2,
        scale: { min: 1, max: 5 },
        levels: [
          { score: 1, descriptor: { en: 'No plan', ru: 'Плана нет', kk: 'Жоспар жоқ' } },
          {
            score: 3,
            descriptor: {
              en: 'A plan with gaps in time or money',
              ru: 'План есть, но со слабыми местами по срокам или деньгам',
              kk: 'Жоспар бар, бірақ мерзімі немесе қаржысы әлсіз',
            },
          },
          {
            score: 5,
            descriptor: {
              en: 'A realistic plan by a team that has done it before',
              ru: 'Реалистичный план команды, которая уже делала подобное',
              kk: 'Бұрын осындай жұмыс атқарған команданың шынайы жоспары',
            },
          },
        ],
      },
      {
        id: 'partnership',
        title: {
          en: 'Partnership across the border',
          ru: 'Партнёрство через границу',
          kk: 'Шекара арқылы серіктестік',
        },
        weight: 1,
        scale: { min: 0, max: 5 },
        levels: [],
      },
    ],
  },
  reviewSettings: {
    blind: true,
    showOtherReviewsAfterSubmit: true,
    divergenceThreshold: 25,
    extraJurorOnDivergence: true,
    assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: false },
  },
};

/** An application submitted during the call, found eligible, now in review. */
function application(
  id: string,
  organisationId: string,
  trackId: 'care-at-home' | 'active-ageing',
  title: { ru: string; en: string },
  answers: Omit<DemoApplication['answers'], 'budgetCurrency'>,
  country: 'RU' | 'KZ',
  partnerOrganisationIds: string[] = [],
): DemoApplication {
  return {
    id,
    competitionId: REVIEW_DEMO,
    trackId,
    organisationId,
    partnerOrganisationIds,
    status: 'in_review',
    createdOffsetDays: -60,
    submittedOffsetDays: -42,
    title,
    answers: { ...answers, budgetCurrency: country === 'RU' ? 'RUB' : 'KZT' },
    answersLocale: 'ru',
  };
}

const submittedApplications: DemoApplication[] = [
  application(
    'app-rv-care-online',
    'org-care-online',
    'active-ageing',
    {
      ru: 'Клуб «Тёплый эфир» для одиноких пожилых людей дома',
      en: 'The Warm Air club for older people living alone',
    },
    {
      problem:
        'Одинокие пожилые люди, которые не выходят из дома, неделями ни с кем не разговаривают. Опрос 400 подопечных социальных служб показал, что 62 % из них чувствуют себя одинокими почти каждый день.',
      targetGroup:
        '1 500 пожилых людей, живущих одиноко в Москве и трёх областях, и 80 волонтёров, которые будут им звонить и помогать подключаться к встречам.',
      activities:
        'Еженедельные онлайн-встречи клуба, телефонные звонки волонтёров, планшеты с простым интерфейсом для 150 человек, обучение волонтёров.',
      partnersAcrossBorder:
        'ОО «Волонтёры милосердия Павлодара» проводит встречи на казахском языке и приглашает своих подопечных.',
      expectedResults:
        'Не менее 1 500 участников, из них 300 — из Казахстана; доля тех, кто чувствует себя одиноким почти каждый день, снижается с 62 % до 40 % по повторному опросу.',
      budgetTotal: 1_900_000,
    },
    'RU',
    ['org-pavlodar-care'],
  ),
  application(
    'app-rv-pavlodar-care',
    'org-pavlodar-care',
    'care-at-home',
    {
      ru: 'Школа ухода: родственники учатся помогать дома',
      en: 'A care school: relatives learn to help at home',
    },
    {
      problem:
        'Большинство пожилых людей после инсульта возвращаются домой, где за ними ухаживают родственники без всякой подготовки; повторные госпитализации в области выросли на 18 % за два года.',
      targetGroup: '300 семей Павлодарской области, ухаживающих за лежачими родственниками.',
      activities:
        'Занятия школы ухода в трёх городах, выезды патронажной сестры на дом, прокат средств реабилитации.',
      partnersAcrossBorder:
        'Московская АНО «Забота онлайн» записывает видеоуроки на русском языке, мы — на казахском.',
      expectedResults:
        '300 обученных семей, 120 выездов патронажной сестры, снижение повторных госпитализаций среди участников.',
      budgetTotal: 14_500_000,
    },
    'KZ',
  ),
  application(
    'app-rv-akmola-wellbeing',
    'org-akmola-wellbeing',
    'active-ageing',
    {
      ru: 'Скандинавская ходьба и клубы памяти в сёлах Акмолинской области',
      en: 'Nordic walking and memory clubs in Akmola villages',
    },
    {
      problem:
        'В сёлах области нет занятий для пожилых людей: ближайший центр активного долголетия — в областном центре.',
      targetGroup: '450 жителей старше 60 лет в 15 сёлах.',
      activities:
        'Подготовка 15 инструкторов из числа самих жителей, группы скандинавской ходьбы три раза в неделю, клубы тренировки памяти.',
      partnersAcrossBorder:
        'Омский центр «Добрые соседи» делится программой обучения инструкторов и проводит для них стажировку.',
      expectedResults: '15 постоянно действующих групп и 450 регулярных участников.',
      budgetTotal: 9_800_000,
    },
    'KZ',
    ['org-omsk-volunteers'],
  ),
  application(
    'app-rv-omsk-volunteers',
    'org-omsk-volunteers',
    'care-at-home',
    {
      ru: '«Соседская помощь»: волонтёры приходят к пожилым людям домой',
      en: 'Neighbourly help: volunteers visit older people at home',
    },
    {
      problem:
        'В частном секторе Омска пожилые люди не могут сами принести воду, дрова и продукты зимой; социальных работников не хватает.',
      targetGroup: '600 пожилых людей частного сектора и 200 волонтёров-соседей.',
      activities:
        'Карта нуждающихся, закрепление волонтёров за адресами, зимние дежурства, горячая линия.',
      partnersAcrossBorder:
        'ОО «Молодёжь Алматы за добро» перенимает технологию и присылает волонтёров на обмен.',
      expectedResults:
        '600 человек получают помощь всю зиму; 200 волонтёров закреплены за адресами.',
      budgetTotal: 1_350_000,
    },
    'RU',
  ),
  application(
    'app-rv-almaty-youth',
    'org-almaty-youth',
    'active-ageing',
    {
      ru: '«Внуки по выходным»: студенты и пожилые люди Алматы',
      en: 'Weekend grandchildren: students and older people of Almaty',
    },
    {
      problem:
        'Пожилые жители Алматы без родственников рядом редко выходят из дома; студенты готовы помогать, но не знают как.',
      targetGroup: '250 пожилых людей и 250 студентов-волонтёров.',
      activities: 'Пары «студент — пожилой человек», встречи по выходным, совместные прогулки.',
      partnersAcrossBorder: 'Тюменский альянс НКО консультирует по подбору и поддержке пар.',
      expectedResults: '250 устойчивых пар, которые встречаются не реже раза в две недели.',
      budgetTotal: 6_400_000,
    },
    'KZ',
  ),
  application(
    'app-rv-tyumen-alliance',
    'org-tyumen-alliance',
    'care-at-home',
    {
      ru: 'Мобильная бригада помощи на дому для сёл юга Тюменской области',
      en: 'A mobile home-care team for villages in the south of Tyumen region',
    },
    {
      problem:
        'В сёлах нет сиделок и социальных работников; пожилые люди после выписки из больницы остаются без помощи.',
      targetGroup: '200 пожилых людей в 20 сёлах.',
      activities:
        'Мобильная бригада из медсестры и двух помощников по уходу, выезды по графику, обучение родственников.',
      partnersAcrossBorder:
        'Казахстанские коллеги из Акмолинской области перенимают график и маршруты бригады.',
      expectedResults: 'Не менее 2 000 выездов за год, 200 человек под регулярным наблюдением.',
      budgetTotal: 3_100_000,
    },
    'RU',
  ),
];

/** Two of them came with files: juror 1 reviews both. */
const applications = submittedApplications.map((entry) =>
  reviewDemoFiles[entry.id] ? { ...entry, files: reviewDemoFiles[entry.id] } : entry,
);

/** The demo jurors' profiles in this competition: their countries and languages, new expertise. */
const jurorProfiles: Record<string, Extract<DemoRole, { role: 'juror' }>> = {
  'user-juror1': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Министерство иностранных дел, департамент по взаимодействию с НКО',
    affiliationKind: 'state_body',
    country: 'RU',
    expertise: ['active-ageing'],
    languages: ['ru', 'en'],
    maxLoad: 4,
  },
  'user-juror2': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Агентство по международному гуманитарному сотрудничеству',
    affiliationKind: 'state_body',
    country: 'RU',
    expertise: ['care-at-home'],
    languages: ['ru', 'en'],
    maxLoad: 4,
  },
  'user-juror3': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Общественная палата, комиссия по развитию некоммерческого сектора',
    affiliationKind: 'public_organisation',
    country: 'RU',
    expertise: ['care-at-home', 'active-ageing'],
    languages: ['ru'],
    maxLoad: 4,
  },
  'user-juror4': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Агентство по делам молодёжи Республики Казахстан',
    affiliationKind: 'state_body',
    country: 'KZ',
    expertise: ['active-ageing'],
    languages: ['kk', 'ru'],
    maxLoad: 4,
  },
  'user-juror5': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Гражданский альянс общественных объединений Казахстана',
    affiliationKind: 'public_organisation',
    country: 'KZ',
    expertise: ['care-at-home'],
    languages: ['ru', 'kk', 'en'],
    maxLoad: 4,
  },
  'user-juror6': {
    role: 'juror',
    competitionId: REVIEW_DEMO,
    affiliation: 'Университетский центр исследований гражданского общества (Астана)',
    affiliationKind: 'public_organisation',
    country: 'KZ',
    expertise: ['active-ageing', 'care-at-home'],
    languages: ['kk', 'ru', 'en'],
    maxLoad: 4,
  },
};

const organiserIds = ['user-organiser-ru', 'user-organiser-kz'];

/** The demo users with their roles in the competition under review added. */
export function withReviewRoles(users: DemoUser[]): DemoUser[] {
  return users.map((user) => {
    const extra: DemoRole[] = [
      ...(jurorProfiles[user.id] ? [jurorProfiles[user.id]!] : []),
      ...(organiserIds.includes(user.id)
        ? [{ role: 'organiser' as const, competitionId: REVIEW_DEMO }]
        : []),
    ];
    return extra.length > 0 ? { ...user, roles: [...user.roles, ...extra] } : user;
  });
}

const assign = (
  applicationId: string,
  jurorNumber: number,
  source: DemoAssignment['source'] = 'solver',
  assignedOffsetDays = -19,
): DemoAssignment => ({
  competitionId: REVIEW_DEMO,
  applicationId,
  jurorId: `user-juror${jurorNumber}`,
  source,
  assignedOffsetDays,
});

/** k = 2, one juror from each country per application, two applications per juror. */
const assignments: DemoAssignment[] = [
  assign('app-rv-care-online', 1),
  assign('app-rv-care-online', 4),
  assign('app-rv-pavlodar-care', 2),
  assign('app-rv-pavlodar-care', 5),
  assign('app-rv-akmola-wellbeing', 3),
  assign('app-rv-akmola-wellbeing', 6),
  assign('app-rv-omsk-volunteers', 2),
  assign('app-rv-omsk-volunteers', 4),
  assign('app-rv-almaty-youth', 1),
  assign('app-rv-almaty-youth', 6),
  assign('app-rv-tyumen-alliance', 3),
  assign('app-rv-tyumen-alliance', 5),
  // Jurors 1 and 4 disagree on the care club by more than 25 points: a third juror joins.
  assign('app-rv-care-online', 3, 'divergence', -3),
];

const review = (
  applicationId: string,
  jurorNumber: number,
  status: DemoReview['status'],
  scores: DemoReview['scores'],
  text: Pick<DemoReview, 'overallComment' | 'recommendation' | 'confidence'>,
  savedOffsetDays: number,
): DemoReview => ({
  competitionId: REVIEW_DEMO,
  applicationId,
  jurorId: `user-juror${jurorNumber}`,
  status,
  scores,
  ...text,
  savedOffsetDays,
});

const reviews: DemoReview[] = [
  review(
    'app-rv-care-online',
    1,
    'submitted',
    {
      relevance: { score: 9, comment: 'Опрос 400 подопечных убедительно показывает потребность.' },
      feasibility: { score: 5, comment: 'Команда уже провела 37 встреч с большим охватом.' },
      partnership: { score: 4 },
    },
    {
      overallComment: 'Сильный проект с измеримым результатом; рекомендую поддержать.',
      recommendation: 'support',
      confidence: 'high',
    },
    -6,
  ),
  review(
    'app-rv-care-online',
    4,
    'submitted',
    {
      relevance: { score: 4, comment: 'Одиночество важно, но целевая группа описана широко.' },
      feasibility: { score: 2, comment: 'Бюджет на планшеты не обоснован.' },
      partnership: { score: 1, comment: 'Роль партнёра сводится к переводу.' },
    },
    {
      overallComment: 'Идея хорошая, но план и партнёрство слабые.',
      recommendation: 'do_not_support',
      confidence: 'medium',
    },
    -3,
  ),
  review(
    'app-rv-akmola-wellbeing',
    3,
    'submitted',
    {
      relevance: { score: 8 },
      feasibility: { score: 4, comment: 'Инструкторы из числа жителей — устойчивое решение.' },
      partnership: { score: 4 },
    },
    {
      overallComment: 'Хороший, недорогой и устойчивый проект.',
      recommendation: 'support',
      confidence: 'high',
    },
    -5,
  ),
  review(
    'app-rv-akmola-wellbeing',
    6,
    'submitted',
    {
      relevance: { score: 7 },
      feasibility: { score: 4 },
      partnership: { score: 3, comment: 'Стажировка в Омске описана кратко.' },
    },
    {
      overallComment: 'Поддерживаю; уточнить программу стажировки.',
      recommendation: 'support_with_changes',
      confidence: 'medium',
    },
    -4,
  ),
  review(
    'app-rv-pavlodar-care',
    2,
    'submitted',
    {
      relevance: { score: 7, comment: 'Рост повторных госпитализаций — весомый довод.' },
      feasibility: { score: 4 },
      partnership: { score: 3 },
    },
    {
      overallComment: 'Нужный проект; стоит уточнить число выездов.',
      recommendation: 'support_with_changes',
      confidence: 'medium',
    },
    -2,
  ),
  // Drafts in progress: autosaved, not yet submitted.
  review(
    'app-rv-pavlodar-care',
    5,
    'draft',
    { relevance: { score: 6 } },
    { overallComment: '' },
    -1,
  ),
  review(
    'app-rv-omsk-volunteers',
    4,
    'draft',
    { relevance: { score: 8 }, feasibility: { score: 3 } },
    { overallComment: 'Черновик: проверить бюджет на дрова.' },
    -1,
  ),
];

export const reviewDemo = { competition, applications, assignments, reviews };
