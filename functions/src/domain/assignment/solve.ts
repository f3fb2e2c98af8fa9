import { allRules, buildNetwork } from './build-network.ts';
import {
  findCollectiveFailure,
  findLocalFailures,
  type InfeasibilityExplanation,
} from './explain-infeasibility.ts';
import {
  duplicatePairIssues,
  indexInstance,
  loadPenalty,
  pairAffinityOf,
  validateInstance,
  type AssignmentInstance,
  type IndexedInstance,
  type InstanceIssue,
} from './instance.ts';
import { solveNetwork } from './solve-network.ts';

export interface SolveOptions {
  /** Called with a growing fraction in [0, 1] (an estimate), and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /**
   * Pairs per application the simplex starts with (the rest are priced in); a tuning knob
   * that never changes the result. Default: 3k + 1. `Infinity` gives all pairs at once.
   */
  candidatesPerApplication?: number;
}

/** One assignment of the result: kept (fixed in the instance) or new. */
export interface AssignedPair {
  application: string;
  juror: string;
  /** The listed affinity; 0 for a kept pair that is not listed. */
  affinity: number;
  kept: boolean;
}

export interface JurorLoad {
  juror: string;
  load: number;
  kept: number;
  available: boolean;
}

export interface LoadSpread {
  min: number;
  median: number;
  max: number;
}

/**
 * Dual values (node potentials) proving optimality: with them every arc of the flow network
 * (see `docs/assignment.md`) has a reduced cost that admits no improvement. `verifyOptimality`
 * checks them against the instance without the solver.
 */
export interface OptimalityCertificate {
  applications: {
    application: string;
    hub: number;
    foreign: number;
    local: number;
    other: number;
  }[];
  jurors: { juror: string; potential: number }[];
  sink: number;
}

export interface SolveStats {
  nodes: number;
  /** Arcs of the full network: structural ones and every admissible new pair. */
  arcs: number;
  /** Pair arcs the simplex held at the end; the others were priced out with the duals. */
  candidateArcs: number;
  pivots: number;
  rounds: number;
}

export interface OptimalAssignment {
  status: 'optimal';
  /** Sorted by application id, then juror id. */
  assignments: AssignedPair[];
  /** affinityTotal − penalty: the maximum over every assignment that meets the rules. */
  objective: number;
  affinityTotal: number;
  /** Σ over jurors of weight·load(load − 1)/2. */
  penalty: number;
  /** Per juror, sorted by id. */
  loads: JurorLoad[];
  /** Over available jurors. */
  loadSpread: LoadSpread;
  certificate: OptimalityCertificate;
  stats: SolveStats;
}

export interface InfeasibleAssignment {
  status: 'infeasible';
  explanation: InfeasibilityExplanation;
}

export interface InvalidInstance {
  status: 'invalid';
  issues: InstanceIssue[];
}

export type AssignmentResult = OptimalAssignment | InfeasibleAssignment | InvalidInstance;

/**
 * Assigns jurors to applications: the exact optimum of total affinity minus the convex load
 * penalty, under every rule of the instance, or a structured explanation of why none exists.
 * Deterministic: the instance is sorted by ids first, so the same data in any order gives the
 * same assignment.
 *
 * @example
 * const result = solveAssignment(instance);
 * if (result.status === 'optimal') save(result.assignments);
 * else if (result.status === 'infeasible') show(result.explanation.failures);
 */
export function solveAssignment(
  instance: AssignmentInstance,
  options: SolveOptions = {},
): AssignmentResult {
  const issues = validateInstance(instance);
  if (issues.length > 0) return { status: 'invalid', issues };
  const indexed = indexInstance(instance);
  const duplicates = duplicatePairIssues(indexed);
  if (duplicates.length > 0) return { status: 'invalid', issues: duplicates };
  return solveIndexed(indexed, options);
}

/** `solveAssignment` for an instance already validated and indexed. */
export function solveIndexed(
  indexed: IndexedInstance,
  options: SolveOptions = {},
): OptimalAssignment | InfeasibleAssignment {
  const local = findLocalFailures(indexed);
  if (local.length > 0) {
    options.onProgress?.(1);
    return { status: 'infeasible', explanation: { failures: local } };
  }

  const network = buildNetwork(indexed, allRules(indexed));
  const solution = solveNetwork(indexed, network, {
    ...(options.candidatesPerApplication === undefined
      ? {}
      : { candidatesPerApplication: options.candidatesPerApplication }),
    ...(options.onProgress ? { onProgress: (f: number) => options.onProgress!(0.99 * f) } : {}),
  });
  if (solution.status === 'infeasible') {
    const failure = findCollectiveFailure(indexed);
    if (!failure) throw new Error('The solver found no feasible flow but every rule check passed');
    options.onProgress?.(1);
    return { status: 'infeasible', explanation: { failures: [failure] } };
  }

  const { applications, jurors } = indexed;
  const chosen: number[][] = applications.map((_, a) => [...indexed.fixedByApplication[a]!]);
  const kept = applications.map((_, a) => new Set(indexed.fixedByApplication[a]));
  for (let p = 0; p < network.pairIndex.length; p++)
    if (solution.pairFlow[p]) {
      const pair = network.pairIndex[p]!;
      chosen[indexed.pairApplication[pair]!]!.push(indexed.pairJuror[pair]!);
    }
  const load = new Int32Array(jurors.length);
  const assignments: AssignedPair[] = [];
  let affinityTotal = 0;
  chosen.forEach((list, a) => {
    list.sort((x, y) => x - y);
    for (const j of list) {
      const affinity = pairAffinityOf(indexed, a, j);
      affinityTotal += affinity;
      load[j]!++;
      assignments.push({
        application: applications[a]!.id,
        juror: jurors[j]!.id,
        affinity,
        kept: kept[a]!.has(j),
      });
    }
  });
  let penalty = 0;
  const loads: JurorLoad[] = jurors.map((juror, j) => {
    penalty += loadPenalty(load[j]!, indexed.weight);
    return {
      juror: juror.id,
      load: load[j]!,
      kept: indexed.fixedByJuror[j]!.length,
      available: juror.available,
    };
  });

  // Potentials matter only up to a common constant (reduced costs are differences, and
  // supplies sum to 0): shift them so that the sink's is 0, which keeps the numbers small.
  const shift = solution.potential[network.sink]!;
  const y = solution.potential.map((value) => value - shift);
  const certificate: OptimalityCertificate = {
    applications: applications.map((application, a) => {
      const hub = y[network.hub[a]!]!;
      const foreign = network.foreignIntake[a]!;
      const localIntake = network.localIntake[a]!;
      return {
        application: application.id,
        hub,
        foreign: foreign >= 0 ? y[foreign]! : hub,
        local: localIntake >= 0 ? y[localIntake]! : hub,
        other: hub,
      };
    }),
    jurors: jurors.map((juror, j) => ({ juror: juror.id, potential: y[j]! })),
    sink: y[network.sink]!,
  };
  options.onProgress?.(1);
  return {
    status: 'optimal',
    assignments,
    objective: affinityTotal - penalty,
    affinityTotal,
    penalty,
    loads,
    loadSpread: spreadOf(loads.filter((item) => item.available).map((item) => item.load)),
    certificate,
    stats: {
      nodes: network.nodeCount,
      arcs: network.arcFrom.length + network.pairIndex.length,
      candidateArcs: solution.candidateArcs,
      pivots: solution.pivots,
      rounds: solution.rounds,
    },
  };
}

/** Minimum, median (lower middle for an even count) and maximum; zeros for an empty list. */
export function spreadOf(values: number[]): LoadSpread {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0]!,
    median: sorted[(sorted.length - 1) >> 1]!,
    max: sorted[sorted.length - 1]!,
  };
}
