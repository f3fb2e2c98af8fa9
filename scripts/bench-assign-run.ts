/**
 * A long assignment run through the platform, as organisers start it: 3,000 eligible
 * applications × 3 reviews over 200 jurors (load cap 60), the cross-border rule on, in a local
 * server (HTTP, DynamoDB Local in memory). The organiser starts the run in the background
 * (`POST …/assignment/runs`) and polls it as the page does; the script prints each stage with
 * when it was first seen and the progress it reported, then checks what was stored.
 * `npm run bench:assign-run`; not in npm test. BENCH_APPLICATIONS / BENCH_JURORS change the size.
 */
import type { AssignmentRunStatus } from '@laureate/schemas';
import { seededRandom } from '../functions/src/domain/assignment/test-support.ts';
import { inBatches, launchBenchPlatform } from './bench-support.ts';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 3000);
const JURORS = Number(process.env.BENCH_JURORS ?? 200);
const ORGANISATIONS = Math.ceil(APPLICATIONS / 10);
const REVIEWS = 3;
const TRACKS = ['social-work', 'volunteering', 'heritage'];
const DAY = 86_400_000;

const { server, stores, signedInUser } = await launchBenchPlatform();
try {
  const { competitions, organisations, applications, roles, assignments } = stores;
  // Drawn up front, in order: the writes below run in parallel and finish in any order.
  const random = seededRandom(2027);
  const jurorSpeaksKazakh = Array.from({ length: JURORS }, () => random() < 0.3);
  const organisationInKazakh = Array.from({ length: ORGANISATIONS }, () => random() < 0.3);
  const trackOf = Array.from(
    { length: APPLICATIONS },
    () => TRACKS[Math.floor(random() * TRACKS.length)]!,
  );
  const now = Date.now();
  const at = (offset: number) => new Date(now + offset).toISOString();
  const created = at(0);
  const setupStart = performance.now();

  // In review: the call closed, screening is over.
  const competitionId = 'bench-assign-run';
  await competitions.create({
    id: competitionId,
    title: { en: 'Assignment at scale' },
    summary: { en: 'Benchmark' },
    countries: ['RU', 'KZ'],
    tracks: TRACKS.map((id) => ({ id, title: { en: id } })),
    timeZone: 'Asia/Almaty',
    calendar: {
      callOpensAt: at(-60 * DAY),
      submissionDeadline: at(-30 * DAY),
      screeningEndsAt: at(-DAY),
      reviewEndsAt: at(30 * DAY),
      resultsAt: at(45 * DAY),
    },
    reviewsPerApplication: REVIEWS,
    assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: false },
    publishedAt: created,
    createdAt: created,
    updatedAt: created,
    version: 1,
  });

  const organiserId = 'bench-organiser';
  const cookie = await signedInUser(organiserId);
  await roles.grant({ competitionId, userId: organiserId, role: 'organiser', createdAt: created });

  const countryOf = (index: number) => (index % 2 ? 'RU' : 'KZ');
  await inBatches(
    Array.from({ length: JURORS }, (_, index) => index),
    25,
    async (index) => {
      const userId = `bench-juror-${String(index).padStart(4, '0')}`;
      await signedInUser(userId);
      await roles.grant({
        competitionId,
        userId,
        role: 'juror',
        jurorProfile: {
          affiliation: 'Institute',
          affiliationKind: 'academic',
          country: countryOf(index),
          expertise: [TRACKS[index % TRACKS.length]!],
          languages: jurorSpeaksKazakh[index] ? ['ru', 'kk'] : ['ru'],
        },
        maxLoad: 60,
        createdAt: created,
      });
    },
  );
  await inBatches(
    Array.from({ length: ORGANISATIONS }, (_, index) => index),
    25,
    (index) =>
      organisations.create(
        {
          id: `bench-org-${String(index).padStart(5, '0')}`,
          name: { ru: `НКО ${index}` },
          legalForm: 'АНО',
          country: countryOf(index),
          region: 'Регион',
          city: 'Город',
          themes: [],
          workingLanguages: organisationInKazakh[index] ? ['kk'] : ['ru'],
          listedInDirectory: false,
          createdAt: created,
          updatedAt: created,
          version: 1,
        },
        `bench-owner-${index}`,
      ),
  );
  await inBatches(
    Array.from({ length: APPLICATIONS }, (_, index) => index),
    50,
    (index) => {
      const organisation = index % ORGANISATIONS;
      return applications.create({
        id: `bench-app-${String(index).padStart(6, '0')}`,
        competitionId,
        trackId: trackOf[index]!,
        organisationId: `bench-org-${String(organisation).padStart(5, '0')}`,
        country: countryOf(organisation),
        title: `Заявка ${index}`,
        status: 'eligible',
        answers: {},
        formVersion: 1,
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
    },
  );
  console.log(
    `Set up ${APPLICATIONS} eligible applications from ${ORGANISATIONS} NGOs and ${JURORS} jurors in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
  );

  // The organiser starts the run and follows it as the page does.
  const runs = `${server.url}/api/competitions/${competitionId}/assignment/runs`;
  const runStart = performance.now();
  const startedResponse = await fetch(runs, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ dryRun: false }),
  });
  const answeredMs = performance.now() - runStart;
  if (startedResponse.status !== 202)
    throw new Error(`Start refused: ${startedResponse.status} ${await startedResponse.text()}`);
  let status = (await startedResponse.json()) as AssignmentRunStatus;
  console.log(`Start answered ${startedResponse.status} in ${answeredMs.toFixed(0)} ms`);
  let polls = 0;
  let lastLine = '';
  const slowest: number[] = [];
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const pollStart = performance.now();
    status = (await (
      await fetch(`${runs}/${status.runId}`, { headers: { cookie } })
    ).json()) as AssignmentRunStatus;
    slowest.push(performance.now() - pollStart);
    polls++;
    const saving =
      status.stage === 'saving' ? ` (${status.saved ?? 0} of ${status.toSave ?? 0} saved)` : '';
    const line = `  ${((performance.now() - runStart) / 1000).toFixed(1).padStart(6)} s  ${status.stage.padEnd(9)} ${Math.round(status.fraction * 100)}%${saving}`;
    if (line.slice(10) !== lastLine.slice(10)) console.log(line);
    lastLine = line;
  }
  const totalSeconds = (performance.now() - runStart) / 1000;
  const result = status.result;
  if (status.state !== 'done' || result?.status !== 'optimal')
    throw new Error(`Run ended ${status.state}: ${JSON.stringify(status.problem ?? result)}`);

  const stored = (await assignments.listOfCompetition(competitionId)).length;
  slowest.sort((a, b) => a - b);
  console.log(`Run finished in ${totalSeconds.toFixed(1)} s, followed with ${polls} polls`);
  console.log(
    `Polls answered in p50 ${slowest[Math.floor(slowest.length / 2)]!.toFixed(0)} ms, max ${slowest.at(-1)!.toFixed(0)} ms`,
  );
  console.log(
    `Result: objective ${result.objective}, certified ${result.certified}, added ${result.added.length}, loads ${result.loadSpread.min}/${result.loadSpread.median}/${result.loadSpread.max}`,
  );
  console.log(`Stored assignments: ${stored} (expected ${APPLICATIONS * REVIEWS})`);
  const pass = stored === APPLICATIONS * REVIEWS && result.certified && polls > 1;
  console.log(pass ? 'PASS' : 'FAIL');
  process.exitCode = pass ? 0 : 1;
} finally {
  await server.stop();
}
