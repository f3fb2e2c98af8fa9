/**
 * Deadline burst: 500 NGOs submit at once in the last seconds before a deadline, against the
 * real local server (HTTP, DynamoDB Local in memory). Afterwards every on-time submission must
 * be stored exactly once and every late one refused. `npm run bench:deadline`; not in npm test.
 */
import { bestPracticeAwardTemplate } from '@laureate/schemas';
import { launchBenchPlatform } from './bench-support.ts';

const NGOS = Number(process.env.BENCH_NGOS ?? 500);
const LATE = 25;
const words = (n: number) => Array.from({ length: n }, () => 'слово').join(' ');
const answers = {
  practiceTitle: 'Проект',
  practiceStatus: { selected: ['ongoing'] },
  startDate: '2024-01-15',
  participantsCount: 120,
  country: 'KZ',
  region: { country: 'KZ', region: 'Павлодарская область' },
  contactEmail: 'ngo@example.kz',
  contactPhone: '+7 701 000 00 00',
  website: 'https://example.kz',
  experienceType: { selected: ['volunteering'] },
  objectives: { selected: ['inclusion'] },
  territorialScope: { selected: ['regional'] },
  thematicAreas: { selected: ['older_people'] },
  objectivesText: words(60),
  howAchieved: words(60),
  extentAchieved: words(60),
  innovation: words(60),
  transferability: words(60),
  feasibility: words(60),
  coordination: words(60),
  coResponsibility: words(60),
  evaluation: words(60),
  summary: 'Коротко о проекте.',
  team: [{ name: 'Айгерім', role: 'Координатор' }],
  practiceCosts: { lines: [{ item: 'Транспорт', quantity: 4, unitCost: 12000 }] },
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const { server, stores, signedInUser } = await launchBenchPlatform();
try {
  const { competitions, organisations, applications } = stores;

  // The call closes two minutes from now; setup takes well under one, the burst comes in the last one.
  const setupStart = Date.now();
  const deadline = new Date(setupStart + 120_000);
  const iso = (offsetMs: number) => new Date(deadline.getTime() + offsetMs).toISOString();
  const competitionId = 'bench-deadline';
  const created = new Date().toISOString();
  await competitions.create({
    id: competitionId,
    title: { en: 'Deadline burst' },
    summary: { en: 'Benchmark' },
    countries: ['RU', 'KZ'],
    tracks: [{ id: 'social-work', title: { en: 'Social work' } }],
    timeZone: 'Asia/Almaty',
    calendar: {
      callOpensAt: iso(-86_400_000),
      submissionDeadline: iso(0),
      screeningEndsAt: iso(86_400_000),
      reviewEndsAt: iso(2 * 86_400_000),
      resultsAt: iso(3 * 86_400_000),
    },
    publishedAt: created,
    createdAt: created,
    updatedAt: created,
    version: 1,
  });
  const competition = (await competitions.get(competitionId))!;
  await competitions.saveForm({ ...competition, formVersion: 1, version: 2 }, 1, {
    ...bestPracticeAwardTemplate,
    version: 1,
  });

  // NGOs with a member, a session and a draft with every answer, written straight to the tables.
  const ngos = await Promise.all(
    Array.from({ length: NGOS + LATE }, async (_, index) => {
      const organisationId = `bench-org-${String(index).padStart(4, '0')}`;
      const userId = `bench-user-${String(index).padStart(4, '0')}`;
      const applicationId = `bench-app-${String(index).padStart(4, '0')}`;
      await organisations.create(
        {
          id: organisationId,
          name: { ru: `НКО ${index}` },
          legalForm: 'АНО',
          country: index % 2 ? 'RU' : 'KZ',
          region: 'Регион',
          city: 'Город',
          themes: [],
          workingLanguages: ['ru'],
          listedInDirectory: false,
          createdAt: created,
          updatedAt: created,
          version: 1,
        },
        userId,
      );
      const cookie = await signedInUser(userId, 'ru');
      await applications.create({
        id: applicationId,
        competitionId,
        trackId: 'social-work',
        organisationId,
        title: `Заявка ${index}`,
        status: 'draft',
        answers,
        formVersion: 1,
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
      return { organisationId, applicationId, cookie };
    }),
  );
  console.log(
    `Set up ${ngos.length} NGOs in ${((Date.now() - setupStart) / 1000).toFixed(1)} s; deadline at ${deadline.toISOString()}`,
  );

  const submit = async (ngo: (typeof ngos)[number]) => {
    const started = performance.now();
    const response = await fetch(
      `${server.url}/api/organisations/${ngo.organisationId}/applications/${ngo.applicationId}/submit`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: ngo.cookie },
        body: JSON.stringify({ version: 1 }),
      },
    );
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, body };
  };

  // The burst: all on-time NGOs at once, 55 seconds before the deadline.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now() - 55_000)),
  );
  const burstStart = performance.now();
  const onTime = await Promise.all(ngos.slice(0, NGOS).map(submit));
  const burstSeconds = (performance.now() - burstStart) / 1000;
  const finishedBeforeDeadline = Date.now() < deadline.getTime();

  // The late ones, just after the deadline.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now() + 200)),
  );
  const late = await Promise.all(ngos.slice(NGOS).map(submit));

  // Afterwards: every accepted submission stored exactly once; nothing stored for a refused one.
  const stored = await Promise.all(
    ngos.map((ngo) => applications.listSubmittedVersions(ngo.applicationId)),
  );
  const results = [...onTime, ...late];
  const accepted = results.flatMap((result, index) =>
    result.status === 200 ? [stored[index]!.length] : [],
  );
  const refused = results.flatMap((result, index) =>
    result.status !== 200 ? [stored[index]!.length] : [],
  );
  const storedOnce = accepted.filter((count) => count === 1).length;
  const duplicated = accepted.filter((count) => count > 1).length;
  const lost = accepted.filter((count) => count === 0).length;
  const storedDespiteRefusal = refused.filter((count) => count > 0).length;
  const latencies = onTime.map((result) => result.ms).sort((a, b) => a - b);

  // An on-time refusal is a bug to see at once, not only a count.
  const firstRefusal = onTime.find((result) => result.status !== 200);
  if (firstRefusal) {
    console.log(`First on-time refusal: ${firstRefusal.status} ${firstRefusal.body.slice(0, 400)}`);
  }
  console.log(
    `On time: ${onTime.filter((r) => r.status === 200).length}/${NGOS} accepted; burst finished before the deadline: ${finishedBeforeDeadline}`,
  );
  console.log(
    `Throughput: ${(NGOS / burstSeconds).toFixed(1)} submissions/s (${burstSeconds.toFixed(2)} s for the burst)`,
  );
  console.log(
    `Latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`,
  );
  console.log(
    `Accepted and stored exactly once: ${storedOnce}/${accepted.length}; duplicated: ${duplicated}; lost: ${lost}`,
  );
  console.log(
    `Late (after the deadline): ${LATE}, refused with 409: ${late.filter((r) => r.status === 409).length}; stored despite refusal: ${storedDespiteRefusal}`,
  );
  const ok =
    storedOnce === accepted.length &&
    accepted.length >= NGOS &&
    storedDespiteRefusal === 0 &&
    late.every((r) => r.status === 409);
  console.log(
    ok ? 'PASS: nothing lost, nothing duplicated, every late submission refused' : 'FAIL',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.stop();
}
