import { buildNetwork, isAdmissiblePair, type NetworkRules } from './build-network.ts';
import { jurorCategory, sharesLanguage, type IndexedInstance, type PairRef } from './instance.ts';
import { solveNetwork } from './solve-network.ts';

/** The rules an instance can break; `docs/assignment.md` explains each. */
export type AssignmentRule =
  | 'fixedAssignments'
  | 'kReviews'
  | 'maxLoad'
  | 'minLoad'
  | 'sharedLanguage'
  | 'crossBorder'
  | 'localExpert';

/** How far one application is from what a rule asks: `shortfall = required − available`. */
export interface ApplicationShortfall {
  application: string;
  required: number;
  available: number;
  shortfall: number;
}

/** How far one juror is from a load bound: `shortfall = required − available`. */
export interface JurorShortfall {
  juror: string;
  required: number;
  available: number;
  shortfall: number;
}

export interface RuleFailure {
  rule: AssignmentRule;
  /** One English sentence for logs and organisers; the UI builds its own from the fields. */
  message: string;
  /** Total reviews missing (or in excess, for kept assignments above a bound). */
  shortfall: number;
  applications: ApplicationShortfall[];
  jurors: JurorShortfall[];
  /** Kept assignments that break the rule (kept conflicts). */
  pairs?: PairRef[];
  /**
   * For a collective shortage (a min cut): the jurors who could take the missing reviews,
   * all of them already at their maximum load.
   */
  saturatedJurors?: string[];
}

export interface InfeasibilityExplanation {
  failures: RuleFailure[];
}

const plural = (n: number, word: string) =>
  `${n} ${word.replace(/(\w+)$/, (last) => (n === 1 ? last : `${last}s`))}`;

/**
 * Contradictions visible one application or one juror at a time (and two global sums): kept
 * assignments that are conflicts or exceed k or maxLoad, applications with too few admissible
 * jurors, no admissible foreign or local juror, jurors who cannot reach their minimum load.
 * Each is by itself a proof that no assignment exists. Empty when there is none.
 */
export function findLocalFailures(instance: IndexedInstance): RuleFailure[] {
  const { applications, jurors, rules } = instance;
  const A = applications.length;
  const J = jurors.length;
  // One failure per rule and kind of check (its message), so each message fits its entries.
  const byKind = new Map<string, RuleFailure>();
  const failure = (rule: AssignmentRule, message: string): RuleFailure => {
    const kind = `${rule}:${message}`;
    let entry = byKind.get(kind);
    if (!entry) {
      entry = { rule, message, shortfall: 0, applications: [], jurors: [] };
      byKind.set(kind, entry);
    }
    return entry;
  };
  const addApplication = (rule: AssignmentRule, message: string, item: ApplicationShortfall) => {
    const entry = failure(rule, message);
    entry.applications.push(item);
    entry.shortfall += item.shortfall;
  };
  const addJuror = (rule: AssignmentRule, message: string, item: JurorShortfall) => {
    const entry = failure(rule, message);
    entry.jurors.push(item);
    entry.shortfall += item.shortfall;
  };

  // Kept assignments.
  const keptConflicts: PairRef[] = [];
  for (let a = 0; a < A; a++)
    for (const j of instance.fixedByApplication[a]!)
      if (instance.conflictKeys.has(a * J + j))
        keptConflicts.push({ application: applications[a]!.id, juror: jurors[j]!.id });
  if (keptConflicts.length > 0) {
    const entry = failure(
      'fixedAssignments',
      `${plural(keptConflicts.length, 'kept assignment')} ${keptConflicts.length === 1 ? 'is a conflict' : 'are conflicts'} of interest; remove them before assigning`,
    );
    entry.pairs = keptConflicts;
    entry.shortfall = keptConflicts.length;
  }
  for (let a = 0; a < A; a++) {
    const kept = instance.fixedByApplication[a]!.length;
    if (kept > applications[a]!.reviews)
      addApplication('kReviews', 'Applications keep more reviews than they need', {
        application: applications[a]!.id,
        required: applications[a]!.reviews,
        available: kept,
        shortfall: kept - applications[a]!.reviews,
      });
  }
  const room = new Int32Array(J);
  const forced = new Int32Array(J);
  for (let j = 0; j < J; j++) {
    const juror = jurors[j]!;
    const kept = instance.fixedByJuror[j]!.length;
    if (kept > juror.maxLoad)
      addJuror('maxLoad', 'Jurors keep more reviews than their maximum load', {
        juror: juror.id,
        required: kept,
        available: juror.maxLoad,
        shortfall: kept - juror.maxLoad,
      });
    if (!juror.available) continue;
    room[j] = Math.max(0, juror.maxLoad - kept);
    forced[j] = Math.max(0, Math.min(juror.minLoad, juror.maxLoad) - kept);
  }

  // Per application: admissible jurors with room left, overall and by category.
  const candidatesOfJuror = new Int32Array(J);
  let totalRequired = 0;
  for (let a = 0; a < A; a++) {
    const application = applications[a]!;
    const kept = instance.fixedByApplication[a]!;
    const required = Math.max(0, application.reviews - kept.length);
    totalRequired += required;
    let keptForeign = 0;
    let keptLocal = 0;
    for (const j of kept) {
      const category = jurorCategory(application, jurors[j]!, rules.localExpert);
      if (category === 'foreign') keptForeign++;
      else if (category === 'local') keptLocal++;
    }
    const needForeign = rules.crossBorder && keptForeign === 0 ? 1 : 0;
    const needLocal = rules.localExpert && keptLocal === 0 ? 1 : 0;
    if (needForeign + needLocal > required)
      addApplication(
        needLocal ? 'localExpert' : 'crossBorder',
        needForeign && needLocal
          ? 'Applications have too few reviews left for both a foreign and a local juror'
          : needLocal
            ? 'Applications have no review left for a local juror'
            : 'Applications have no review left for a juror from another country',
        {
          application: application.id,
          required: needForeign + needLocal,
          available: required,
          shortfall: needForeign + needLocal - required,
        },
      );
    if (required === 0) continue;
    let all = 0;
    let anyLanguage = 0;
    let foreign = 0;
    let local = 0;
    for (let p = instance.pairStart[a]!; p < instance.pairStart[a + 1]!; p++) {
      const j = instance.pairJuror[p]!;
      if (room[j] === 0 || !isAdmissiblePair(instance, p, { sharedLanguage: false })) continue;
      anyLanguage++;
      if (rules.sharedLanguage && !sharesLanguage(application, jurors[j]!)) continue;
      all++;
      candidatesOfJuror[j]!++;
      const category = jurorCategory(application, jurors[j]!, rules.localExpert);
      if (category === 'foreign') foreign++;
      else if (category === 'local') local++;
    }
    if (all < required) {
      const byLanguage = rules.sharedLanguage && anyLanguage >= required;
      addApplication(
        byLanguage ? 'sharedLanguage' : 'kReviews',
        byLanguage
          ? 'Applications have too few jurors who share a working language with them'
          : 'Applications have too few jurors who may review them (listed, available, no conflict, below maximum load)',
        { application: application.id, required, available: all, shortfall: required - all },
      );
    }
    if (needForeign && foreign === 0)
      addApplication('crossBorder', 'Applications have no admissible juror from another country', {
        application: application.id,
        required: 1,
        available: 0,
        shortfall: 1,
      });
    if (needLocal && local === 0)
      addApplication(
        'localExpert',
        'Applications have no admissible juror from their own country (or region)',
        { application: application.id, required: 1, available: 0, shortfall: 1 },
      );
  }

  let totalRoom = 0;
  let totalForced = 0;
  for (let j = 0; j < J; j++) {
    totalRoom += room[j]!;
    totalForced += forced[j]!;
    if (forced[j]! > candidatesOfJuror[j]!)
      addJuror(
        'minLoad',
        'Jurors have too few admissible applications to reach their minimum load',
        {
          juror: jurors[j]!.id,
          required: forced[j]!,
          available: candidatesOfJuror[j]!,
          shortfall: forced[j]! - candidatesOfJuror[j]!,
        },
      );
  }
  if (totalRequired > totalRoom)
    failure(
      'maxLoad',
      `The applications need ${totalRequired} more reviews but the maximum loads of the available jurors allow ${totalRoom}`,
    ).shortfall = totalRequired - totalRoom;
  if (totalForced > totalRequired)
    failure(
      'minLoad',
      `The minimum loads ask for ${totalForced} more reviews but the applications need only ${totalRequired}`,
    ).shortfall = totalForced - totalRequired;
  const found = [...byKind.values()];
  return ruleOrder.flatMap((rule) => found.filter((item) => item.rule === rule));
}

/** Failures are listed in this order, whatever order they were found in. */
const ruleOrder: AssignmentRule[] = [
  'fixedAssignments',
  'kReviews',
  'maxLoad',
  'sharedLanguage',
  'crossBorder',
  'localExpert',
  'minLoad',
];

/**
 * Finds the first rule that makes the instance infeasible when the rules are added one at a
 * time (k reviews and maximum loads, then shared language, cross-border, local expert, minimum
 * loads), and the min cut that proves it: the applications on the source side of a cut
 * need more reviews than the jurors they can reach can take. Call it when `findLocalFailures`
 * found nothing; returns `undefined` if the instance is feasible.
 */
export function findCollectiveFailure(instance: IndexedInstance): RuleFailure | undefined {
  const steps: [AssignmentRule, Partial<NetworkRules>, boolean][] = [
    ['kReviews', {}, true],
    ['sharedLanguage', { sharedLanguage: true }, instance.rules.sharedLanguage],
    ['crossBorder', { crossBorder: true }, instance.rules.crossBorder],
    ['localExpert', { localExpert: true }, instance.rules.localExpert],
    ['minLoad', { minLoad: true }, true],
  ];
  let rules: NetworkRules = {
    sharedLanguage: false,
    crossBorder: false,
    localExpert: false,
    minLoad: false,
  };
  for (const [rule, adds, enabled] of steps) {
    if (!enabled) continue;
    rules = { ...rules, ...adds };
    const failure = checkStep(instance, rules, rule);
    if (failure) return failure;
  }
  return undefined;
}

function checkStep(
  instance: IndexedInstance,
  rules: NetworkRules,
  rule: AssignmentRule,
): RuleFailure | undefined {
  const network = buildNetwork(instance, rules);
  const solution = solveNetwork(instance, network, { zeroCosts: true });
  if (solution.status === 'optimal') return undefined;

  // Residual graph of the real arcs (compressed rows, built in two passes over the arcs), and
  // each node's imbalance (supply not sent, demand not met).
  const n = network.nodeCount;
  const structural = network.arcFrom.length;
  const arcs = structural + network.pairIndex.length;
  const tailOf = (e: number) =>
    e < structural ? network.arcFrom[e]! : network.pairTail[e - structural]!;
  const headOf = (e: number) =>
    e < structural ? network.arcTo[e]! : instance.pairJuror[network.pairIndex[e - structural]!]!;
  const flowOf = (e: number) =>
    e < structural ? solution.structuralFlow[e]! : solution.pairFlow[e - structural]!;
  const capacityOf = (e: number) => (e < structural ? network.arcCapacity[e]! : 1);
  const imbalance = Float64Array.from(network.supply);
  const start = new Int32Array(n + 1);
  for (let e = 0; e < arcs; e++) {
    const flow = flowOf(e);
    imbalance[tailOf(e)]! -= flow;
    imbalance[headOf(e)]! += flow;
    if (flow < capacityOf(e)) start[tailOf(e) + 1]!++;
    if (flow > 0) start[headOf(e) + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const heads = new Int32Array(start[n]!);
  for (let e = 0; e < arcs; e++) {
    const flow = flowOf(e);
    if (flow < capacityOf(e)) heads[fill[tailOf(e)]!++] = headOf(e);
    if (flow > 0) heads[fill[headOf(e)]!++] = tailOf(e);
  }
  // Source side of the min cut: everything reachable from a node with supply left.
  const reached = new Uint8Array(n);
  const queue: number[] = [];
  for (let v = 0; v < n; v++)
    if (imbalance[v]! > 0) {
      reached[v] = 1;
      queue.push(v);
    }
  while (queue.length > 0) {
    const v = queue.pop()!;
    for (let e = start[v]!; e < start[v + 1]!; e++)
      if (!reached[heads[e]!]) {
        reached[heads[e]!] = 1;
        queue.push(heads[e]!);
      }
  }

  const applications: ApplicationShortfall[] = [];
  let shortfall = 0;
  instance.applications.forEach((application, a) => {
    const nodes = [network.hub[a]!, network.foreignIntake[a]!, network.localIntake[a]!];
    if (!nodes.some((v) => v >= 0 && reached[v])) return;
    const unmet = nodes.reduce((sum, v) => sum + (v >= 0 ? Math.max(0, imbalance[v]!) : 0), 0);
    // A minimum-load shortage leaves no application short: only the jurors are reported.
    if (rule === 'minLoad' && unmet === 0) return;
    const required = network.required[a]!;
    applications.push({
      application: application.id,
      required,
      available: required - unmet,
      shortfall: unmet,
    });
    shortfall += unmet;
  });
  const jurors: JurorShortfall[] = [];
  const saturatedJurors: string[] = [];
  instance.jurors.forEach((juror, j) => {
    if (imbalance[j]! < 0) {
      const unmet = -imbalance[j]!;
      jurors.push({
        juror: juror.id,
        required: network.forced[j]!,
        available: network.forced[j]! - unmet,
        shortfall: unmet,
      });
    } else if (reached[j] && rule !== 'minLoad') saturatedJurors.push(juror.id);
  });
  const jurorShortfall = jurors.reduce((sum, item) => sum + item.shortfall, 0);
  const total = Math.max(shortfall, jurorShortfall);
  const messages: Record<AssignmentRule, string> = {
    fixedAssignments: '',
    kReviews: `${plural(applications.length, 'application')} need ${plural(total, 'more review')} than the jurors allowed to review them can take within their maximum loads`,
    maxLoad: '',
    sharedLanguage: `With the shared-language rule, ${plural(applications.length, 'application')} lack ${plural(total, 'review')}: too few jurors who share their language have room left`,
    crossBorder: `With the cross-border rule, ${plural(applications.length, 'application')} lack ${plural(total, 'review')}: too few foreign jurors have room left`,
    localExpert: `With the local-expert rule, ${plural(applications.length, 'application')} lack ${plural(total, 'review')}: too few local jurors have room left`,
    minLoad: `The minimum loads of ${plural(jurors.length, 'juror')} cannot be met: ${plural(total, 'review')} short`,
  };
  return {
    rule,
    message: messages[rule],
    shortfall: total,
    applications,
    jurors,
    ...(rule === 'minLoad' ? {} : { saturatedJurors }),
  };
}

/** Why an instance is infeasible: local contradictions first, else the first collective one. */
export function explainInfeasibility(instance: IndexedInstance): InfeasibilityExplanation {
  const local = findLocalFailures(instance);
  if (local.length > 0) return { failures: local };
  const collective = findCollectiveFailure(instance);
  return { failures: collective ? [collective] : [] };
}
