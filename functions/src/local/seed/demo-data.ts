/**
 * Demo data for local mode only: `npm start` seeds it once; a deployed stack never does.
 * Every person and organisation here is invented, modelled on the cross-border competition
 * of Russian and Kazakh NGOs described in docs (see the brief).
 */
import type { DemoData } from './demo-types.ts';

const crossBorderTracks = [
  {
    id: 'social-work',
    title: { en: 'Social work', ru: 'Социальная работа', kk: 'Әлеуметтік жұмыс' },
  },
  {
    id: 'volunteering',
    title: { en: 'Volunteering', ru: 'Добровольчество', kk: 'Еріктілік' },
  },
  {
    id: 'heritage',
    title: {
      en: 'Cultural heritage',
      ru: 'Сохранение культурного наследия',
      kk: 'Мәдени мұраны сақтау',
    },
  },
];

export const demoData: DemoData = {
  competitions: [
    {
      id: 'demo-crossborder-2027',
      title: {
        en: 'Cross-border competition of socially significant projects of Russian and Kazakh NGOs',
        ru: 'Трансграничный конкурс социально значимых проектов НКО России и Казахстана',
        kk: 'Ресей мен Қазақстан ҮЕҰ әлеуметтік маңызды жобаларының трансшекаралық конкурсы',
      },
      summary: {
        en: 'Projects in social work, volunteering and the preservation of cultural heritage. A mixed jury of state bodies and public organisations of both countries chooses four winners from each country; the best projects go on to the civil forum, where they compete for funding.',
        ru: 'Проекты в сферах социальной работы, добровольчества и сохранения культурного наследия. Смешанное жюри из представителей государственных органов и общественных организаций двух стран выбирает по четыре победителя от каждой страны; лучшие проекты выходят на гражданский форум, где борются за финансирование.',
        kk: 'Әлеуметтік жұмыс, еріктілік және мәдени мұраны сақтау салаларындағы жобалар. Екі елдің мемлекеттік органдары мен қоғамдық ұйымдарының өкілдерінен құралған аралас қазылар алқасы әр елден төрт жеңімпазды анықтайды; үздік жобалар азаматтық форумға шығып, қаржыландыру үшін бәсекелеседі.',
      },
      countries: ['RU', 'KZ'],
      tracks: crossBorderTracks,
      timeZone: 'Asia/Almaty',
      calendarOffsetsDays: {
        callOpensAt: -20,
        submissionDeadline: 25,
        screeningEndsAt: 35,
        reviewEndsAt: 55,
        resultsAt: 70,
      },
      published: true,
    },
    {
      id: 'demo-volunteer-2026',
      title: {
        en: 'Volunteer centres award 2026',
        ru: 'Премия добровольческих центров — 2026',
        kk: 'Еріктілер орталықтарының сыйлығы — 2026',
      },
      summary: {
        en: 'An award for municipal volunteer centres hosted by universities, libraries and culture houses.',
        ru: 'Премия для муниципальных добровольческих центров при университетах, библиотеках и домах культуры.',
        kk: 'Университеттер, кітапханалар мен мәдениет үйлері жанындағы муниципалдық еріктілер орталықтарына арналған сыйлық.',
      },
      countries: ['RU'],
      tracks: [
        { id: 'youth-volunteering', title: { en: 'Youth', ru: 'Молодёжь', kk: 'Жастар' } },
        {
          id: 'silver-volunteers',
          title: { en: 'Older volunteers', ru: 'Серебряные волонтёры', kk: 'Күміс еріктілер' },
        },
      ],
      timeZone: 'Europe/Moscow',
      calendarOffsetsDays: {
        callOpensAt: -300,
        submissionDeadline: -240,
        screeningEndsAt: -225,
        reviewEndsAt: -180,
        resultsAt: -120,
      },
      published: true,
    },
    {
      id: 'demo-heritage-2027',
      title: {
        en: 'Living heritage of the steppe: grants for local museums',
        ru: 'Живое наследие степи: гранты для местных музеев',
        kk: 'Даланың тірі мұрасы: жергілікті мұражайларға гранттар',
      },
      summary: {
        en: 'Small grants for village museums, open-air exhibitions and oral-history projects in Kazakhstan and the Russian border regions.',
        ru: 'Малые гранты для сельских музеев, музеев под открытым небом и проектов устной истории в Казахстане и приграничных регионах России.',
        kk: 'Қазақстандағы және Ресейдің шекаралас өңірлеріндегі ауыл мұражайларына, ашық аспан астындағы көрмелер мен ауызша тарих жобаларына шағын гранттар.',
      },
      countries: ['KZ', 'RU'],
      tracks: [
        { id: 'museums', title: { en: 'Museums', ru: 'Музеи', kk: 'Мұражайлар' } },
        {
          id: 'oral-history',
          title: { en: 'Oral history', ru: 'Устная история', kk: 'Ауызша тарих' },
        },
      ],
      timeZone: 'Asia/Almaty',
      calendarOffsetsDays: {
        callOpensAt: 30,
        submissionDeadline: 90,
        screeningEndsAt: 100,
        reviewEndsAt: 130,
        resultsAt: 160,
      },
      published: true,
    },
    {
      id: 'demo-draft-setup',
      title: {
        en: 'Civic forum shortlist 2027 (being set up)',
        ru: 'Отбор на гражданский форум — 2027 (в подготовке)',
      },
      summary: {
        en: 'Not published yet: only its organisers can see it.',
        ru: 'Ещё не опубликован: его видят только организаторы.',
      },
      countries: ['RU', 'KZ'],
      tracks: crossBorderTracks,
      timeZone: 'Europe/Moscow',
      calendarOffsetsDays: {
        callOpensAt: 60,
        submissionDeadline: 100,
        screeningEndsAt: 110,
        reviewEndsAt: 130,
        resultsAt: 140,
      },
      published: false,
    },
  ],

  organisations: [
    {
      id: 'org-care-online',
      name: { ru: 'АНО «Тёплый эфир»', en: 'Warm Air online care programme' },
      legalForm: 'АНО',
      country: 'RU',
      region: 'Москва',
      city: 'Москва',
      website: 'https://care-online.example',
      description: {
        ru: 'Проводим онлайн-встречи для жителей домов престарелых: концерты, лекции, беседы с волонтёрами. За год — 37 встреч и около 21 000 участников из 65 регионов.',
        en: 'Online meetings for care-home residents: concerts, talks and conversations with volunteers. Last year: 37 meetings and about 21,000 participants from 65 regions.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-tyumen-alliance',
      name: { ru: 'Союз НКО Тюменской области', en: 'Tyumen Region NGO Alliance' },
      legalForm: 'Ассоциация',
      country: 'RU',
      region: 'Тюменская область',
      city: 'Тюмень',
      website: 'https://tyumen-ngo.example',
      description: {
        ru: 'Объединяем 128 некоммерческих организаций региона и распространяем социальную технологию «Соседский центр» по малым городам.',
        en: 'An alliance of 128 regional non-profits spreading the "neighbourhood centre" social technology to small towns.',
      },
      themes: ['social-work'],
      workingLanguages: ['ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-kurgan-press',
      name: { ru: 'РОО «Летопись Зауралья»', en: 'Trans-Ural Chronicle' },
      legalForm: 'РОО',
      country: 'RU',
      region: 'Курганская область',
      city: 'Курган',
      website: 'https://chronicle-kurgan.example',
      description: {
        ru: 'Журналисты и краеведы собирают историю региональной журналистики и устные воспоминания жителей.',
        en: 'Journalists and local historians collecting the history of regional journalism and residents’ oral memories.',
      },
      themes: ['heritage'],
      workingLanguages: ['ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-omsk-volunteers',
      name: {
        ru: 'Омский ресурсный центр добровольчества',
        en: 'Omsk Volunteering Resource Centre',
      },
      legalForm: 'АНО',
      country: 'RU',
      region: 'Омская область',
      city: 'Омск',
      description: {
        ru: 'Открываем добровольческие центры при библиотеках и домах культуры во всех районах области.',
        en: 'Opening volunteer centres in libraries and culture houses in every district of the region.',
      },
      themes: ['volunteering'],
      workingLanguages: ['ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-culture-map',
      name: { ru: 'Фонд «Карта культурных брендов»', en: 'Cultural Brands Map Foundation' },
      legalForm: 'Фонд',
      country: 'RU',
      region: 'Москва',
      city: 'Москва',
      website: 'https://culture-map.example',
      description: {
        ru: 'Создаём национальную карту местных культурных брендов: ремёсел, праздников и гастрономии малых городов.',
        en: 'Building a national map of local cultural brands: crafts, festivals and food of small towns.',
      },
      themes: ['heritage'],
      workingLanguages: ['ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-orenburg-border',
      name: {
        ru: 'Оренбургский клуб приграничного сотрудничества',
        en: 'Orenburg Cross-Border Cooperation Club',
      },
      legalForm: 'РОО',
      country: 'RU',
      region: 'Оренбургская область',
      city: 'Оренбург',
      description: {
        ru: 'Связываем общественные организации приграничных районов России и Казахстана.',
        en: 'Connecting civic organisations of the Russian and Kazakh border districts.',
      },
      themes: ['volunteering', 'heritage'],
      workingLanguages: ['ru', 'kk'],
      listedInDirectory: false,
    },
    {
      id: 'org-kostanay-museum',
      name: {
        ru: 'ОО «Наследие Тобола»',
        kk: '«Тобыл мұрасы» ҚБ',
        en: 'Tobol Heritage Association',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Костанайская область',
      city: 'Костанай',
      website: 'https://tobol-heritage.example',
      description: {
        ru: 'Создаём музей под открытым небом на родине учёного-просветителя и проводим экспедиции по сёлам области.',
        en: 'Building an open-air museum at the birthplace of an enlightenment scholar and running expeditions to the region’s villages.',
        kk: 'Ағартушы ғалымның туған жерінде ашық аспан астындағы мұражай жасап, облыс ауылдарына экспедициялар ұйымдастырамыз.',
      },
      themes: ['heritage'],
      workingLanguages: ['kk', 'ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-search-memory',
      name: {
        ru: 'ОО «Поисковый отряд „Память“»',
        kk: '«Жад» іздестіру жасағы ҚБ',
        en: 'Memory Search Association',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Астана',
      city: 'Астана',
      description: {
        ru: 'Архивная и поисковая работа по сохранению памяти о земляках, погибших в годы войны, вместе с поисковиками России.',
        en: 'Archive and battlefield search work preserving the memory of those who fell in the war, together with Russian search teams.',
        kk: 'Соғыс жылдары қаза тапқан жерлестердің жадын сақтау үшін ресейлік іздестірушілермен бірге мұрағаттық және іздестіру жұмысы.',
      },
      themes: ['heritage', 'volunteering'],
      workingLanguages: ['kk', 'ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-akmola-wellbeing',
      name: {
        ru: 'Центр благополучия сотрудников НКО',
        kk: 'ҮЕҰ қызметкерлерінің әл-ауқат орталығы',
        en: 'NGO Staff Well-being Centre',
      },
      legalForm: 'ОЮЛ',
      country: 'KZ',
      region: 'Акмолинская область',
      city: 'Кокшетау',
      description: {
        ru: 'Профилактика выгорания сотрудников некоммерческих организаций: супервизии, группы поддержки, обучение.',
        en: 'Preventing burnout among non-profit staff: supervision, peer support groups and training.',
        kk: 'Коммерциялық емес ұйым қызметкерлерінің күйзелісінің алдын алу: супервизия, қолдау топтары, оқыту.',
      },
      themes: ['social-work'],
      workingLanguages: ['ru', 'kk'],
      listedInDirectory: true,
    },
    {
      id: 'org-civil-alliance',
      name: {
        ru: 'Гражданский альянс Казахстана',
        kk: 'Қазақстанның Азаматтық альянсы',
        en: 'Civil Alliance of Kazakhstan',
      },
      legalForm: 'ОЮЛ',
      country: 'KZ',
      region: 'Астана',
      city: 'Астана',
      website: 'https://civil-alliance.example',
      description: {
        ru: 'Национальное объединение НКО; развиваем общественный контроль в приграничных регионах.',
        en: 'A national alliance of NGOs; we develop public oversight in the border regions.',
        kk: 'ҮЕҰ ұлттық бірлестігі; шекаралас өңірлерде қоғамдық бақылауды дамытамыз.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['kk', 'ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-pavlodar-care',
      name: {
        ru: 'ОО «Добрые руки Павлодара»',
        kk: '«Павлодардың мейірімді қолдары» ҚБ',
        en: 'Kind Hands of Pavlodar',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Павлодарская область',
      city: 'Павлодар',
      description: {
        ru: 'Волонтёры домов престарелых Павлодарской области: посещения, праздники, помощь с цифровыми устройствами.',
        en: 'Care-home volunteers of the Pavlodar region: visits, celebrations, help with digital devices.',
        kk: 'Павлодар облысы қарттар үйлерінің еріктілері: бару, мерекелер, цифрлық құрылғыларға көмек.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['ru', 'kk'],
      listedInDirectory: true,
    },
    {
      id: 'org-almaty-youth',
      name: {
        ru: 'Молодёжный волонтёрский центр Алматы',
        kk: 'Алматы жастар еріктілер орталығы',
        en: 'Almaty Youth Volunteer Centre',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Алматы',
      city: 'Алматы',
      description: {
        ru: 'Студенческие волонтёрские команды при университетах города.',
        en: 'Student volunteer teams at the city’s universities.',
        kk: 'Қала университеттері жанындағы студенттік еріктілер командалары.',
      },
      themes: ['volunteering'],
      workingLanguages: ['kk', 'ru', 'en'],
      listedInDirectory: false,
    },
  ],

  users: [
    {
      id: 'user-admin',
      email: 'admin@demo.laureate.test',
      displayName: 'Platform Administrator',
      locale: 'en',
      roles: [{ role: 'admin' }],
    },
    {
      id: 'user-organiser-ru',
      email: 'organiser@demo.laureate.test',
      displayName: 'Ирина Соколова',
      locale: 'ru',
      roles: [{ role: 'organiser', competitionId: 'demo-crossborder-2027' }],
    },
    {
      id: 'user-organiser-kz',
      email: 'organiser.kz@demo.laureate.test',
      displayName: 'Ержан Сапаров',
      locale: 'kk',
      roles: [
        { role: 'organiser', competitionId: 'demo-crossborder-2027' },
        { role: 'organiser', competitionId: 'demo-heritage-2027' },
      ],
    },
    ...(
      [
        [
          'juror1',
          'Андрей Волков',
          'ru',
          'Департамент МИД по связям с НКО',
          'state_body',
          'RU',
          ['social-work'],
          ['ru', 'en'],
        ],
        [
          'juror2',
          'Елена Морозова',
          'ru',
          'Агентство по международному гуманитарному сотрудничеству',
          'state_body',
          'RU',
          ['heritage'],
          ['ru'],
        ],
        [
          'juror3',
          'Павел Никитин',
          'ru',
          'Общественная палата',
          'public_organisation',
          'RU',
          ['volunteering', 'social-work'],
          ['ru'],
        ],
        [
          'juror4',
          'Айгуль Нурланова',
          'kk',
          'Агентство по делам молодёжи',
          'state_body',
          'KZ',
          ['volunteering'],
          ['kk', 'ru'],
        ],
        [
          'juror5',
          'Бауыржан Калиев',
          'ru',
          'Гражданский альянс Казахстана',
          'public_organisation',
          'KZ',
          ['social-work'],
          ['ru', 'kk', 'en'],
        ],
        [
          'juror6',
          'Динара Ахметова',
          'kk',
          'Университетский центр исследований НКО',
          'public_organisation',
          'KZ',
          ['heritage', 'volunteering'],
          ['kk', 'ru'],
        ],
      ] as const
    ).map(
      ([
        handle,
        displayName,
        locale,
        affiliation,
        affiliationKind,
        country,
        expertise,
        languages,
      ]) => ({
        id: `user-${handle}`,
        email: `${handle}@demo.laureate.test`,
        displayName,
        locale,
        roles: [
          {
            role: 'juror' as const,
            competitionId: 'demo-crossborder-2027',
            affiliation,
            affiliationKind,
            country,
            expertise: [...expertise],
            languages: [...languages],
          },
        ],
      }),
    ),
    ...(
      [
        ['ngo1', 'Мария Лебедева', 'ru', 'org-care-online'],
        ['ngo2', 'Сергей Ковалёв', 'ru', 'org-tyumen-alliance'],
        ['ngo3', 'Ольга Зайцева', 'ru', 'org-kurgan-press'],
        ['ngo4', 'Дмитрий Орлов', 'ru', 'org-omsk-volunteers'],
        ['ngo5', 'Анна Кузнецова', 'ru', 'org-culture-map'],
        ['ngo6', 'Виктор Белов', 'ru', 'org-orenburg-border'],
        ['ngo7', 'Асель Жумабаева', 'kk', 'org-kostanay-museum'],
        ['ngo8', 'Тимур Ермеков', 'ru', 'org-search-memory'],
        ['ngo9', 'Жанар Омарова', 'ru', 'org-akmola-wellbeing'],
        ['ngo10', 'Нурлан Абдрахманов', 'kk', 'org-civil-alliance'],
        ['ngo11', 'Светлана Ким', 'ru', 'org-pavlodar-care'],
        ['ngo12', 'Арман Сейткали', 'kk', 'org-almaty-youth'],
      ] as const
    ).map(([handle, displayName, locale, organisationId]) => ({
      id: `user-${handle}`,
      email: `${handle}@demo.laureate.test`,
      displayName,
      locale,
      roles: [{ role: 'member' as const, organisationId, owner: true }],
    })),
    {
      id: 'user-ngo1-member',
      email: 'ngo1.member@demo.laureate.test',
      displayName: 'Кирилл Смирнов',
      locale: 'ru',
      roles: [
        { role: 'member', organisationId: 'org-care-online', owner: false },
        // One person in two organisations: a volunteer who also helps a partner.
        { role: 'member', organisationId: 'org-culture-map', owner: false },
      ],
    },
    {
      id: 'user-ngo7-member',
      email: 'ngo7.member@demo.laureate.test',
      displayName: 'Ерлан Досов',
      locale: 'kk',
      roles: [{ role: 'member', organisationId: 'org-kostanay-museum', owner: false }],
    },
  ],

  applications: [
    {
      id: 'app-care-online-kz',
      competitionId: 'demo-crossborder-2027',
      trackId: 'social-work',
      organisationId: 'org-care-online',
      partnerOrganisationIds: ['org-pavlodar-care'],
      status: 'draft',
      createdOffsetDays: -12,
      title: {
        ru: '«Тёплый эфир без границ»: онлайн-встречи для домов престарелых России и Казахстана',
        en: 'Warm Air without borders: online meetings for care homes in Russia and Kazakhstan',
      },
      answers: {
        problem:
          'Жители домов престарелых годами не выходят за пределы учреждения и страдают от одиночества. В малых городах нет ни лекторов, ни артистов, готовых приезжать регулярно.',
        targetGroup:
          'Около 3 000 жителей 40 домов престарелых в России и 12 учреждений Павлодарской области, а также их сотрудники.',
        activities:
          'Еженедельные онлайн-встречи на русском и казахском языках: концерты, лекции краеведов, беседы с волонтёрами. Партнёры в Павлодаре готовят площадки и помогают жителям с техникой.',
        partnersAcrossBorder:
          'ОО «Добрые руки Павлодара» — организация встреч в казахстанских учреждениях.',
        expectedResults: '',
        budgetTotal: 1_200_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-tyumen-neighbours',
      competitionId: 'demo-crossborder-2027',
      trackId: 'social-work',
      organisationId: 'org-tyumen-alliance',
      partnerOrganisationIds: ['org-civil-alliance'],
      status: 'submitted',
      createdOffsetDays: -18,
      submittedOffsetDays: -3,
      title: {
        ru: 'Соседские центры: социальная технология для малых городов двух стран',
        en: 'Neighbourhood centres: a social technology for small towns in two countries',
      },
      answers: {
        problem:
          'В малых городах некому объединить жителей для решения бытовых и социальных задач; пожилые и семьи с детьми-инвалидами остаются без поддержки.',
        targetGroup:
          'Жители шести малых городов Тюменской области и трёх районов Северо-Казахстанской области.',
        activities:
          'Обучим 30 координаторов, откроем 9 соседских центров, проведём обмен опытом между командами двух стран (два визита и онлайн-школа).',
        partnersAcrossBorder:
          'Гражданский альянс Казахстана подбирает площадки и координаторов в Казахстане.',
        expectedResults:
          '9 действующих центров, не менее 2 400 жителей, получивших помощь, методичка на русском и казахском языках.',
        budgetTotal: 2_850_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-kurgan-journalism',
      competitionId: 'demo-crossborder-2027',
      trackId: 'heritage',
      organisationId: 'org-kurgan-press',
      partnerOrganisationIds: [],
      status: 'submitted',
      createdOffsetDays: -15,
      submittedOffsetDays: -6,
      title: {
        ru: 'Сто лет журналистики Зауралья: история в голосах',
        en: 'A century of Trans-Ural journalism, in its own voices',
      },
      answers: {
        problem:
          'Свидетели истории региональной прессы уходят, а архивы редакций районных газет не оцифрованы.',
        targetGroup: 'Школьники и студенты-журналисты, краеведы, читатели районных газет.',
        activities:
          'Запишем 60 интервью с ветеранами журналистики, оцифруем 4 000 страниц подшивок, проведём 12 встреч в районных библиотеках.',
        partnersAcrossBorder:
          'Обмен материалами с редакциями Костанайской области о совместной истории приграничья.',
        expectedResults:
          'Открытый онлайн-архив, выставка в областной библиотеке, сборник воспоминаний тиражом 500 экземпляров.',
        budgetTotal: 780_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-omsk-centres',
      competitionId: 'demo-crossborder-2027',
      trackId: 'volunteering',
      organisationId: 'org-omsk-volunteers',
      partnerOrganisationIds: ['org-almaty-youth'],
      status: 'draft',
      createdOffsetDays: -5,
      title: {
        ru: 'Добровольческий центр в каждом районе',
        en: 'A volunteer centre in every district',
      },
      answers: {
        problem:
          'В 20 из 32 районов области нет постоянной площадки, где жители могут найти волонтёрские задачи.',
        targetGroup: 'Молодёжь и люди старшего возраста, желающие заниматься добровольчеством.',
        activities: '',
        partnersAcrossBorder: '',
        expectedResults: '',
        budgetTotal: 0,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-culture-map',
      competitionId: 'demo-crossborder-2027',
      trackId: 'heritage',
      organisationId: 'org-culture-map',
      partnerOrganisationIds: ['org-kostanay-museum'],
      status: 'submitted',
      createdOffsetDays: -19,
      submittedOffsetDays: -1,
      title: {
        en: 'A shared map of local cultural brands',
        ru: 'Общая карта местных культурных брендов',
      },
      answers: {
        problem:
          'Local crafts, festivals and food traditions of small towns are invisible beyond their districts, and the knowledge of them is held by a few ageing enthusiasts.',
        targetGroup:
          'Local museums, culture houses and craftspeople of 40 small towns in Russia and Kazakhstan; travellers and teachers.',
        activities:
          'Field trips to 40 towns, a shared open map with descriptions in Russian, Kazakh and English, and training for local guides on presenting their brands.',
        partnersAcrossBorder:
          'The Tobol Heritage Association leads the work in the Kostanay region and hosts a joint summer school.',
        expectedResults:
          '250 described brands on the open map, 40 trained local guides, 15 new tourist routes.',
        budgetTotal: 1_950_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'en',
    },
    {
      id: 'app-kostanay-museum',
      competitionId: 'demo-crossborder-2027',
      trackId: 'heritage',
      organisationId: 'org-kostanay-museum',
      partnerOrganisationIds: [],
      status: 'submitted',
      createdOffsetDays: -16,
      submittedOffsetDays: -8,
      title: {
        ru: 'Музей под открытым небом на родине учёного-просветителя',
        kk: 'Ағартушы ғалымның туған жеріндегі ашық аспан астындағы мұражай',
        en: 'An open-air museum at a scholar’s birthplace',
      },
      answers: {
        problem:
          'Усадьба, где родился учёный-просветитель, разрушается; в селе нет музея, а молодёжь уезжает.',
        targetGroup: 'Жители села и района, школьники области, туристы из Казахстана и России.',
        activities:
          'Восстановим дом и хозяйственные постройки, создадим экспозицию, подготовим 10 экскурсоводов из местной молодёжи.',
        partnersAcrossBorder: 'Консультации музеев Оренбурга по реставрации деревянных построек.',
        expectedResults:
          'Открытый музей, не менее 5 000 посетителей в первый год, 10 рабочих мест для жителей села.',
        budgetTotal: 6_500_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-search-memory',
      competitionId: 'demo-crossborder-2027',
      trackId: 'volunteering',
      organisationId: 'org-search-memory',
      partnerOrganisationIds: ['org-orenburg-border'],
      status: 'submitted',
      createdOffsetDays: -14,
      submittedOffsetDays: -2,
      title: {
        ru: 'Вернуть имена: совместная поисковая экспедиция',
        en: 'Returning names: a joint search expedition',
      },
      answers: {
        problem:
          'Судьбы тысяч уроженцев Казахстана, погибших в годы войны, до сих пор не установлены.',
        targetGroup: 'Семьи погибших, студенты-волонтёры, школьные музеи.',
        activities:
          'Работа в архивах двух стран, летняя экспедиция из 40 волонтёров, передача найденных сведений семьям.',
        partnersAcrossBorder:
          'Оренбургский клуб приграничного сотрудничества организует работу в российских архивах.',
        expectedResults:
          'Установлены не менее 300 имён, 40 обученных поисковиков, выставка в Астане.',
        budgetTotal: 4_200_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-akmola-wellbeing',
      competitionId: 'demo-crossborder-2027',
      trackId: 'social-work',
      organisationId: 'org-akmola-wellbeing',
      partnerOrganisationIds: [],
      status: 'submitted',
      createdOffsetDays: -11,
      submittedOffsetDays: -4,
      title: {
        en: 'Who cares for the carers: a well-being centre for NGO staff',
        ru: 'Кто позаботится о помогающих: центр благополучия сотрудников НКО',
      },
      answers: {
        problem:
          'Staff of social NGOs burn out within two to three years; organisations lose experienced people and their services suffer.',
        targetGroup: '300 employees and volunteers of 60 NGOs in the Akmola region.',
        activities:
          'Monthly group supervision, a peer-support hotline, a training course on preventing burnout, and an annual retreat.',
        partnersAcrossBorder: 'Exchange of methods with the Tyumen Region NGO Alliance.',
        expectedResults:
          'Staff turnover in participating NGOs down by a quarter; 20 trained peer supporters.',
        budgetTotal: 3_100_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'en',
    },
    {
      id: 'app-civil-oversight',
      competitionId: 'demo-crossborder-2027',
      trackId: 'social-work',
      organisationId: 'org-civil-alliance',
      partnerOrganisationIds: [],
      status: 'draft',
      createdOffsetDays: -3,
      title: {
        ru: 'Общественный контроль в приграничных районах',
        en: 'Public oversight in the border districts',
      },
      answers: {
        problem: 'Жители приграничных районов мало участвуют в обсуждении социальных услуг.',
        targetGroup: '',
        activities: '',
        partnersAcrossBorder: '',
        expectedResults: '',
        budgetTotal: 0,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-pavlodar-digital',
      competitionId: 'demo-crossborder-2027',
      trackId: 'volunteering',
      organisationId: 'org-pavlodar-care',
      partnerOrganisationIds: ['org-care-online'],
      status: 'draft',
      createdOffsetDays: -7,
      title: {
        ru: 'Цифровые волонтёры для старшего поколения',
        en: 'Digital volunteers for older people',
      },
      answers: {
        problem:
          'Жители домов престарелых не умеют пользоваться планшетами и не могут участвовать в онлайн-программах.',
        targetGroup: 'Жители 12 учреждений Павлодарской области.',
        activities:
          'Подготовим 50 волонтёров-наставников, которые раз в неделю помогают жителям подключаться к встречам.',
        partnersAcrossBorder: 'АНО «Тёплый эфир» (Москва) — программа онлайн-встреч.',
        expectedResults: '',
        budgetTotal: 2_400_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
  ],
};
