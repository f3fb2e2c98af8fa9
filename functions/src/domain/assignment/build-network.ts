import { jurorCategory, sharesLanguage, type IndexedInstance } from './instance.ts';

/**
 * The flow network of an assignment instance (drawn in `docs/assignment.md`):
 *
 *   hub(a) ──► intake(a, foreign) ──┐            ┌─► unit arcs, costs φ(t) ─┐
 *     │   └──► intake(a, local)  ───┼─► juror(j) ─┤                          ├─► sink
 *     └────────── (other pairs) ────┘            └─ (minLoad units forced) ─┘
 *
 * - hub(a) supplies the reviews application a still needs, r(a) = k(a) − kept(a), less the
 *   units its intakes supply themselves.
 * - A rule "at least one juror of category X" is a lower bound of 1 − kept(a, X) on the flow
 *   through intake(a, X): that intake supplies those units itself, and all pairs of category X
 *   leave from it. With one rule this is the same as capping the other category at k − 1
 *   (f + l = r, so f ≥ 1 ⟺ l ≤ r − 1); lower bounds also cover both rules at once when a
 *   region makes a third category ("same country, other region") that counts for neither.
 *   An intake whose bound is 0 is merged into the hub (its arcs leave from the hub).
 * - A pair arc intake → juror (capacity 1, cost −affinity) exists for every admissible new
 *   pair: listed, not a conflict, not kept already, juror available, a shared language when
 *   that rule is on.
 * - juror(j) → sink: one unit arc per further review, the t-th costing φ(t) = weight·(t − 1),
 *   nondecreasing, so the cheapest units are used first and the flow cost is the convex
 *   penalty exactly. The first minLoad − kept(j) units are forced (a demand at the juror).
 */
export interface NetworkRules {
  sharedLanguage: boolean;
  crossBorder: boolean;
  localExpert: boolean;
  minLoad: boolean;
}

export interface AssignmentNetwork {
  nodeCount: number;
  supply: Int32Array;
  sink: number;
  /** Node ids: jurors are 0..J−1, the sink is J, then each application's hub and intakes. */
  hub: Int32Array;
  foreignIntake: Int32Array;
  localIntake: Int32Array;
  /** Reviews still needed per application, and the lower bounds per category. */
  required: Int32Array;
  foreignBound: Int32Array;
  localBound: Int32Array;
  /** Per juror: forced new reviews (minLoad) and the most new reviews (maxLoad − kept). */
  forced: Int32Array;
  room: Int32Array;
  /** Structural arcs (hub → intake, juror → sink), in order. */
  arcFrom: Int32Array;
  arcTo: Int32Array;
  arcCapacity: Int32Array;
  arcCost: Float64Array;
  /** Admissible new pairs: index into the instance's pair arrays and the arc's tail node. */
  pairIndex: Int32Array;
  pairTail: Int32Array;
  /** Number of kept assignments of each category, per application. */
  keptForeign: Int32Array;
  keptLocal: Int32Array;
}

export const allRules = (instance: IndexedInstance): NetworkRules => ({
  ...instance.rules,
  minLoad: true,
});

/** Marginal cost of a juror's t-th review (t ≥ 1). */
export const marginalCost = (t: number, weight: number) => weight * (t - 1);

/**
 * True when (a, j), listed as pair `index`, may become a new assignment under `rules`
 * (capacity aside).
 */
export function isAdmissiblePair(
  instance: IndexedInstance,
  index: number,
  rules: Pick<NetworkRules, 'sharedLanguage'>,
): boolean {
  if (instance.pairConflict[index]) return false;
  const a = instance.pairApplication[index]!;
  const j = instance.pairJuror[index]!;
  const juror = instance.jurors[j]!;
  if (!juror.available) return false;
  if (instance.fixedByApplication[a]!.includes(j)) return false;
  if (rules.sharedLanguage && !sharesLanguage(instance.applications[a]!, juror)) return false;
  return true;
}

/**
 * Builds the network. More kept reviews than k are clamped to 0 needed here; that and the other
 * per-application and per-juror contradictions are found by `findLocalFailures` first, and the
 * solver never builds a network for an instance that has one.
 */
export function buildNetwork(instance: IndexedInstance, rules: NetworkRules): AssignmentNetwork {
  const A = instance.applications.length;
  const J = instance.jurors.length;
  const sink = J;
  const hub = new Int32Array(A);
  const foreignIntake = new Int32Array(A).fill(-1);
  const localIntake = new Int32Array(A).fill(-1);
  const required = new Int32Array(A);
  const foreignBound = new Int32Array(A);
  const localBound = new Int32Array(A);
  const keptForeign = new Int32Array(A);
  const keptLocal = new Int32Array(A);
  let nodeCount = J + 1;
  for (let a = 0; a < A; a++) {
    const application = instance.applications[a]!;
    for (const j of instance.fixedByApplication[a]!) {
      const category = jurorCategory(application, instance.jurors[j]!, instance.rules.localExpert);
      if (category === 'foreign') keptForeign[a]!++;
      else if (category === 'local') keptLocal[a]!++;
    }
    required[a] = Math.max(0, application.reviews - instance.fixedByApplication[a]!.length);
    hub[a] = nodeCount++;
    if (rules.crossBorder && keptForeign[a] === 0 && required[a]! > 0) {
      foreignBound[a] = 1;
      foreignIntake[a] = nodeCount++;
    }
    if (rules.localExpert && keptLocal[a] === 0 && required[a]! > 0) {
      localBound[a] = 1;
      localIntake[a] = nodeCount++;
    }
  }
  const supply = new Int32Array(nodeCount);
  for (let a = 0; a < A; a++) {
    if (foreignBound[a]! + localBound[a]! > required[a]!)
      throw new RangeError('An application needs more reviews for its rules than it has left');
    supply[hub[a]!] = Math.max(0, required[a]! - foreignBound[a]! - localBound[a]!);
    if (foreignIntake[a]! >= 0) supply[foreignIntake[a]!] = foreignBound[a]!;
    if (localIntake[a]! >= 0) supply[localIntake[a]!] = localBound[a]!;
  }
  let totalSupply = 0;
  for (let v = J + 1; v < nodeCount; v++) totalSupply += supply[v]!;

  const forced = new Int32Array(J);
  const room = new Int32Array(J);
  let totalForced = 0;
  for (let j = 0; j < J; j++) {
    const juror = instance.jurors[j]!;
    const kept = instance.fixedByJuror[j]!.length;
    if (!juror.available) continue;
    room[j] = Math.max(0, juror.maxLoad - kept);
    forced[j] = rules.minLoad ? Math.min(room[j]!, Math.max(0, juror.minLoad - kept)) : 0;
    supply[j] = -forced[j]!;
    totalForced += forced[j]!;
  }
  supply[sink] = -(totalSupply - totalForced);

  const structural: [number, number, number, number][] = [];
  for (let a = 0; a < A; a++) {
    if (foreignIntake[a]! >= 0) structural.push([hub[a]!, foreignIntake[a]!, required[a]!, 0]);
    if (localIntake[a]! >= 0) structural.push([hub[a]!, localIntake[a]!, required[a]!, 0]);
  }
  for (let j = 0; j < J; j++) {
    const kept = instance.fixedByJuror[j]!.length;
    for (let t = kept + forced[j]! + 1; t <= kept + room[j]!; t++)
      structural.push([j, sink, 1, marginalCost(t, instance.weight)]);
  }
  const arcFrom = new Int32Array(structural.length);
  const arcTo = new Int32Array(structural.length);
  const arcCapacity = new Int32Array(structural.length);
  const arcCost = new Float64Array(structural.length);
  structural.forEach(([from, to, capacity, cost], i) => {
    arcFrom[i] = from;
    arcTo[i] = to;
    arcCapacity[i] = capacity;
    arcCost[i] = cost;
  });

  const m = instance.pairApplication.length;
  const pairIndexList = new Int32Array(m);
  const pairTailList = new Int32Array(m);
  let count = 0;
  for (let a = 0; a < A; a++) {
    if (required[a] === 0) continue;
    const application = instance.applications[a]!;
    const kept = instance.fixedByApplication[a]!;
    // Jurors of each category: the intake when the category has one, else the hub.
    const foreignTail = foreignIntake[a]! >= 0 ? foreignIntake[a]! : hub[a]!;
    const localTail = localIntake[a]! >= 0 ? localIntake[a]! : hub[a]!;
    for (let i = instance.pairStart[a]!; i < instance.pairStart[a + 1]!; i++) {
      const j = instance.pairJuror[i]!;
      if (room[j] === 0 || instance.pairConflict[i]) continue;
      if (kept.length > 0 && kept.includes(j)) continue;
      const juror = instance.jurors[j]!;
      if (rules.sharedLanguage && !sharesLanguage(application, juror)) continue;
      const category = jurorCategory(application, juror, instance.rules.localExpert);
      pairIndexList[count] = i;
      pairTailList[count] =
        category === 'foreign' ? foreignTail : category === 'local' ? localTail : hub[a]!;
      count++;
    }
  }
  return {
    nodeCount,
    supply,
    sink,
    hub,
    foreignIntake,
    localIntake,
    required,
    foreignBound,
    localBound,
    forced,
    room,
    arcFrom,
    arcTo,
    arcCapacity,
    arcCost,
    // Views, not copies: a copy of millions of entries costs a garbage collection.
    pairIndex: pairIndexList.subarray(0, count),
    pairTail: pairTailList.subarray(0, count),
    keptForeign,
    keptLocal,
  };
}
