/**
 * Demo data for local mode only: `npm start` seeds it once; a deployed stack never does.
 * Every person and organisation here is invented. The main competition is modelled on the
 * cross-border competition of Russian NPOs and Kazakh public organisations described in the
 * project brief: three tracks, a mixed jury, four winners from each country.
 */
import { reviewDemo, withReviewRoles } from './demo-review.ts';
import type { DemoData, DemoUser } from './demo-types.ts';

const MAIN = 'demo-crossborder-2027';

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
      en: 'Preservation of cultural heritage',
      ru: 'Сохранение культурного наследия',
      kk: 'Мәдени мұраны сақтау',
    },
  },
];

type JurorRole = Extract<DemoUser['roles'][number], { role: 'juror' }>;

/** A juror of the main competition; `n` gives the id `user-jurorN` and `jurorN@…`. */
function juror(
  n: number,
  displayName: string,
  locale: DemoUser['locale'],
  profile: Omit<JurorRole, 'role' | 'competitionId'>,
): DemoUser {
  return {
    id: `user-juror${n}`,
    email: `juror${n}@demo.laureate.test`,
    displayName,
    locale,
    roles: [{ role: 'juror', competitionId: MAIN, ...profile }],
  };
}

/** The owner of one organisation: `ngoN@…`. */
function owner(
  n: number,
  displayName: string,
  locale: DemoUser['locale'],
  organisationId: string,
): DemoUser {
  return {
    id: `user-ngo${n}`,
    email: `ngo${n}@demo.laureate.test`,
    displayName,
    locale,
    roles: [{ role: 'member', organisationId, owner: true }],
  };
}

export const demoData: DemoData = {
  competitions: [
    {
      id: MAIN,
      title: {
        en: 'Cross-border competition of socially significant projects of Russian and Kazakh NGOs',
        ru: 'Трансграничный конкурс социально значимых проектов НКО России и Казахстана',
        kk: 'Ресей мен Қазақстан ҮЕҰ әлеуметтік маңызы бар жобаларының трансшекаралық байқауы',
      },
      summary: {
        en: 'Russian non-profits and Kazakh public organisations present projects in social work, volunteering and the preservation of cultural heritage, alone or with a partner across the border. A mixed jury of state bodies and public organisations of both countries selects four winners from each country, and the best projects are shortlisted for presentation at the civil forum, where they compete for funding.',
        ru: 'Российские НКО и казахстанские общественные объединения представляют проекты в сферах социальной работы, добровольчества и сохранения культурного наследия — самостоятельно или вместе с партнёром из другой страны. Смешанное жюри из представителей государственных органов и общественных организаций двух стран определяет по четыре победителя от каждой страны, а лучшие проекты попадают в шорт-лист для презентации на гражданском форуме, где борются за финансирование.',
        kk: 'Ресейдің коммерциялық емес ұйымдары мен Қазақстанның қоғамдық бірлестіктері әлеуметтік жұмыс, еріктілік және мәдени мұраны сақтау салаларындағы жобаларын өз бетінше немесе көрші елдегі серіктеспен бірге ұсынады. Екі елдің мемлекеттік органдары мен қоғамдық ұйымдары өкілдерінен құралған аралас қазылар алқасы әр елден төрт жеңімпазды анықтайды, ал үздік жобалар азаматтық форумда таныстыру үшін қысқа тізімге енгізіліп, сонда қаржыландыру үшін бәсекеге түседі.',
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
        en: 'Regional award for volunteer centres 2026',
        ru: 'Региональная премия добровольческих центров — 2026',
        kk: 'Еріктілер орталықтарының өңірлік сыйлығы — 2026',
      },
      summary: {
        en: 'An award for municipal volunteer centres hosted by universities, libraries, culture houses and youth centres. The winners have been announced; the results stay public.',
        ru: 'Премия для муниципальных добровольческих центров при университетах, библиотеках, домах культуры и молодёжных центрах. Победители объявлены, итоги остаются в открытом доступе.',
        kk: 'Университеттер, кітапханалар, мәдениет үйлері мен жастар орталықтары жанындағы муниципалдық еріктілер орталықтарына арналған сыйлық. Жеңімпаздар жарияланды, қорытындылар ашық қолжетімді.',
      },
      countries: ['RU'],
      tracks: [
        {
          id: 'youth-teams',
          title: { en: 'Youth teams', ru: 'Молодёжные команды', kk: 'Жастар командалары' },
        },
        {
          id: 'silver-volunteers',
          title: { en: 'Older volunteers', ru: 'Серебряные добровольцы', kk: 'Күміс еріктілер' },
        },
        {
          id: 'centre-of-the-year',
          title: {
            en: 'Volunteer centre of the year',
            ru: 'Добровольческий центр года',
            kk: 'Жылдың еріктілер орталығы',
          },
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
        en: 'Small grants for village museums, open-air exhibitions and oral-history projects in Kazakhstan and the Russian border regions. The call opens in a month.',
        ru: 'Малые гранты для сельских музеев, экспозиций под открытым небом и проектов устной истории в Казахстане и приграничных регионах России. Приём заявок откроется через месяц.',
        kk: 'Қазақстандағы және Ресейдің шекаралас өңірлеріндегі ауыл мұражайларына, ашық аспан астындағы экспозициялар мен ауызша тарих жобаларына шағын гранттар. Өтінімдерді қабылдау бір айдан кейін басталады.',
      },
      countries: ['KZ', 'RU'],
      tracks: [
        {
          id: 'local-museums',
          title: { en: 'Local museums', ru: 'Местные музеи', kk: 'Жергілікті мұражайлар' },
        },
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
        en: 'Grants for joint partner projects 2027 (in preparation)',
        ru: 'Гранты на совместные проекты партнёров — 2027 (в подготовке)',
        kk: 'Серіктестердің бірлескен жобаларына гранттар — 2027 (дайындалуда)',
      },
      summary: {
        en: 'Not published: the form, the rubric and the jury are still being set up. Only its organisers and administrators can see it.',
        ru: 'Не опубликован: форма, критерии и жюри ещё готовятся. Его видят только организаторы и администраторы.',
        kk: 'Жарияланбаған: өтінім нысаны, бағалау өлшемдері мен қазылар алқасы әлі дайындалуда. Оны тек ұйымдастырушылар мен әкімшілер көреді.',
      },
      countries: ['RU', 'KZ'],
      tracks: [
        {
          id: 'joint-social',
          title: {
            en: 'Joint social projects',
            ru: 'Совместные социальные проекты',
            kk: 'Бірлескен әлеуметтік жобалар',
          },
        },
        {
          id: 'joint-heritage',
          title: {
            en: 'Joint heritage projects',
            ru: 'Совместные проекты в сфере наследия',
            kk: 'Мұра саласындағы бірлескен жобалар',
          },
        },
      ],
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
    reviewDemo.competition,
  ],

  organisations: [
    // Russia
    {
      id: 'org-care-online',
      name: { ru: 'АНО «Тёплый эфир»', en: 'Warm Air' },
      legalForm: 'АНО',
      country: 'RU',
      region: 'Москва',
      city: 'Москва',
      website: 'https://care-online.example',
      description: {
        ru: 'С 2021 года проводим онлайн-встречи для жителей домов престарелых и интернатов: концерты, лекции, беседы с волонтёрами и виртуальные прогулки по музеям. В прошлом сезоне — 37 встреч и около 21 000 участников из 65 регионов. Обучаем сотрудников учреждений подключать жителей к трансляциям.',
        en: 'Since 2021 we have run online meetings for residents of care homes: concerts, talks, conversations with volunteers and virtual museum walks. Last season: 37 meetings and about 21,000 participants from 65 regions. We train care-home staff to connect residents to the broadcasts.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-tyumen-alliance',
      name: { ru: 'Ассоциация «Союз НКО Тюменской области»', en: 'Tyumen Region NGO Alliance' },
      legalForm: 'Ассоциация',
      country: 'RU',
      region: 'Тюменская область',
      city: 'Тюмень',
      website: 'https://tyumen-ngo.example',
      description: {
        ru: 'Объединяем 128 некоммерческих организаций региона; за два года число членов союза выросло почти вдвое. Развиваем социальную технологию «Соседский центр», в которой жители малых городов сами организуют помощь одиноким пожилым соседям и семьям с детьми-инвалидами. В нашем коворкинге для НКО проходит более тысячи мероприятий в год.',
        en: 'An alliance of 128 non-profits of the region, nearly twice as many as two years ago. We spread the "neighbourhood centre" social technology, in which residents of small towns organise help for older neighbours living alone and for families of disabled children. Our NGO coworking space hosts over a thousand events a year.',
      },
      themes: ['social-work', 'volunteering'],
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
        ru: 'Объединение журналистов и краеведов Курганской области. Собираем историю районных газет и воспоминания ветеранов профессии, оцифровываем подшивки и проводим встречи в сельских библиотеках.',
        en: 'An association of journalists and local historians of the Kurgan region. We collect the history of district newspapers and the memories of veteran journalists, digitise old issues and hold meetings in village libraries.',
      },
      themes: ['heritage'],
      workingLanguages: ['ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-omsk-volunteers',
      name: {
        ru: 'АНО «Ресурсный центр добровольчества Омской области»',
        en: 'Omsk Region Volunteering Resource Centre',
      },
      legalForm: 'АНО',
      country: 'RU',
      region: 'Омская область',
      city: 'Омск',
      website: 'https://volunteer-omsk.example',
      description: {
        ru: 'Открываем добровольческие центры при университетах, библиотеках, домах культуры и молодёжных центрах; сейчас они работают в 19 из 32 районов области. Обучаем координаторов и ведём единый календарь добрых дел региона.',
        en: 'We open volunteer centres in universities, libraries, culture houses and youth centres; they now work in 19 of the 32 districts of the region. We train coordinators and keep a single calendar of volunteering events.',
      },
      themes: ['volunteering'],
      workingLanguages: ['ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-culture-map',
      name: { ru: 'АНО «Карта культурных брендов»', en: 'Cultural Brands Map' },
      legalForm: 'АНО',
      country: 'RU',
      region: 'Новосибирская область',
      city: 'Новосибирск',
      website: 'https://culture-map.example',
      description: {
        ru: 'Создаём открытую национальную карту местных культурных брендов: ремёсел, праздников, кухни и легенд малых городов. На карте уже 640 брендов из 48 регионов; каждую запись готовят местные жители вместе с нашими редакторами.',
        en: 'We build an open national map of local cultural brands: the crafts, festivals, food and legends of small towns. The map holds 640 brands from 48 regions; each entry is written by local people together with our editors.',
      },
      themes: ['heritage'],
      workingLanguages: ['ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-orenburg-border',
      name: {
        ru: 'РОО «Оренбургский клуб приграничного сотрудничества»',
        en: 'Orenburg Cross-Border Cooperation Club',
      },
      legalForm: 'РОО',
      country: 'RU',
      region: 'Оренбургская область',
      city: 'Оренбург',
      website: 'https://border-club.example',
      description: {
        ru: 'Связываем общественные организации, музеи и школы приграничных районов России и Казахстана. Помогаем казахстанским поисковикам работать в российских архивах и проводим совместные летние лагеря для подростков.',
        en: 'We connect civic organisations, museums and schools of the Russian and Kazakh border districts. We help Kazakh search teams work in Russian archives and run joint summer camps for teenagers.',
      },
      themes: ['volunteering', 'heritage'],
      workingLanguages: ['ru', 'kk'],
      listedInDirectory: false,
    },
    // Kazakhstan
    {
      id: 'org-kostanay-museum',
      name: {
        ru: 'ОО «Наследие Тобола»',
        kk: '«Тобыл мұрасы» қоғамдық бірлестігі',
        en: 'Tobol Heritage Association',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Костанайская область',
      city: 'Костанай',
      website: 'https://tobol-heritage.example',
      description: {
        ru: 'Создаём музей под открытым небом в селе, где родился учёный-просветитель XIX века: восстанавливаем его дом, школу и мельницу. Проводим краеведческие экспедиции по сёлам области и готовим юных экскурсоводов.',
        kk: 'XIX ғасырдағы ағартушы ғалым туған ауылда ашық аспан астындағы мұражай жасап жатырмыз: оның үйін, мектебін және диірменін қалпына келтіреміз. Облыс ауылдарына өлкетану экспедицияларын өткізіп, жас экскурсоводтар дайындаймыз.',
        en: 'We are building an open-air museum in the village where a 19th-century scholar and educator was born, restoring his house, school and mill. We run local-history expeditions to the villages of the region and train young guides.',
      },
      themes: ['heritage'],
      workingLanguages: ['kk', 'ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-search-memory',
      name: {
        ru: 'ОО «Поисковое объединение „Память степи“»',
        kk: '«Дала жады» іздестіру қоғамдық бірлестігі',
        en: 'Steppe Memory Search Association',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Карагандинская область',
      city: 'Караганда',
      website: 'https://steppe-memory.example',
      description: {
        ru: 'Двенадцать лет восстанавливаем судьбы уроженцев Казахстана, погибших и пропавших без вести в годы Великой Отечественной войны. Работаем в архивах Казахстана и России, вместе с российскими поисковыми отрядами выезжаем на места боёв и передаём найденные сведения семьям.',
        kk: 'Он екі жыл бойы Ұлы Отан соғысы жылдары қаза тапқан және хабарсыз кеткен қазақстандықтардың тағдырын анықтап келеміз. Қазақстан мен Ресей мұрағаттарында жұмыс істейміз, ресейлік іздестіру жасақтарымен бірге шайқас болған жерлерге барамыз және табылған мәліметтерді отбасыларға табыстаймыз.',
        en: 'For twelve years we have traced the fate of people from Kazakhstan killed or missing in the Second World War. We work in Kazakh and Russian archives, join Russian search teams on former battlefields and hand what we find to the families.',
      },
      themes: ['heritage', 'volunteering'],
      workingLanguages: ['kk', 'ru'],
      listedInDirectory: true,
    },
    {
      id: 'org-akmola-wellbeing',
      name: {
        ru: 'ОФ «Центр благополучия сотрудников НКО „Демеу“»',
        kk: '«Демеу» ҮЕҰ қызметкерлерінің әл-ауқат орталығы қоғамдық қоры',
        en: 'Demeu Centre for the Well-being of NGO Staff',
      },
      legalForm: 'ОФ',
      country: 'KZ',
      region: 'Акмолинская область',
      city: 'Кокшетау',
      website: 'https://demeu-centre.example',
      description: {
        ru: 'Помогаем сотрудникам и волонтёрам социальных НКО не выгорать: проводим супервизии, группы взаимной поддержки и обучение. За три года через наши программы прошли 420 специалистов из 70 организаций Акмолинской области и Астаны.',
        kk: 'Әлеуметтік ҮЕҰ қызметкерлері мен еріктілеріне кәсіби күйзеліске ұшырамауға көмектесеміз: супервизиялар, өзара қолдау топтарын және оқыту өткіземіз. Үш жылда бағдарламаларымыздан Ақмола облысы мен Астанадағы 70 ұйымның 420 маманы өтті.',
        en: 'We help staff and volunteers of social NGOs avoid burnout through supervision, peer-support groups and training. In three years 420 people from 70 organisations of the Akmola region and Astana have taken part in our programmes.',
      },
      themes: ['social-work'],
      workingLanguages: ['ru', 'kk', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-public-oversight',
      name: {
        ru: 'ОЮЛ «Национальная сеть общественного контроля»',
        kk: '«Қоғамдық бақылаудың ұлттық желісі» заңды тұлғалар бірлестігі',
        en: 'National Public Oversight Network',
      },
      legalForm: 'ОЮЛ',
      country: 'KZ',
      region: 'Астана',
      city: 'Астана',
      website: 'https://public-oversight.example',
      description: {
        ru: 'Объединяем 46 общественных организаций из всех областей Казахстана. Обучаем общественных наблюдателей и вместе с жителями проверяем доступность социальных услуг, особенно в приграничных районах.',
        kk: 'Қазақстанның барлық облыстарынан 46 қоғамдық ұйымды біріктіреміз. Қоғамдық бақылаушыларды оқытамыз және тұрғындармен бірге әлеуметтік қызметтердің қолжетімділігін, әсіресе шекаралас аудандарда, тексереміз.',
        en: 'A network of 46 public organisations from every region of Kazakhstan. We train public monitors and, together with residents, check how accessible social services are, especially in the border districts.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['kk', 'ru', 'en'],
      listedInDirectory: true,
    },
    {
      id: 'org-pavlodar-care',
      name: {
        ru: 'ОО «Волонтёры милосердия Павлодара»',
        kk: '«Павлодар мейірім еріктілері» қоғамдық бірлестігі',
        en: 'Pavlodar Mercy Volunteers',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Павлодарская область',
      city: 'Павлодар',
      website: 'https://mercy-pavlodar.example',
      description: {
        ru: 'Около 90 волонтёров регулярно навещают жителей пяти домов престарелых и интерната для людей с инвалидностью в Павлодаре и Экибастузе. Устраиваем праздники, читаем вслух, учим пожилых людей пользоваться планшетами и звонить родным.',
        kk: 'Павлодар мен Екібастұздағы бес қарттар үйі мен мүгедектігі бар адамдарға арналған интернат тұрғындарына 90-ға жуық ерікті тұрақты барады. Мерекелер ұйымдастырамыз, кітап оқып береміз, қарттарды планшет қолдануға және туыстарына қоңырау шалуға үйретеміз.',
        en: 'About 90 volunteers regularly visit residents of five care homes and a residential home for disabled people in Pavlodar and Ekibastuz. We hold celebrations, read aloud and teach older people to use tablets and call their families.',
      },
      themes: ['social-work', 'volunteering'],
      workingLanguages: ['ru', 'kk'],
      listedInDirectory: true,
    },
    {
      id: 'org-almaty-youth',
      name: {
        ru: 'ОО «Молодёжный волонтёрский центр „Бірге“»',
        kk: '«Бірге» жастар еріктілер орталығы қоғамдық бірлестігі',
        en: 'Birge Youth Volunteer Centre',
      },
      legalForm: 'ОО',
      country: 'KZ',
      region: 'Алматы',
      city: 'Алматы',
      website: 'https://birge-volunteers.example',
      description: {
        ru: 'Студенческие волонтёрские команды при шести университетах Алматы: экологические акции, помощь пожилым людям и экспедиции по сёлам Алматинской области. В прошлом году 1 300 волонтёров провели 210 акций.',
        kk: 'Алматыдағы алты университет жанындағы студенттік еріктілер командалары: экологиялық акциялар, қарттарға көмек және Алматы облысының ауылдарына экспедициялар. Өткен жылы 1 300 ерікті 210 акция өткізді.',
        en: 'Student volunteer teams at six universities in Almaty: environmental campaigns, help for older people and expeditions to the villages of the Almaty region. Last year 1,300 volunteers ran 210 campaigns.',
      },
      themes: ['volunteering', 'heritage'],
      workingLanguages: ['kk', 'ru', 'en'],
      listedInDirectory: false,
    },
  ],

  users: withReviewRoles([
    {
      id: 'user-admin',
      email: 'admin@demo.laureate.test',
      displayName: 'Kira Lindgren',
      locale: 'en',
      roles: [{ role: 'admin' }],
    },
    {
      id: 'user-organiser-ru',
      email: 'organiser@demo.laureate.test',
      displayName: 'Ирина Белозёрова',
      locale: 'ru',
      roles: [
        { role: 'organiser', competitionId: MAIN },
        // The competition still being set up is visible to its organisers only.
        { role: 'organiser', competitionId: 'demo-draft-setup' },
      ],
    },
    {
      id: 'user-organiser-kz',
      email: 'organiser.kz@demo.laureate.test',
      displayName: 'Ержан Сәрсенбаев',
      locale: 'kk',
      roles: [
        { role: 'organiser', competitionId: MAIN },
        { role: 'organiser', competitionId: 'demo-heritage-2027' },
      ],
    },
    juror(1, 'Андрей Вершинин', 'ru', {
      affiliation: 'Министерство иностранных дел, департамент по взаимодействию с НКО',
      affiliationKind: 'state_body',
      country: 'RU',
      expertise: ['social-work', 'heritage', 'digital-inclusion'],
      languages: ['ru', 'en'],
      maxLoad: 6,
      minLoad: 2,
      available: true,
    }),
    juror(2, 'Елена Гордеева', 'ru', {
      affiliation: 'Агентство по международному гуманитарному сотрудничеству',
      affiliationKind: 'state_body',
      country: 'RU',
      expertise: ['heritage', 'museums'],
      languages: ['ru', 'en'],
      maxLoad: 4,
      available: true,
    }),
    juror(3, 'Павел Ярцев', 'ru', {
      affiliation: 'Общественная палата, комиссия по развитию некоммерческого сектора',
      affiliationKind: 'public_organisation',
      country: 'RU',
      expertise: ['social-work', 'volunteering', 'public-oversight'],
      languages: ['ru'],
      maxLoad: 6,
      minLoad: 2,
      available: true,
    }),
    juror(4, 'Айгерім Нұрланқызы', 'kk', {
      affiliation: 'Агентство по делам молодёжи Республики Казахстан',
      affiliationKind: 'state_body',
      country: 'KZ',
      expertise: ['volunteering', 'youth'],
      languages: ['kk', 'ru'],
      maxLoad: 5,
      minLoad: 1,
      available: true,
    }),
    juror(5, 'Бауыржан Қалиев', 'ru', {
      affiliation: 'Гражданский альянс общественных объединений Казахстана',
      affiliationKind: 'public_organisation',
      country: 'KZ',
      expertise: ['social-work', 'volunteering', 'public-oversight'],
      languages: ['ru', 'kk', 'en'],
      // Sits on the board of the oversight network: in conflict with its applications.
      affiliationOrganisationId: 'org-public-oversight',
      maxLoad: 6,
      available: true,
    }),
    juror(6, 'Динара Әбдірахманова', 'kk', {
      affiliation: 'Университетский центр исследований гражданского общества (Астана)',
      affiliationKind: 'public_organisation',
      country: 'KZ',
      expertise: ['heritage', 'volunteering', 'research'],
      languages: ['kk', 'ru', 'en'],
      maxLoad: 5,
      available: true,
    }),
    owner(1, 'Вера Сорокина', 'ru', 'org-care-online'),
    owner(2, 'Сергей Кондратьев', 'ru', 'org-tyumen-alliance'),
    owner(3, 'Ольга Зыкова', 'ru', 'org-kurgan-press'),
    owner(4, 'Дмитрий Шестаков', 'ru', 'org-omsk-volunteers'),
    owner(5, 'Анна Решетникова', 'ru', 'org-culture-map'),
    owner(6, 'Виктор Ладыгин', 'ru', 'org-orenburg-border'),
    owner(7, 'Әсел Жұмабаева', 'kk', 'org-kostanay-museum'),
    owner(8, 'Тимур Ермеков', 'ru', 'org-search-memory'),
    owner(9, 'Жанар Омарова', 'ru', 'org-akmola-wellbeing'),
    owner(10, 'Нұрлан Әбдіқадыров', 'kk', 'org-public-oversight'),
    owner(11, 'Светлана Пак', 'ru', 'org-pavlodar-care'),
    owner(12, 'Арман Сейтқали', 'kk', 'org-almaty-youth'),
    {
      id: 'user-ngo1-member',
      email: 'ngo1.member@demo.laureate.test',
      displayName: 'Кирилл Смолин',
      locale: 'ru',
      roles: [
        { role: 'member', organisationId: 'org-care-online', owner: false },
        // One person in two organisations: he also edits the cultural brands map.
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
  ]),

  applications: [
    {
      // ngo1's draft: the demo applicant has work to continue.
      id: 'app-care-online-kz',
      competitionId: MAIN,
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
          'Жители домов престарелых месяцами не выходят за пределы учреждения и чаще всего жалуются на одиночество и однообразие дней. В малых городах почти нет лекторов и артистов, готовых приезжать регулярно, а у сотрудников нет времени на досуговые программы. В прошлом сезоне мы провели 37 онлайн-встреч, к которым подключились около 21 000 человек из 65 регионов, и получили запросы от учреждений Казахстана.',
        targetGroup:
          'Около 3 000 жителей 40 домов престарелых и интернатов в России и 12 учреждений Павлодарской области; многие из них передвигаются с трудом. Отдельная группа — 120 сотрудников и волонтёров, которые помогают жителям подключаться к трансляциям.',
        activities:
          'Январь–февраль: обучение сотрудников казахстанских учреждений, проверка связи и оборудования. Март–ноябрь: еженедельные встречи на русском языке и ежемесячные — на казахском: концерты, лекции краеведов, виртуальные прогулки по музеям двух стран. Раз в месяц — совместная встреча, на которой жители российских и казахстанских учреждений знакомятся друг с другом.',
        partnersAcrossBorder:
          'ОО «Волонтёры милосердия Павлодара» подключает 12 учреждений области, готовит ведущих на казахском языке и собирает отзывы жителей. Мы передаём партнёру сценарии встреч, записи и методичку по проведению трансляций.',
        expectedResults:
          'Не менее 45 встреч, из них 9 — на казахском языке. Дописать: число участников и опрос удовлетворённости.',
        budgetTotal: 1_200_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-tyumen-neighbours',
      competitionId: MAIN,
      trackId: 'social-work',
      organisationId: 'org-tyumen-alliance',
      partnerOrganisationIds: ['org-public-oversight'],
      status: 'submitted',
      createdOffsetDays: -18,
      submittedOffsetDays: -3,
      title: {
        ru: 'Соседские центры: социальная технология для малых городов России и Казахстана',
        en: 'Neighbourhood centres: a social technology for small towns of Russia and Kazakhstan',
      },
      answers: {
        problem:
          'В малых городах одинокие пожилые люди и семьи с детьми-инвалидами часто остаются без повседневной помощи: социальные службы далеко, а соседи не знают, чем помочь. За три года мы открыли в Тюменской области 14 соседских центров, где жители сами договариваются о помощи, и технология доказала свою работоспособность. Коллеги из Северо-Казахстанской области попросили помочь перенести её к ним.',
        targetGroup:
          'Жители шести малых городов юга Тюменской области и трёх районов Северо-Казахстанской области — около 2 400 человек, нуждающихся в помощи. Кроме того, 30 координаторов из числа активных жителей, которые будут вести центры.',
        activities:
          'Февраль–март: отбор и обучение 30 координаторов в онлайн-школе из 8 модулей. Апрель–июнь: открытие 9 соседских центров в библиотеках и домах культуры. Июль и сентябрь: два обменных визита команд двух стран. Октябрь–ноябрь: методичка на русском и казахском языках и итоговая конференция.',
        partnersAcrossBorder:
          'ОЮЛ «Национальная сеть общественного контроля» подбирает площадки и координаторов в Казахстане, согласует работу с акиматами и следит за качеством помощи. Решения о развитии центров принимает совместный координационный совет, по четыре человека от каждой стороны.',
        expectedResults:
          'Девять действующих соседских центров, не менее 2 400 жителей, получивших помощь, и 30 обученных координаторов. Методичка тиражом 300 экземпляров и в открытом доступе. Через год после окончания проекта не менее семи центров работают без грантовой поддержки.',
        budgetTotal: 2_850_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-kurgan-journalism',
      competitionId: MAIN,
      trackId: 'heritage',
      organisationId: 'org-kurgan-press',
      partnerOrganisationIds: ['org-kostanay-museum'],
      status: 'submitted',
      createdOffsetDays: -15,
      submittedOffsetDays: -6,
      title: {
        ru: 'Сто лет районной печати Зауралья: история в голосах журналистов',
        en: 'A hundred years of the Trans-Ural district press, in journalists’ own voices',
      },
      answers: {
        problem:
          'Свидетели истории районных газет Курганской области уходят, а подшивки хранятся в редакциях без описи и постепенно разрушаются. Газеты приграничных районов много писали о жизни соседних казахстанских сёл, но эти материалы никто не собирал. Без них история приграничья остаётся неполной.',
        targetGroup:
          'Школьники и студенты-журналисты (около 400 человек), краеведы и библиотекари 24 районов области, читатели районных газет старшего возраста. Материалы будут доступны и жителям Костанайской области.',
        activities:
          'Март–май: студенты-журналисты записывают 60 интервью с ветеранами профессии. Июнь–сентябрь: оцифровка 4 000 страниц подшивок 12 районных газет. Октябрь–ноябрь: 12 встреч «Газета моего района» в сельских библиотеках и выставка в областной библиотеке.',
        partnersAcrossBorder:
          'ОО «Наследие Тобола» отбирает в архивах Костанайской области публикации о совместных событиях приграничья и записывает 15 интервью с казахстанскими журналистами. Общую часть архива публикуем на русском и казахском языках.',
        expectedResults:
          'Открытый онлайн-архив из 4 000 страниц и 75 интервью, выставка в областной библиотеке, сборник воспоминаний тиражом 500 экземпляров. Не менее 1 500 посетителей встреч и выставки.',
        budgetTotal: 780_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-omsk-centres',
      competitionId: MAIN,
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
          'Из 32 районов Омской области добровольческие центры работают только в 19; в остальных жителям негде найти дело, а организаторам — помощников. Опыт центров при библиотеках и домах культуры показал, что даже небольшая площадка за год вовлекает 80–100 волонтёров.',
        targetGroup:
          'Молодёжь 14–30 лет и люди старшего возраста в 13 районах без центров — около 1 300 будущих волонтёров.',
        activities:
          'Открыть 13 центров при библиотеках и домах культуры. План по месяцам — уточнить после встречи с министерством.',
        partnersAcrossBorder: '',
        expectedResults: '',
        budgetTotal: 1_500_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-culture-map',
      competitionId: MAIN,
      trackId: 'heritage',
      organisationId: 'org-culture-map',
      partnerOrganisationIds: ['org-almaty-youth'],
      status: 'submitted',
      createdOffsetDays: -19,
      submittedOffsetDays: -1,
      title: {
        en: 'A shared map of local cultural brands of Siberia and Kazakhstan',
        ru: 'Общая карта местных культурных брендов Сибири и Казахстана',
      },
      answers: {
        problem:
          'The crafts, festivals, dishes and legends that make small towns distinctive are invisible beyond their districts, and often only a few ageing enthusiasts know them. Towns on both sides of the border share much of this heritage, yet there is no common place to describe it. Our map holds 640 brands from 48 Russian regions but none from Kazakhstan.',
        targetGroup:
          'Local museums, culture houses, craftspeople and guides in 40 small towns of the Novosibirsk, Omsk and Almaty regions; schoolteachers who use the map in local-history lessons; travellers planning routes across the border.',
        activities:
          'March–April: online training for 40 local authors. May–August: field trips to 40 towns, 20 in each country, with student volunteers. September–October: editing and publishing entries in Russian, Kazakh and English. November: a joint festival of local brands in Novosibirsk, broadcast online.',
        partnersAcrossBorder:
          'The Birge Youth Volunteer Centre recruits and trains 25 student volunteers who document brands in the Almaty region and translate entries into Kazakh. Both teams share one editorial board and one set of quality rules.',
        expectedResults:
          'At least 250 new brands on the open map, 120 of them from Kazakhstan; 40 trained local authors; 15 new tourist routes. We expect 60,000 visitors to the map during the project year.',
        budgetTotal: 1_950_000,
        budgetCurrency: 'RUB',
      },
      answersLocale: 'en',
    },
    {
      id: 'app-kostanay-museum',
      competitionId: MAIN,
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
          'Дом в селе Костанайской области, где родился учёный-просветитель, ветшает: крыша протекает, а школа, построенная при его участии, стоит без окон. В селе нет ни музея, ни других мест притяжения, и молодёжь уезжает в город. Жители сами собрали более 300 предметов быта XIX века, но хранить и показывать их негде.',
        targetGroup:
          'Около 1 800 жителей села и соседних аулов, школьники области (экскурсии для 120 классов в год), туристы из Казахстана и приграничных регионов России.',
        activities:
          'Апрель–июнь: противоаварийные работы и восстановление дома по архивным чертежам. Июль–август: экспозиция под открытым небом — дом, школа, ветряная мельница и юрта. Сентябрь–октябрь: обучение 10 экскурсоводов из местной молодёжи, экскурсии на казахском и русском языках. Ноябрь: открытие музея и передача его сельскому округу при участии общественного совета.',
        partnersAcrossBorder:
          'Реставраторы музеев Оренбурга консультируют нас по деревянному зодчеству; готовим обмен выставками о просветителях приграничья. Формальное партнёрство планируем оформить после начала работ.',
        expectedResults:
          'Открытый музей из четырёх объектов с 300 экспонатами, не менее 5 000 посетителей в первый год. 10 подготовленных экскурсоводов и 4 постоянных рабочих места в селе.',
        budgetTotal: 6_500_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-search-memory',
      competitionId: MAIN,
      trackId: 'volunteering',
      organisationId: 'org-search-memory',
      partnerOrganisationIds: ['org-orenburg-border'],
      status: 'submitted',
      createdOffsetDays: -14,
      submittedOffsetDays: -2,
      title: {
        ru: 'Вернуть имена: совместная архивная и поисковая экспедиция',
        en: 'Returning names: a joint archive and search expedition',
      },
      answers: {
        problem:
          'Судьбы более 2 000 уроженцев Карагандинской области, ушедших на фронт, до сих пор не установлены: семьи знают только, что солдат пропал без вести. Большая часть документов хранится в российских архивах, а места боёв находятся на территории России. Без совместной работы поисковиков двух стран эти сведения не найти.',
        targetGroup:
          'Семьи погибших и пропавших без вести (около 600 обращений в нашей базе), 40 студентов-волонтёров из Караганды и Темиртау, школьные музеи области.',
        activities:
          'Январь–апрель: работа в архивах Казахстана и России по 600 обращениям семей. Май: обучение 40 волонтёров основам поисковой работы и технике безопасности. Июль–август: совместная экспедиция с российскими поисковиками на места боёв. Сентябрь–ноябрь: передача сведений семьям и выставка «Вернуть имена» в Караганде и Астане.',
        partnersAcrossBorder:
          'РОО «Оренбургский клуб приграничного сотрудничества» организует работу наших волонтёров в российских архивах, размещение экспедиции и связь с поисковыми отрядами. Обе стороны ведут общую базу найденных сведений.',
        expectedResults:
          'Установлены судьбы не менее 300 человек, сведения переданы семьям. 40 обученных поисковиков, из них 15 готовы руководить группами. Выставку увидят не менее 3 000 человек; школьные музеи получат методичку.',
        budgetTotal: 4_200_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-akmola-wellbeing',
      competitionId: MAIN,
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
          'Staff of social NGOs in the Akmola region face grief, poverty and disability every day, often for low pay and without supervision. In our survey of 210 staff, 62% reported signs of burnout, and organisations lose experienced people within two to three years. Their clients then lose the relationships that made the help work.',
        targetGroup:
          '300 staff members and long-term volunteers of 60 social NGOs in the Akmola region and Astana, including small rural organisations with no one responsible for staff support.',
        activities:
          'From February: monthly group supervision in Kokshetau and online for rural NGOs. March–May: a six-module course on preventing burnout and training of 20 peer supporters. From June: a peer-support line three evenings a week. October: a three-day retreat for 40 NGO leaders.',
        partnersAcrossBorder:
          'We have no formal partner in Russia yet. We plan to exchange methods with the Tyumen Region NGO Alliance, which runs a similar programme for its members, and to invite two of its trainers to the retreat.',
        expectedResults:
          'Burnout indicators among participants down by a quarter, measured by the same survey at the start and the end. 20 trained peer supporters and staff turnover in participating NGOs below 15% a year. An open guide to supporting NGO staff in Kazakh and Russian.',
        budgetTotal: 3_100_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'en',
    },
    {
      id: 'app-border-oversight',
      competitionId: MAIN,
      trackId: 'social-work',
      organisationId: 'org-public-oversight',
      partnerOrganisationIds: [],
      status: 'draft',
      createdOffsetDays: -3,
      title: {
        ru: 'Общественный контроль социальных услуг в приграничных районах',
        en: 'Public oversight of social services in the border districts',
      },
      answers: {
        problem:
          'Жители приграничных районов редко участвуют в оценке социальных услуг: общественные советы собираются формально, а жалобы остаются без ответа. Наш мониторинг 2025 года в трёх районах показал, что 40% сельских жителей не знают, куда обратиться.',
        targetGroup: 'Жители восьми приграничных районов',
        activities: '',
        partnersAcrossBorder: '',
        expectedResults: '',
        budgetTotal: 5_800_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    {
      id: 'app-pavlodar-digital',
      competitionId: MAIN,
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
          'Жители домов престарелых Павлодарской области хотят участвовать в онлайн-встречах и звонить родным, но не умеют пользоваться планшетами, а у персонала нет на это времени. В пяти учреждениях, где мы работаем, на 400 жителей приходится 6 планшетов.',
        targetGroup:
          'Около 700 жителей 12 учреждений Павлодарской области и 50 волонтёров-наставников — студентов и работающей молодёжи.',
        activities:
          'Подготовим 50 волонтёров-наставников, которые раз в неделю помогают жителям подключаться к встречам «Тёплого эфира» и к видеозвонкам с родными. Закупим 24 планшета. План по месяцам — в работе.',
        partnersAcrossBorder:
          'АНО «Тёплый эфир» (Москва) подключает наши учреждения к программе онлайн-встреч и проводит для волонтёров два вебинара.',
        expectedResults: '',
        budgetTotal: 2_400_000,
        budgetCurrency: 'KZT',
      },
      answersLocale: 'ru',
    },
    ...reviewDemo.applications,
  ],
  conflicts: [
    {
      competitionId: MAIN,
      applicationId: 'app-tyumen-neighbours',
      jurorId: 'user-juror3',
      source: 'juror',
      declaredBy: 'user-juror3',
      reason:
        'В 2025 году консультировал эту организацию по программе «Соседи», на общественных началах.',
      declaredOffsetDays: -2,
    },
  ],
  assignments: reviewDemo.assignments,
  reviews: reviewDemo.reviews,
};
