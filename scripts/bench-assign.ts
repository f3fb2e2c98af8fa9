/**
 * Assignment at scale: 10,000 applications × 3 reviews over 600 jurors (load cap 60), 2% of
 * pairs in conflict, the cross-border rule on. Seeded, so every run solves the same instance.
 * Prints the solve time, peak memory, objective, load spread, the worst application's affinity,
 * and the result of the independent optimality check. `npm run bench:assign`; not in npm test.
 *
 * The generated instance (see docs/assignment.md, "Benchmark instance"): every application has
 * a track, two themes, a region and working languages; every juror has one or two tracks,
 * three themes, languages and a country. Every pair that is not a conflict is listed (about
 * 5.9 million), with affinity = 40 for the track + 15 per shared theme + 10 for a shared
 * language + a bid (want +20, not −20, on 10% of pairs) + 0..4 noise.
 *
 * Environment: BENCH_APPLICATIONS, BENCH_JURORS, BENCH_SEED to change the size or the seed.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import {
  solveAssignment,
  verifyOptimality,
  type AssignmentInstance,
} from '../functions/src/domain/assignment/index.ts';
import { seededRandom } from '../functions/src/domain/assignment/test-support.ts';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 10_000);
const JURORS = Number(process.env.BENCH_JURORS ?? 600);
const SEED = Number(process.env.BENCH_SEED ?? 2027);
const REVIEWS = 3;
const LOAD_CAP = 60;
const CONFLICT_RATE = 0.02;

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleMemory, 20);
const vmHwm = () => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : peakRss;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function generate(): AssignmentInstance {
  const random = seededRandom(SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const regions: Record<string, string[]> = {
    RU: ['Moscow', 'Tyumen', 'Kurgan', 'Omsk', 'Novosibirsk', 'Kazan', 'Samara', 'Orenburg'],
    KZ: ['Astana', 'Akmola', 'Kostanay', 'Pavlodar', 'Almaty', 'Karaganda'],
  };
  const TRACKS = 3;
  const THEMES = 12;
  const country = () => (random() < 0.5 ? 'RU' : 'KZ');
  const languagesOf = (home: string, juror: boolean) => {
    const list = random() < (juror ? 0.9 : 0.92) ? ['ru'] : [];
    if (home === 'KZ' && random() < (juror ? 0.7 : 0.35)) list.push('kk');
    if (random() < (juror ? 0.4 : 0.08)) list.push('en');
    return list.length > 0 ? list : [home === 'KZ' ? 'kk' : 'ru'];
  };
  const applications = Array.from({ length: APPLICATIONS }, (_, a) => {
    const home = country();
    const first = int(0, THEMES - 1);
    return {
      id: `app-${String(a).padStart(5, '0')}`,
      country: home,
      region: regions[home]![int(0, regions[home]!.length - 1)]!,
      languages: languagesOf(home, false),
      track: int(0, TRACKS - 1),
      themes: [first, (first + int(1, THEMES - 1)) % THEMES],
    };
  });
  const jurors = Array.from({ length: JURORS }, (_, j) => {
    const home = country();
    const tracks = new Set([int(0, TRACKS - 1), ...(random() < 0.4 ? [int(0, TRACKS - 1)] : [])]);
    const themes = new Set([int(0, THEMES - 1), int(0, THEMES - 1), int(0, THEMES - 1)]);
    return {
      id: `juror-${String(j).padStart(4, '0')}`,
      country: home,
      region: regions[home]![int(0, regions[home]!.length - 1)]!,
      languages: languagesOf(home, true),
      maxLoad: LOAD_CAP,
      tracks,
      themes,
    };
  });
  const pairs: AssignmentInstance['pairs'] = [];
  const conflicts: NonNullable<AssignmentInstance['conflicts']> = [];
  for (const application of applications)
    for (const juror of jurors) {
      if (random() < CONFLICT_RATE) {
        conflicts.push({ application: application.id, juror: juror.id });
        continue;
      }
      let affinity = juror.tracks.has(application.track) ? 40 : 0;
      for (const theme of application.themes) if (juror.themes.has(theme)) affinity += 15;
      if (juror.languages.some((l) => application.languages.includes(l))) affinity += 10;
      const bid = random();
      if (bid < 0.05) affinity += 20;
      else if (bid < 0.1) affinity -= 20;
      affinity += int(0, 4);
      pairs.push({ application: application.id, juror: juror.id, affinity });
    }
  return {
    reviewsPerApplication: REVIEWS,
    applications: applications.map(({ id, country, region, languages }) => ({
      id,
      country,
      region,
      languages,
    })),
    jurors: jurors.map(({ id, country, region, languages, maxLoad }) => ({
      id,
      country,
      region,
      languages,
      maxLoad,
    })),
    pairs,
    conflicts,
    rules: { crossBorder: true },
    loadBalancing: { weight: 1 },
  };
}

const loadBefore = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
let started = performance.now();
const instance = generate();
const generatedMs = performance.now() - started;
sampleMemory();
console.log(
  `Instance: ${APPLICATIONS} applications × ${REVIEWS} reviews, ${JURORS} jurors (load cap ${LOAD_CAP}), ` +
    `${instance.pairs.length} allowed pairs, ${instance.conflicts!.length} conflicts, cross-border on; ` +
    `generated in ${seconds(generatedMs)} (seed ${SEED})`,
);

let lastProgress = -1;
const cpuBefore = process.cpuUsage();
started = performance.now();
const result = solveAssignment(instance, {
  onProgress: (fraction) => {
    const step = Math.floor(fraction * 4);
    if (step > lastProgress) lastProgress = step;
  },
});
const solveMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
sampleMemory();
if (result.status !== 'optimal') {
  console.log(JSON.stringify(result, null, 2).slice(0, 4000));
  process.exit(1);
}
console.log(
  `Solved: ${result.status} in ${seconds(solveMs)} ` +
    `(validation, indexing, network, network simplex: ${result.stats.nodes} nodes, ` +
    `${result.stats.arcs} arcs, ${result.stats.candidateArcs} pair arcs priced in, ` +
    `${result.stats.pivots} pivots, ${result.stats.rounds} pricing rounds); ` +
    `CPU ${seconds((cpu.user + cpu.system) / 1000)}; load average before ${loadBefore}`,
);
console.log(`Peak memory: ${mb(vmHwm())} (VmHWM, whole process, instance included)`);
console.log(
  `Objective: ${result.objective} = affinity ${result.affinityTotal} − load penalty ${result.penalty}`,
);
console.log(
  `Load per juror: min ${result.loadSpread.min}, median ${result.loadSpread.median}, max ${result.loadSpread.max}`,
);
const perApplication = new Map<string, number>();
for (const item of result.assignments)
  perApplication.set(item.application, (perApplication.get(item.application) ?? 0) + item.affinity);
const sums = [...perApplication.values()].sort((a, b) => a - b);
const worst = [...perApplication.entries()].reduce((w, e) => (e[1] < w[1] ? e : w));
console.log(
  `Affinity per application (sum of its 3 reviews): worst ${worst[1]} (${worst[0]}), ` +
    `median ${sums[(sums.length - 1) >> 1]}, best ${sums[sums.length - 1]}; ` +
    `mean per review ${(result.affinityTotal / result.assignments.length).toFixed(1)}`,
);
// A bound that needs no duals: each application's k best pairs, and the least penalty any
// assignment can have (the same total load spread perfectly evenly, the penalty being convex).
const best = new Map<string, number[]>();
for (const pair of instance.pairs) {
  let list = best.get(pair.application);
  if (!list) best.set(pair.application, (list = []));
  list.push(pair.affinity);
}
let topAffinity = 0;
for (const list of best.values())
  topAffinity += list
    .sort((a, b) => b - a)
    .slice(0, REVIEWS)
    .reduce((sum, value) => sum + value, 0);
const totalLoad = APPLICATIONS * REVIEWS;
const even = Math.floor(totalLoad / JURORS);
const above = totalLoad - even * JURORS;
const leastPenalty = (above * (even + 1) * even + (JURORS - above) * even * (even - 1)) / 2;
const simpleBound = topAffinity - leastPenalty;
console.log(
  `Simple bound (each application's 3 best pairs, rules ignored, loads perfectly even): ` +
    `${simpleBound}; the optimum is within ${(((simpleBound - result.objective) / simpleBound) * 100).toFixed(2)}% of it`,
);

started = performance.now();
const check = verifyOptimality(instance, result);
const checkMs = performance.now() - started;
console.log(
  `Certificate check (independent of the solver): feasible ${check.feasible}, ` +
    `reduced-cost violations ${check.reducedCostViolations}, ` +
    `objective ${check.objective}, dual bound ${check.dualBound}, ` +
    `optimal ${check.optimal} (${seconds(checkMs)})`,
);
clearInterval(sampler);
console.log(
  check.optimal && solveMs < 10_000 && vmHwm() < 1.5 * 2 ** 30
    ? 'PASS: optimal, under 10 s and 1.5 GB'
    : 'FAIL: see above',
);
process.exit(check.optimal ? 0 : 1);
