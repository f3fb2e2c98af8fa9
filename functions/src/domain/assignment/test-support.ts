/**
 * Seeded random instances and independent exact oracles for the assignment tests. The oracles
 * read the instance as documented in `docs/assignment.md`, without any of the solver's code.
 */
import type { AssignmentInstance, PairRef } from './instance.ts';

/** mulberry32: a small, well-distributed seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  applications: number;
  jurors: number;
  maxReviews: number;
}

/** A small random instance: rules, kept pairs, conflicts and load bounds drawn at random. */
export function randomInstance(
  seed: number,
  { applications, jurors, maxReviews }: RandomInstanceOptions,
): AssignmentInstance {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const countries = ['RU', 'KZ'];
  const regions = ['north', 'south'];
  const languages = ['ru', 'kk', 'en'];
  const someLanguages = () => languages.filter(() => random() < 0.5);
  const A = int(1, applications);
  const J = int(Math.min(jurors, maxReviews + 1), jurors);
  const instance: AssignmentInstance = {
    reviewsPerApplication: int(1, maxReviews),
    applications: Array.from({ length: A }, (_, a) => ({
      id: `a${a}`,
      country: pick(countries),
      ...(random() < 0.3 ? { region: pick(regions) } : {}),
      languages: someLanguages(),
      ...(random() < 0.2 ? { reviews: int(1, maxReviews) } : {}),
    })),
    jurors: Array.from({ length: J }, (_, j) => {
      const maxLoad = int(0, 5);
      return {
        id: `j${j}`,
        country: pick(countries),
        ...(random() < 0.5 ? { region: pick(regions) } : {}),
        languages: someLanguages(),
        maxLoad,
        ...(random() < 0.15 ? { minLoad: int(0, Math.min(2, maxLoad)) } : {}),
        ...(random() < 0.15 ? { available: false } : {}),
      };
    }),
    pairs: [],
    conflicts: [],
    fixed: [],
    rules: {
      crossBorder: random() < 0.35,
      localExpert: random() < 0.3,
      sharedLanguage: random() < 0.2,
    },
    loadBalancing: { weight: int(0, 3) },
  };
  for (let a = 0; a < A; a++)
    for (let j = 0; j < J; j++) {
      const ref = { application: `a${a}`, juror: `j${j}` };
      if (random() < 0.85) instance.pairs.push({ ...ref, affinity: int(-3, 10) });
      if (random() < 0.08) instance.conflicts!.push(ref);
      else if (random() < 0.04) instance.fixed!.push(ref);
    }
  // Pairs in a random order: the solver must not depend on it.
  for (let i = instance.pairs.length - 1; i > 0; i--) {
    const r = Math.floor(random() * (i + 1));
    [instance.pairs[i], instance.pairs[r]] = [instance.pairs[r]!, instance.pairs[i]!];
  }
  return instance;
}

type Category = 'foreign' | 'local' | 'other';

interface Model {
  A: number;
  J: number;
  k: number[];
  kept: number[][];
  /** New pairs the rules allow, per application: [juror, affinity]. */
  allowed: [number, number][][];
  category: Category[][];
  keptAffinity: number;
  keptConflict: boolean;
  maxLoad: number[];
  minLoad: number[];
  keptLoad: number[];
  crossBorder: boolean;
  localExpert: boolean;
  weight: number;
}

/** The instance read straight from its documented meaning. */
function model(instance: AssignmentInstance): Model {
  const apps = instance.applications;
  const jurors = instance.jurors;
  const A = apps.length;
  const J = jurors.length;
  const rules = instance.rules ?? {};
  const key = (p: PairRef) => `${p.application}|${p.juror}`;
  const listed = new Map(instance.pairs.map((p) => [key(p), p.affinity]));
  const conflicts = new Set((instance.conflicts ?? []).map(key));
  const fixed = new Set((instance.fixed ?? []).map(key));
  const kept: number[][] = apps.map(() => []);
  const keptLoad = jurors.map(() => 0);
  let keptAffinity = 0;
  let keptConflict = false;
  const allowed: [number, number][][] = apps.map(() => []);
  const category: Category[][] = apps.map(() => []);
  apps.forEach((app, a) =>
    jurors.forEach((juror, j) => {
      const id = `${app.id}|${juror.id}`;
      category[a]![j] =
        juror.country !== app.country
          ? 'foreign'
          : rules.localExpert && app.region !== undefined && juror.region !== app.region
            ? 'other'
            : 'local';
      if (fixed.has(id)) {
        kept[a]!.push(j);
        keptLoad[j]!++;
        keptAffinity += listed.get(id) ?? 0;
        if (conflicts.has(id)) keptConflict = true;
        return;
      }
      if (!listed.has(id) || conflicts.has(id) || juror.available === false) return;
      const shared = (juror.languages ?? []).some((l) => (app.languages ?? []).includes(l));
      if (rules.sharedLanguage && !shared) return;
      allowed[a]!.push([j, listed.get(id)!]);
    }),
  );
  return {
    A,
    J,
    k: apps.map((app) => app.reviews ?? instance.reviewsPerApplication!),
    kept,
    allowed,
    category,
    keptAffinity,
    keptConflict,
    maxLoad: jurors.map((j) => j.maxLoad),
    minLoad: jurors.map((j) => (j.available === false ? 0 : (j.minLoad ?? 0))),
    keptLoad,
    crossBorder: rules.crossBorder ?? false,
    localExpert: rules.localExpert ?? false,
    weight: instance.loadBalancing?.weight ?? 1,
  };
}

const penalty = (load: number, weight: number) => (weight * load * (load - 1)) / 2;

/**
 * The best objective by enumerating every choice of new jurors for every application (with
 * pruning on maximum loads only), or `null` when no assignment meets the rules.
 */
export function bruteForceOptimum(instance: AssignmentInstance): number | null {
  const m = model(instance);
  if (m.keptConflict) return null;
  const load = [...m.keptLoad];
  let best: number | null = null;
  const visit = (a: number, affinity: number) => {
    if (a === m.A) {
      let total = affinity + m.keptAffinity;
      for (let j = 0; j < m.J; j++) {
        if (load[j]! < m.minLoad[j]! || load[j]! > m.maxLoad[j]!) return;
        total -= penalty(load[j]!, m.weight);
      }
      if (best === null || total > best) best = total;
      return;
    }
    const need = m.k[a]! - m.kept[a]!.length;
    if (need < 0) return;
    const options = m.allowed[a]!;
    const chosen: number[] = [];
    const choose = (from: number, sum: number) => {
      if (chosen.length === need) {
        const all = [...m.kept[a]!, ...chosen];
        const categories = all.map((j) => m.category[a]![j]!);
        if (m.crossBorder && !categories.includes('foreign')) return;
        if (m.localExpert && !categories.includes('local')) return;
        visit(a + 1, sum);
        return;
      }
      for (let i = from; i < options.length; i++) {
        const [j, w] = options[i]!;
        if (load[j]! >= m.maxLoad[j]!) continue;
        load[j]!++;
        chosen.push(j);
        choose(i + 1, sum + w);
        chosen.pop();
        load[j]!--;
      }
    };
    choose(0, affinity);
  };
  visit(0, 0);
  return best;
}

/**
 * The same problem as a mixed-integer program in CPLEX LP format: binaries x for the allowed
 * new pairs, and per juror a penalty variable above every chord of the convex penalty, so at
 * an integer load it equals the penalty. Returns the text and the constant to add to the MIP
 * objective, or `null` when the instance is infeasible on its face (kept conflicts, too many
 * kept reviews).
 */
export function mipModel(instance: AssignmentInstance): { text: string; constant: number } | null {
  const m = model(instance);
  if (m.keptConflict) return null;
  const x = (a: number, j: number) => `x_${a}_${j}`;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const byJuror: string[][] = Array.from({ length: m.J }, () => []);
  for (let a = 0; a < m.A; a++) {
    const need = m.k[a]! - m.kept[a]!.length;
    if (need < 0) return null;
    const vars = m.allowed[a]!.map(([j]) => x(a, j));
    for (const [j, w] of m.allowed[a]!) {
      objective.push(`${w >= 0 ? '+' : '-'} ${Math.abs(w)} ${x(a, j)}`);
      binaries.push(x(a, j));
      byJuror[j]!.push(x(a, j));
    }
    if (vars.length === 0) {
      if (need > 0) return null;
    } else rows.push(`k_${a}: ${vars.join(' + ')} = ${need}`);
    for (const [rule, wanted] of [
      [m.crossBorder, 'foreign'],
      [m.localExpert, 'local'],
    ] as const) {
      if (!rule || m.kept[a]!.some((j) => m.category[a]![j] === wanted)) continue;
      const some = m.allowed[a]!.filter(([j]) => m.category[a]![j] === wanted).map(([j]) =>
        x(a, j),
      );
      if (some.length === 0) return null;
      rows.push(`${wanted}_${a}: ${some.join(' + ')} >= 1`);
    }
  }
  for (let j = 0; j < m.J; j++) {
    const vars = byJuror[j]!;
    const kept = m.keptLoad[j]!;
    if (kept > m.maxLoad[j]!) return null;
    if (vars.length === 0) {
      if (kept < m.minLoad[j]!) return null;
      continue;
    }
    rows.push(`max_${j}: ${vars.join(' + ')} <= ${m.maxLoad[j]! - kept}`);
    if (m.minLoad[j]! > kept) rows.push(`min_${j}: ${vars.join(' + ')} >= ${m.minLoad[j]! - kept}`);
    // p_j ≥ P(t) + w·t·(load − t) for t = 0..maxLoad: the chords of P(L) = w·L(L−1)/2.
    for (let t = 0; t <= m.maxLoad[j]!; t++) {
      const slope = m.weight * t;
      const rhs = penalty(t, m.weight) + slope * (kept - t);
      const terms = slope === 0 ? '' : ` - ${slope} ${vars.join(` - ${slope} `)}`;
      rows.push(`pen_${j}_${t}: p_${j}${terms} >= ${rhs}`);
    }
    objective.push(`- p_${j}`);
  }
  let constant = m.keptAffinity;
  for (let j = 0; j < m.J; j++)
    if (byJuror[j]!.length === 0) constant -= penalty(m.keptLoad[j]!, m.weight);
  const text = [
    'Maximize',
    ` obj: ${objective.length > 0 ? objective.join(' ') : '0 dummy'}`,
    'Subject To',
    ...(rows.length > 0 ? rows.map((row) => ` ${row}`) : [' none: dummy = 0']),
    'Bounds',
    ...byJuror.flatMap((vars, j) => (vars.length > 0 ? [` p_${j} >= -1e9`] : [])),
    ...(binaries.length > 0 ? ['Binaries', ` ${binaries.join(' ')}`] : []),
    'End',
  ].join('\n');
  return { text, constant };
}
