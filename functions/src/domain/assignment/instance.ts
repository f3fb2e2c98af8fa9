/**
 * The assignment instance: plain data (JSON) that fully describes one assignment problem, so the
 * same file can be given to this solver, to the CLI, or to any other solver for comparison.
 * The format is documented field by field in `docs/assignment.md`.
 */

/** An application to review. `reviews` overrides the instance's `reviewsPerApplication`. */
export interface InstanceApplication {
  id: string;
  /** ISO country code (any string; compared exactly). */
  country: string;
  /** When given, the `localExpert` rule asks for a juror of this region, not only of the country. */
  region?: string;
  /** Working languages of the application (for the `sharedLanguage` rule). */
  languages?: string[];
  /** Reviews this application needs (k); defaults to `reviewsPerApplication`. */
  reviews?: number;
}

export interface InstanceJuror {
  id: string;
  country: string;
  region?: string;
  languages?: string[];
  /** Least number of reviews (kept ones included); only for available jurors. Default 0. */
  minLoad?: number;
  /** Most reviews (kept ones included). */
  maxLoad: number;
  /** A juror who dropped out (`false`) gets no new assignment; their kept reviews stay. */
  available?: boolean;
}

/** A pair the solver may assign, with its integer affinity (higher is better). */
export interface InstancePair {
  application: string;
  juror: string;
  affinity: number;
}

/** An application and a juror, for conflicts and kept assignments. */
export interface PairRef {
  application: string;
  juror: string;
}

export interface AssignmentRules {
  /** At least one juror of each application comes from a country other than the applicant's. */
  crossBorder?: boolean;
  /** At least one juror comes from the applicant's country, or its region when it has one. */
  localExpert?: boolean;
  /** Every new pair shares at least one working language (a pair filter). */
  sharedLanguage?: boolean;
}

export interface LoadBalancing {
  /**
   * The t-th review of a juror costs `weight × (t − 1)`, so a load L costs
   * `weight × L(L − 1)/2`: a convex penalty that spreads work evenly. Non-negative integer.
   */
  weight: number;
}

export interface AssignmentInstance {
  /** Reviews per application (k) when an application does not say. */
  reviewsPerApplication?: number;
  applications: InstanceApplication[];
  jurors: InstanceJuror[];
  /** Allowed pairs; a pair not listed is never assigned (kept assignments aside). */
  pairs: InstancePair[];
  /** Forbidden pairs, even when listed. */
  conflicts?: PairRef[];
  /** Reviews already started or submitted: they stay and count toward loads and rules. */
  fixed?: PairRef[];
  rules?: AssignmentRules;
  /** Default `{ weight: 1 }`. */
  loadBalancing?: LoadBalancing;
}

/** A problem with the instance's shape or references, with a JSON-pointer-like path. */
export interface InstanceIssue {
  path: string;
  message: string;
}

/** Largest absolute affinity accepted: keeps every cost sum exact in double precision. */
export const MAX_ABS_AFFINITY = 1_000_000;
/** Largest load or review count accepted. */
export const MAX_COUNT = 100_000;
/** Largest load-balancing weight accepted: marginal costs stay below 10⁹. */
export const MAX_WEIGHT = 10_000;

/**
 * The instance indexed for the solver: applications and jurors sorted by id (so the result does
 * not depend on the order of the input), pairs in typed arrays sorted by (application, juror).
 */
export interface IndexedInstance {
  source: AssignmentInstance;
  applications: IndexedApplication[];
  jurors: IndexedJuror[];
  applicationIndex: Map<string, number>;
  jurorIndex: Map<string, number>;
  /** Pairs sorted by application then juror; `pairStart[a]..pairStart[a+1]` are a's pairs. */
  pairApplication: Int32Array;
  pairJuror: Int32Array;
  pairAffinity: Float64Array;
  pairStart: Int32Array;
  /** 1 where the pair is a conflict (and so never a new assignment). */
  pairConflict: Uint8Array;
  /** Position of each sorted pair in `source.pairs`. */
  pairInputIndex: Int32Array;
  /** Conflicting pairs, as sorted keys `application × jurorCount + juror`. */
  conflictKeys: Set<number>;
  /** Kept assignments per application (juror indexes) and per juror (application indexes). */
  fixedByApplication: number[][];
  fixedByJuror: number[][];
  rules: Required<AssignmentRules>;
  weight: number;
}

export interface IndexedApplication {
  id: string;
  country: string;
  region: string | undefined;
  languages: ReadonlySet<string>;
  reviews: number;
  /** Position in `source.applications`. */
  inputIndex: number;
}

export interface IndexedJuror {
  id: string;
  country: string;
  region: string | undefined;
  languages: ReadonlySet<string>;
  minLoad: number;
  maxLoad: number;
  available: boolean;
  inputIndex: number;
}

/**
 * The category of a juror for an application: `foreign` (another country), `local` (same
 * country, and same region when the rule `localExpert` is on and the application names a
 * region) or `other` (same country, another region).
 */
export type JurorCategory = 'foreign' | 'local' | 'other';

export function jurorCategory(
  application: Pick<IndexedApplication, 'country' | 'region'>,
  juror: Pick<IndexedJuror, 'country' | 'region'>,
  localExpert: boolean,
): JurorCategory {
  if (juror.country !== application.country) return 'foreign';
  if (localExpert && application.region !== undefined && juror.region !== application.region)
    return 'other';
  return 'local';
}

/** True when the juror and the application share a working language. */
export function sharesLanguage(
  application: Pick<IndexedApplication, 'languages'>,
  juror: Pick<IndexedJuror, 'languages'>,
): boolean {
  for (const language of juror.languages) if (application.languages.has(language)) return true;
  return false;
}

/** The load penalty of one juror: the sum of the marginal costs `weight × (t − 1)`, t = 1..load. */
export function loadPenalty(load: number, weight: number): number {
  return (weight * load * (load - 1)) / 2;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, min = 0): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_COUNT;

/**
 * Checks the shape and the references of an instance read from untrusted JSON. An empty list
 * means the instance is well formed (it may still be infeasible: that is the solver's answer).
 *
 * @example validateInstance(JSON.parse(text)) // [] or [{ path: '/pairs/3/juror', message: … }]
 */
export function validateInstance(value: unknown): InstanceIssue[] {
  const issues: InstanceIssue[] = [];
  const fail = (path: string, message: string) => {
    if (issues.length < 100) issues.push({ path, message });
  };
  if (!isRecord(value)) return [{ path: '', message: 'must be an object' }];
  const k = value.reviewsPerApplication;
  if (k !== undefined && !isCount(k, 1)) fail('/reviewsPerApplication', 'must be an integer ≥ 1');

  const checkLanguages = (path: string, languages: unknown) => {
    if (languages === undefined) return;
    if (!Array.isArray(languages) || languages.some((item) => typeof item !== 'string'))
      fail(path, 'must be an array of strings');
  };
  const checkPlace = (path: string, item: Record<string, unknown>) => {
    if (typeof item.id !== 'string' || item.id === '') fail(`${path}/id`, 'must be a string');
    if (typeof item.country !== 'string') fail(`${path}/country`, 'must be a string');
    if (item.region !== undefined && typeof item.region !== 'string')
      fail(`${path}/region`, 'must be a string');
    checkLanguages(`${path}/languages`, item.languages);
  };

  const applicationIds = new Set<string>();
  if (!Array.isArray(value.applications)) fail('/applications', 'must be an array');
  else
    value.applications.forEach((item: unknown, i) => {
      const path = `/applications/${i}`;
      if (!isRecord(item)) return fail(path, 'must be an object');
      checkPlace(path, item);
      if (item.reviews !== undefined && !isCount(item.reviews, 1))
        fail(`${path}/reviews`, 'must be an integer ≥ 1');
      if (item.reviews === undefined && k === undefined)
        fail(`${path}/reviews`, 'is required when reviewsPerApplication is not given');
      if (typeof item.id === 'string') {
        if (applicationIds.has(item.id)) fail(`${path}/id`, `duplicate application ${item.id}`);
        applicationIds.add(item.id);
      }
    });

  const jurorIds = new Set<string>();
  if (!Array.isArray(value.jurors)) fail('/jurors', 'must be an array');
  else
    value.jurors.forEach((item: unknown, i) => {
      const path = `/jurors/${i}`;
      if (!isRecord(item)) return fail(path, 'must be an object');
      checkPlace(path, item);
      if (!isCount(item.maxLoad)) fail(`${path}/maxLoad`, 'must be an integer ≥ 0');
      if (item.minLoad !== undefined && !isCount(item.minLoad))
        fail(`${path}/minLoad`, 'must be an integer ≥ 0');
      else if (isCount(item.maxLoad) && isCount(item.minLoad) && item.minLoad > item.maxLoad)
        fail(`${path}/minLoad`, 'must not exceed maxLoad');
      if (item.available !== undefined && typeof item.available !== 'boolean')
        fail(`${path}/available`, 'must be a boolean');
      if (typeof item.id === 'string') {
        if (jurorIds.has(item.id)) fail(`${path}/id`, `duplicate juror ${item.id}`);
        jurorIds.add(item.id);
      }
    });

  const checkRef = (path: string, item: unknown): item is Record<string, unknown> => {
    if (!isRecord(item)) {
      fail(path, 'must be an object');
      return false;
    }
    if (typeof item.application !== 'string' || !applicationIds.has(item.application))
      fail(`${path}/application`, `unknown application ${String(item.application)}`);
    if (typeof item.juror !== 'string' || !jurorIds.has(item.juror))
      fail(`${path}/juror`, `unknown juror ${String(item.juror)}`);
    return true;
  };
  // Duplicate pairs are found after indexing (`duplicatePairIssues`): a set of string keys for
  // millions of pairs would cost more than the solve.
  if (!Array.isArray(value.pairs)) fail('/pairs', 'must be an array');
  else {
    let lastApplication: unknown;
    value.pairs.forEach((item: unknown, i) => {
      const path = `/pairs/${i}`;
      if (!isRecord(item)) return fail(path, 'must be an object');
      if (item.application !== lastApplication) {
        if (typeof item.application !== 'string' || !applicationIds.has(item.application))
          fail(`${path}/application`, `unknown application ${String(item.application)}`);
        else lastApplication = item.application;
      }
      if (typeof item.juror !== 'string' || !jurorIds.has(item.juror))
        fail(`${path}/juror`, `unknown juror ${String(item.juror)}`);
      if (!Number.isInteger(item.affinity) || Math.abs(item.affinity as number) > MAX_ABS_AFFINITY)
        fail(`${path}/affinity`, `must be an integer between ±${MAX_ABS_AFFINITY}`);
    });
  }
  for (const list of ['conflicts', 'fixed'] as const) {
    const items = value[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      fail(`/${list}`, 'must be an array');
      continue;
    }
    const seen = new Set<string>();
    items.forEach((item: unknown, i) => {
      if (!checkRef(`/${list}/${i}`, item)) return;
      const key = `${String(item.application)}\u0000${String(item.juror)}`;
      if (list === 'fixed' && seen.has(key)) fail(`/${list}/${i}`, 'duplicate kept assignment');
      seen.add(key);
    });
  }
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) fail('/rules', 'must be an object');
    else
      for (const [name, flag] of Object.entries(value.rules)) {
        if (!['crossBorder', 'localExpert', 'sharedLanguage'].includes(name))
          fail(`/rules/${name}`, 'unknown rule');
        else if (typeof flag !== 'boolean') fail(`/rules/${name}`, 'must be a boolean');
      }
  }
  if (value.loadBalancing !== undefined) {
    if (!isRecord(value.loadBalancing)) fail('/loadBalancing', 'must be an object');
    else if (!isCount(value.loadBalancing.weight) || value.loadBalancing.weight > MAX_WEIGHT)
      fail('/loadBalancing/weight', `must be an integer between 0 and ${MAX_WEIGHT}`);
  }
  return issues;
}

/**
 * Indexes a valid instance (see `validateInstance`). Applications and jurors are sorted by id
 * and pairs by (application, juror) with a counting sort, so that any permutation of the input
 * gives the same network, hence the same assignment.
 */
export function indexInstance(instance: AssignmentInstance): IndexedInstance {
  const k = instance.reviewsPerApplication ?? 1;
  const applicationOrder = instance.applications
    .map((application, inputIndex) => ({ application, inputIndex }))
    .sort((a, b) => compareIds(a.application.id, b.application.id));
  const applications: IndexedApplication[] = applicationOrder.map(
    ({ application, inputIndex }) => ({
      id: application.id,
      country: application.country,
      region: application.region,
      languages: new Set(application.languages ?? []),
      reviews: application.reviews ?? k,
      inputIndex,
    }),
  );
  const jurors: IndexedJuror[] = instance.jurors
    .map((juror, inputIndex) => ({ juror, inputIndex }))
    .sort((a, b) => compareIds(a.juror.id, b.juror.id))
    .map(({ juror, inputIndex }) => ({
      id: juror.id,
      country: juror.country,
      region: juror.region,
      languages: new Set(juror.languages ?? []),
      minLoad: juror.minLoad ?? 0,
      maxLoad: juror.maxLoad,
      available: juror.available ?? true,
      inputIndex,
    }));
  const applicationIndex = new Map(applications.map((item, i) => [item.id, i]));
  const jurorIndex = new Map(jurors.map((item, i) => [item.id, i]));
  const A = applications.length;
  const J = jurors.length;

  // Resolve ids. Pairs usually come grouped by application with the jurors in one order, so
  // the previous application and the juror after the previous one are tried before a lookup.
  const m = instance.pairs.length;
  const rawApplication = new Int32Array(m);
  const rawJuror = new Int32Array(m);
  const rawAffinity = new Float64Array(m);
  let lastId: string | undefined;
  let lastIndex = -1;
  let lastJuror = -1;
  let sorted = true;
  for (let i = 0; i < m; i++) {
    const pair = instance.pairs[i]!;
    if (pair.application !== lastId) {
      lastId = pair.application;
      lastIndex = applicationIndex.get(lastId)!;
    }
    const guess = jurors[lastJuror + 1];
    const j =
      guess !== undefined && guess.id === pair.juror ? lastJuror + 1 : jurorIndex.get(pair.juror)!;
    if (
      i > 0 &&
      (lastIndex < rawApplication[i - 1]! ||
        (lastIndex === rawApplication[i - 1] && j <= lastJuror))
    )
      sorted = false;
    rawApplication[i] = lastIndex;
    rawJuror[i] = j;
    rawAffinity[i] = pair.affinity;
    lastJuror = j;
  }
  // Stable counting sort by juror, then by application: sorted by (application, juror).
  let order: Int32Array;
  let pairApplication = rawApplication;
  let pairJuror = rawJuror;
  let pairAffinity = rawAffinity;
  if (sorted) {
    order = new Int32Array(m);
    for (let i = 0; i < m; i++) order[i] = i;
  } else {
    order = countingOrder(rawApplication, A, countingOrder(rawJuror, J, null));
    pairApplication = new Int32Array(m);
    pairJuror = new Int32Array(m);
    pairAffinity = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const from = order[i]!;
      pairApplication[i] = rawApplication[from]!;
      pairJuror[i] = rawJuror[from]!;
      pairAffinity[i] = rawAffinity[from]!;
    }
  }
  const pairStart = new Int32Array(A + 1);
  for (let i = 0; i < m; i++) pairStart[pairApplication[i]! + 1]!++;
  for (let a = 0; a < A; a++) pairStart[a + 1]! += pairStart[a]!;

  // Conflicts as sorted keys a·J + j, merged with the sorted pairs in one pass.
  const conflictKeys = new Set<number>();
  for (const conflict of instance.conflicts ?? [])
    conflictKeys.add(
      applicationIndex.get(conflict.application)! * J + jurorIndex.get(conflict.juror)!,
    );
  const sortedConflicts = Float64Array.from(conflictKeys).sort();
  const pairConflict = new Uint8Array(m);
  for (let i = 0, c = 0; i < m && c < sortedConflicts.length; i++) {
    const key = pairApplication[i]! * J + pairJuror[i]!;
    while (c < sortedConflicts.length && sortedConflicts[c]! < key) c++;
    if (sortedConflicts[c] === key) pairConflict[i] = 1;
  }

  const fixedByApplication: number[][] = applications.map(() => []);
  const fixedByJuror: number[][] = jurors.map(() => []);
  const fixedSorted = (instance.fixed ?? [])
    .map((item) => [applicationIndex.get(item.application)!, jurorIndex.get(item.juror)!] as const)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [a, j] of fixedSorted) {
    fixedByApplication[a]!.push(j);
    fixedByJuror[j]!.push(a);
  }
  return {
    source: instance,
    applications,
    jurors,
    applicationIndex,
    jurorIndex,
    pairApplication,
    pairJuror,
    pairAffinity,
    pairStart,
    pairConflict,
    pairInputIndex: order,
    conflictKeys,
    fixedByApplication,
    fixedByJuror,
    rules: {
      crossBorder: instance.rules?.crossBorder ?? false,
      localExpert: instance.rules?.localExpert ?? false,
      sharedLanguage: instance.rules?.sharedLanguage ?? false,
    },
    weight: instance.loadBalancing?.weight ?? 1,
  };
}

/** A stable counting sort of `within` (or of 0..n−1) by `keys`, keys in 0..range−1. */
function countingOrder(keys: Int32Array, range: number, within: Int32Array | null): Int32Array {
  const n = keys.length;
  const count = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) count[keys[i]! + 1]!++;
  for (let r = 0; r < range; r++) count[r + 1]! += count[r]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const item = within === null ? i : within[i]!;
    order[count[keys[item]!]!++] = item;
  }
  return order;
}

/** Affinity of a pair, 0 when it is not listed (a kept assignment may be unlisted). */
export function pairAffinityOf(instance: IndexedInstance, a: number, j: number): number {
  const index = findPair(instance, a, j);
  return index < 0 ? 0 : instance.pairAffinity[index]!;
}

/** Index of the listed pair (a, j) in the sorted pair arrays, or −1. Binary search. */
export function findPair(instance: IndexedInstance, a: number, j: number): number {
  let lo = instance.pairStart[a]!;
  let hi = instance.pairStart[a + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = instance.pairJuror[mid]!;
    if (value === j) return mid;
    if (value < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Pairs listed more than once (found on the sorted arrays, so in linear time). */
export function duplicatePairIssues(instance: IndexedInstance): InstanceIssue[] {
  const issues: InstanceIssue[] = [];
  for (let i = 1; i < instance.pairApplication.length && issues.length < 100; i++)
    if (
      instance.pairApplication[i] === instance.pairApplication[i - 1] &&
      instance.pairJuror[i] === instance.pairJuror[i - 1]
    )
      issues.push({ path: `/pairs/${instance.pairInputIndex[i]!}`, message: 'duplicate pair' });
  return issues;
}
