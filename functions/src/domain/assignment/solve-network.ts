import type { AssignmentNetwork } from './build-network.ts';
import type { IndexedInstance } from './instance.ts';
import { NetworkSimplex, type MinCostFlowStatus } from './min-cost-flow.ts';

export interface NetworkSolveOptions {
  /** Ignore affinities and load costs: find a flow with the least unmet supply only. */
  zeroCosts?: boolean;
  /**
   * Pairs per application given to the simplex at first (the best by affinity); the others
   * are priced with the duals after each run and enter when their reduced cost is negative,
   * so the result is the optimum over all pairs whatever this number. `Infinity`: all at once.
   */
  candidatesPerApplication?: number;
  /** Most pairs of one application that enter per pricing round (the most violating). */
  enteringPerRound?: number;
  onProgress?: (fraction: number) => void;
}

export interface NetworkSolution {
  status: MinCostFlowStatus;
  /** Flow (0 or 1) on each admissible pair of `network.pairIndex`. */
  pairFlow: Uint8Array;
  /** Flow on each structural arc of the network, in order. */
  structuralFlow: Int32Array;
  /** Node potentials y (reduced cost = cost − y(tail) + y(head)). */
  potential: Float64Array;
  pivots: number;
  rounds: number;
  /** Pair arcs the simplex held at the end (the rest were priced out). */
  candidateArcs: number;
}

const largestK = (instance: IndexedInstance) => {
  let k = 1;
  for (const application of instance.applications) k = Math.max(k, application.reviews);
  return k;
};

/**
 * Default size of the first candidate set per application: 3k + 1. Measured on the benchmark
 * instance (k = 3, 600 jurors), 10 gave the least pricing work; 6 or 16 and more cost more.
 */
export const defaultCandidates = (instance: IndexedInstance) => 3 * largestK(instance) + 1;

/** Default number of priced-out pairs per application that enter in one round: 2k + 2. */
export const defaultEnteringPerRound = (instance: IndexedInstance) => 2 * largestK(instance) + 2;

/**
 * Solves the network to optimality with the network simplex, pricing pair arcs in rounds:
 * start from the best pairs of each application, and after each run let in, per application,
 * the pairs with the most negative reduced costs under the current duals, until no pair has a
 * negative one. Then every arc of the full network satisfies the optimality conditions.
 */
export function solveNetwork(
  instance: IndexedInstance,
  network: AssignmentNetwork,
  options: NetworkSolveOptions = {},
): NetworkSolution {
  const zero = options.zeroCosts ?? false;
  const pairs = network.pairIndex.length;
  const structural = network.arcFrom.length;
  let costBound = 0;
  for (let i = 0; i < structural; i++)
    costBound = Math.max(costBound, zero ? 0 : Math.abs(network.arcCost[i]!));
  if (!zero)
    for (let p = 0; p < pairs; p++)
      costBound = Math.max(costBound, Math.abs(instance.pairAffinity[network.pairIndex[p]!]!));

  const limit = options.candidatesPerApplication ?? defaultCandidates(instance);
  const included = selectCandidates(instance, network, limit);
  let candidateCount = 0;
  for (let p = 0; p < pairs; p++) candidateCount += included[p]!;

  const simplex = new NetworkSimplex(network.supply, structural + candidateCount, costBound);
  for (let i = 0; i < structural; i++)
    simplex.addArc(
      network.arcFrom[i]!,
      network.arcTo[i]!,
      network.arcCapacity[i]!,
      zero ? 0 : network.arcCost[i]!,
    );
  // Arc index of each pair in the simplex, −1 while it is not a candidate.
  const arcOfPair = new Int32Array(pairs).fill(-1);
  const pairCost = (p: number) => (zero ? 0 : -instance.pairAffinity[network.pairIndex[p]!]!);
  const addPair = (p: number) => {
    const j = instance.pairJuror[network.pairIndex[p]!]!;
    arcOfPair[p] = simplex.addArc(network.pairTail[p]!, j, 1, pairCost(p));
  };
  for (let p = 0; p < pairs; p++) if (included[p]) addPair(p);

  const perRound = options.enteringPerRound ?? defaultEnteringPerRound(instance);
  const violators = new Int32Array(Math.max(1, instance.jurors.length));
  const violation = new Float64Array(Math.max(1, instance.jurors.length));
  let rounds = 0;
  let status: MinCostFlowStatus;
  let reported = 0;
  const report = (fraction: number) => {
    if (!options.onProgress || fraction <= reported) return;
    reported = fraction;
    options.onProgress(fraction);
  };
  for (;;) {
    rounds++;
    const base = 1 - 1 / rounds;
    status = simplex.run({ onProgress: (f) => report(base + (1 - base) * f * 0.99) });
    // Price every pair left out; per application, the most violating ones enter (all of them
    // when `perRound` is infinite). The loop ends only when none violates.
    let added = 0;
    let start = 0;
    while (start < pairs) {
      const a = instance.pairApplication[network.pairIndex[start]!]!;
      let end = start;
      let found = 0;
      while (end < pairs && instance.pairApplication[network.pairIndex[end]!] === a) {
        if (arcOfPair[end]! < 0) {
          const j = instance.pairJuror[network.pairIndex[end]!]!;
          const reduced = simplex.reducedCost(network.pairTail[end]!, j, pairCost(end));
          if (reduced < 0) {
            violators[found] = end;
            violation[found] = reduced;
            found++;
          }
        }
        end++;
      }
      if (found > perRound) {
        const threshold = -kthLargest(negate(violation, found), found, perRound);
        let taken = 0;
        for (let i = 0; i < found && taken < perRound; i++)
          if (violation[i]! < threshold) {
            addPair(violators[i]!);
            taken++;
          }
        for (let i = 0; i < found && taken < perRound; i++)
          if (violation[i] === threshold) {
            addPair(violators[i]!);
            taken++;
          }
        added += taken;
      } else {
        for (let i = 0; i < found; i++) addPair(violators[i]!);
        added += found;
      }
      start = end;
    }
    if (added === 0) break;
  }

  const pairFlow = new Uint8Array(pairs);
  for (let p = 0; p < pairs; p++)
    if (arcOfPair[p]! >= 0) pairFlow[p] = simplex.flowOf(arcOfPair[p]!);
  const structuralFlow = new Int32Array(structural);
  for (let i = 0; i < structural; i++) structuralFlow[i] = simplex.flowOf(i);
  const potential = new Float64Array(network.nodeCount);
  for (let v = 0; v < network.nodeCount; v++) potential[v] = simplex.potentialOf(v);
  return {
    status,
    pairFlow,
    structuralFlow,
    potential,
    pivots: simplex.pivots,
    rounds,
    candidateArcs: simplex.arcCount - structural,
  };
}

/**
 * Marks, per application, its `limit` admissible pairs of highest affinity (ties: input
 * order of the sorted pairs, i.e. by juror id), found with a selection, not a full sort.
 */
function selectCandidates(
  instance: IndexedInstance,
  network: AssignmentNetwork,
  limit: number,
): Uint8Array {
  const pairs = network.pairIndex.length;
  const included = new Uint8Array(pairs);
  if (!Number.isFinite(limit)) return included.fill(1);
  const scratch = new Float64Array(Math.max(1, instance.jurors.length));
  let start = 0;
  while (start < pairs) {
    const a = instance.pairApplication[network.pairIndex[start]!]!;
    let end = start;
    while (end < pairs && instance.pairApplication[network.pairIndex[end]!] === a) end++;
    const size = end - start;
    if (size <= limit) included.fill(1, start, end);
    else {
      for (let p = start; p < end; p++)
        scratch[p - start] = instance.pairAffinity[network.pairIndex[p]!]!;
      const threshold = kthLargest(scratch, size, limit);
      let taken = 0;
      for (let p = start; p < end && taken < limit; p++)
        if (instance.pairAffinity[network.pairIndex[p]!]! > threshold) {
          included[p] = 1;
          taken++;
        }
      for (let p = start; p < end && taken < limit; p++)
        if (instance.pairAffinity[network.pairIndex[p]!]! === threshold) {
          included[p] = 1;
          taken++;
        }
    }
    start = end;
  }
  return included;
}

/** The k-th largest of values[0..size) (k ≥ 1), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, size: number, k: number): number {
  let lo = 0;
  let hi = size - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return values[want]!;
  }
  return values[want]!;
}

function negate(values: Float64Array, size: number): Float64Array {
  const copy = new Float64Array(size);
  for (let i = 0; i < size; i++) copy[i] = -values[i]!;
  return copy;
}
