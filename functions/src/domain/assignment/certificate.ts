import {
  indexInstance,
  jurorCategory,
  loadPenalty,
  pairAffinityOf,
  sharesLanguage,
  type AssignmentInstance,
  type JurorCategory,
} from './instance.ts';
import type { OptimalityCertificate } from './solve.ts';
import { validateManualAssignment, type AssignmentViolation } from './validate-manual.ts';

export interface CertificateCheck {
  /** The assignment meets every rule (`violations` is empty). */
  feasible: boolean;
  violations: AssignmentViolation[];
  /** Arcs whose reduced cost admits an improvement (complementary slackness broken). */
  reducedCostViolations: number;
  /** A few of them, for debugging. */
  examples: string[];
  /** Objective of the given assignment, recomputed from the instance. */
  objective: number;
  /**
   * An upper bound on the objective of any assignment, from the potentials alone (LP weak
   * duality), valid even if the potentials are wrong: then it is only a weaker bound.
   */
  dualBound: number;
  /** Feasible, no reduced-cost violation, and the bound equals the objective. */
  optimal: boolean;
}

/**
 * Checks a claimed optimum without the solver: feasibility of the assignment against every
 * rule, then the optimality conditions of the flow model (documented in `docs/assignment.md`)
 * under the given potentials y: for each arc u → v with cost c, flow x and capacity u,
 * c̄ = c − y(u) + y(v) must be ≥ 0 if x < u and ≤ 0 if x > 0. These conditions say that the
 * residual network has no negative cycle, so no other assignment is better. It also computes
 * the dual objective, an independent upper bound, which must equal the assignment's objective.
 *
 * The model is rebuilt here from the instance on its own, not with the solver's network code:
 * per application a hub and three intakes (foreign, local, other), per juror one node, a sink.
 *
 * @example verifyOptimality(instance, result).optimal // true
 */
export function verifyOptimality(
  instance: AssignmentInstance,
  result: {
    assignments: readonly { application: string; juror: string }[];
    certificate: OptimalityCertificate;
  },
): CertificateCheck {
  const indexed = indexInstance(instance);
  const { applications, jurors, rules, weight } = indexed;
  const A = applications.length;
  const J = jurors.length;
  const violations = validateManualAssignment(instance, result.assignments, indexed);
  const phi = (t: number) => weight * (t - 1);

  const chosen = new Set<number>();
  const load = new Int32Array(J);
  for (const pair of result.assignments) {
    const a = indexed.applicationIndex.get(pair.application);
    const j = indexed.jurorIndex.get(pair.juror);
    if (a === undefined || j === undefined) continue;
    chosen.add(a * J + j);
    load[j]!++;
  }
  const potentials = new Map(result.certificate.applications.map((p) => [p.application, p]));
  const jurorPotential = new Float64Array(J);
  for (const item of result.certificate.jurors) {
    const j = indexed.jurorIndex.get(item.juror);
    if (j !== undefined) jurorPotential[j] = item.potential;
  }
  const ySink = result.certificate.sink;

  let bad = 0;
  const examples: string[] = [];
  let dual = 0;
  // One arc: checks complementary slackness and adds cap · min(0, c̄) to the dual objective.
  const arc = (label: string, cost: number, yFrom: number, yTo: number, x: number, cap: number) => {
    const reduced = cost - yFrom + yTo;
    if (reduced < 0) dual += cap * reduced;
    if ((x < cap && reduced < 0) || (x > 0 && reduced > 0)) {
      bad++;
      if (examples.length < 5) examples.push(`${label}: reduced cost ${reduced}, flow ${x}/${cap}`);
    }
  };

  let keptAffinity = 0;
  let forcedPenalty = 0;
  let totalRequired = 0;
  let totalForced = 0;
  const room = new Int32Array(J);
  for (let j = 0; j < J; j++) {
    const juror = jurors[j]!;
    const kept = indexed.fixedByJuror[j]!.length;
    const forced = juror.available ? Math.max(0, Math.min(juror.minLoad, juror.maxLoad) - kept) : 0;
    room[j] = juror.available ? Math.max(0, juror.maxLoad - kept) : 0;
    forcedPenalty += loadPenalty(kept + forced, weight);
    totalForced += forced;
    dual += -forced * jurorPotential[j]!;
    // Optional units kept + forced + 1 .. maxLoad, used up to the juror's load.
    for (let t = kept + forced + 1; t <= kept + room[j]!; t++)
      arc(`${juror.id} unit ${t}`, phi(t), jurorPotential[j]!, ySink, t <= load[j]! ? 1 : 0, 1);
  }

  for (let a = 0; a < A; a++) {
    const application = applications[a]!;
    const y = potentials.get(application.id) ?? { hub: 0, foreign: 0, local: 0, other: 0 };
    const kept = indexed.fixedByApplication[a]!;
    const required = Math.max(0, application.reviews - kept.length);
    totalRequired += required;
    const count = { foreign: 0, local: 0, other: 0 };
    const keptCount = { foreign: 0, local: 0, other: 0 };
    for (const j of kept) {
      keptCount[jurorCategory(application, jurors[j]!, rules.localExpert)]++;
      keptAffinity += pairAffinityOf(indexed, a, j);
    }
    if (required === 0) continue;
    const bound = {
      foreign: rules.crossBorder && keptCount.foreign === 0 ? 1 : 0,
      local: rules.localExpert && keptCount.local === 0 ? 1 : 0,
      other: 0,
    };
    const intake = (category: JurorCategory) => y[category];
    for (let p = indexed.pairStart[a]!; p < indexed.pairStart[a + 1]!; p++) {
      const j = indexed.pairJuror[p]!;
      const juror = jurors[j]!;
      // Admissible new pairs only; pairs into a juror with no room can carry no flow.
      if (indexed.pairConflict[p] || !juror.available || room[j] === 0) continue;
      if (kept.includes(j)) continue;
      if (rules.sharedLanguage && !sharesLanguage(application, juror)) continue;
      const category = jurorCategory(application, juror, rules.localExpert);
      const x = chosen.has(a * J + j) ? 1 : 0;
      count[category] += x;
      arc(
        `${application.id} → ${juror.id}`,
        -indexed.pairAffinity[p]!,
        intake(category),
        jurorPotential[j]!,
        x,
        1,
      );
    }
    for (const category of ['foreign', 'local', 'other'] as const) {
      arc(
        `${application.id} hub → ${category}`,
        0,
        y.hub,
        intake(category),
        Math.max(0, count[category] - bound[category]),
        required,
      );
      dual += bound[category] * intake(category);
    }
    dual += (required - bound.foreign - bound.local) * y.hub;
  }
  dual += -(totalRequired - totalForced) * ySink;

  // objective = kept affinity + new affinity − Σ penalty(load)
  //           = keptAffinity − forcedPenalty − (flow cost), and flow cost ≥ dual.
  const penalty = jurors.reduce((sum, _, j) => sum + loadPenalty(load[j]!, weight), 0);
  let affinity = 0;
  for (const key of chosen) affinity += pairAffinityOf(indexed, Math.floor(key / J), key % J);
  const objective = affinity - penalty;
  const dualBound = keptAffinity - forcedPenalty - dual;
  const feasible = violations.length === 0;
  return {
    feasible,
    violations,
    reducedCostViolations: bad,
    examples,
    objective,
    dualBound,
    optimal: feasible && bad === 0 && dualBound === objective,
  };
}
