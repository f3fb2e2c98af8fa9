import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyOptimality } from './certificate.ts';
import { validateInstance, type AssignmentInstance, type InstanceJuror } from './instance.ts';
import { solveAssignment, type AssignmentResult, type OptimalAssignment } from './solve.ts';
import { randomInstance, seededRandom } from './test-support.ts';
import { validateManualAssignment } from './validate-manual.ts';

const juror = (id: string, country: string, extra: Partial<InstanceJuror> = {}): InstanceJuror => ({
  id,
  country,
  languages: ['ru'],
  maxLoad: 10,
  ...extra,
});

/** Every pair of the given applications and jurors, with affinity from `score`. */
const allPairs = (
  applications: string[],
  jurors: string[],
  score: (a: string, j: string) => number = () => 1,
) =>
  applications.flatMap((a) =>
    jurors.map((j) => ({ application: a, juror: j, affinity: score(a, j) })),
  );

function optimal(result: AssignmentResult): OptimalAssignment {
  if (result.status !== 'optimal') throw new Error(JSON.stringify(result, null, 2));
  return result;
}

const jurorsOf = (result: OptimalAssignment, application: string) =>
  result.assignments.filter((item) => item.application === application).map((item) => item.juror);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const r = Math.floor(random() * (i + 1));
    [copy[i], copy[r]] = [copy[r]!, copy[i]!];
  }
  return copy;
}

describe('solveAssignment', () => {
  const crossBorder: AssignmentInstance = {
    reviewsPerApplication: 2,
    applications: [
      { id: 'ru-1', country: 'RU' },
      { id: 'kz-1', country: 'KZ' },
    ],
    jurors: [juror('ru-a', 'RU'), juror('ru-b', 'RU'), juror('kz-a', 'KZ'), juror('kz-b', 'KZ')],
    // Each application likes its own country's jurors best.
    pairs: allPairs(['ru-1', 'kz-1'], ['ru-a', 'ru-b', 'kz-a', 'kz-b'], (a, j) =>
      a.slice(0, 2) === j.slice(0, 2) ? 10 : 1,
    ),
    rules: { crossBorder: true },
    loadBalancing: { weight: 0 },
  };

  it('puts a foreign juror on every application under the cross-border rule', () => {
    const result = optimal(solveAssignment(crossBorder));
    const countries = (application: string) =>
      jurorsOf(result, application).map((id) => id.slice(0, 2));
    expect(countries('ru-1')).toEqual(['kz', 'ru']);
    expect(countries('kz-1')).toEqual(['kz', 'ru']);
    expect(result.objective).toBe(22);
    const free = optimal(solveAssignment({ ...crossBorder, rules: {} }));
    expect(free.objective).toBe(40);
  });

  it('is deterministic: the same data in any order gives the same assignment', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const instance = randomInstance(seed, { applications: 8, jurors: 6, maxReviews: 3 });
      for (const item of instance.jurors) item.maxLoad += 3;
      const first = solveAssignment(instance);
      const again = solveAssignment(instance);
      const reordered = solveAssignment({
        ...instance,
        applications: shuffled(instance.applications, seed),
        jurors: shuffled(instance.jurors, seed + 1),
        pairs: shuffled(instance.pairs, seed + 2),
        conflicts: shuffled(instance.conflicts ?? [], seed + 3),
        fixed: shuffled(instance.fixed ?? [], seed + 4),
      });
      expect(again).toEqual(first);
      expect(reordered).toEqual(first);
    }
  });

  it('spreads the load with the convex penalty', () => {
    const instance: AssignmentInstance = {
      reviewsPerApplication: 1,
      applications: ['a', 'b', 'c', 'd'].map((id) => ({ id, country: 'RU' })),
      jurors: [juror('star', 'RU'), juror('other', 'RU')],
      pairs: allPairs(['a', 'b', 'c', 'd'], ['star', 'other'], (_, j) => (j === 'star' ? 3 : 1)),
      loadBalancing: { weight: 0 },
    };
    expect(optimal(solveAssignment(instance)).loads.map((item) => item.load)).toEqual([0, 4]);
    // Marginal costs 0, 3, 6, 9: the star's third review (cost 6) is worth less than the 2
    // points of affinity it brings over the other juror's second (cost 3).
    const balanced = optimal(solveAssignment({ ...instance, loadBalancing: { weight: 3 } }));
    expect(balanced.loads.map((item) => item.load)).toEqual([2, 2]);
    expect(balanced.penalty).toBe(6);
    expect(balanced.objective).toBe(3 + 3 + 1 + 1 - 6);
  });

  it('keeps started reviews and gives a dropped-out juror nothing new', () => {
    const instance: AssignmentInstance = {
      reviewsPerApplication: 2,
      applications: ['a', 'b', 'c'].map((id) => ({ id, country: 'RU' })),
      jurors: [juror('j1', 'RU'), juror('j2', 'RU'), juror('j3', 'RU'), juror('j4', 'RU')],
      pairs: allPairs(['a', 'b', 'c'], ['j1', 'j2', 'j3', 'j4'], (_, j) => (j === 'j1' ? 9 : 2)),
    };
    const first = optimal(solveAssignment(instance));
    expect(first.loads.find((item) => item.juror === 'j1')!.load).toBe(3);
    // j1 drops out after starting the review of a; a conflict appears for b and j2.
    const rerun = optimal(
      solveAssignment({
        ...instance,
        jurors: instance.jurors.map((item) =>
          item.id === 'j1' ? { ...item, available: false } : item,
        ),
        fixed: [{ application: 'a', juror: 'j1' }],
        conflicts: [{ application: 'b', juror: 'j2' }],
      }),
    );
    expect(rerun.assignments.filter((item) => item.juror === 'j1')).toEqual([
      { application: 'a', juror: 'j1', affinity: 9, kept: true },
    ]);
    expect(jurorsOf(rerun, 'b')).not.toContain('j2');
    expect(rerun.assignments).toHaveLength(6);
  });

  it('reports progress up to 1', () => {
    const instance = randomInstance(7, { applications: 8, jurors: 6, maxReviews: 2 });
    instance.rules = {};
    instance.conflicts = [];
    instance.fixed = [];
    for (const item of instance.jurors)
      Object.assign(item, { maxLoad: 20, minLoad: 0, available: true });
    const fractions: number[] = [];
    expect(solveAssignment(instance, { onProgress: (f) => fractions.push(f) }).status).toBe(
      'optimal',
    );
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('refuses a malformed instance with the paths of its problems', () => {
    const result = solveAssignment({
      applications: [{ id: 'a', country: 'RU' }],
      jurors: [{ id: 'j', country: 'RU', maxLoad: 2, minLoad: 3 }],
      pairs: [
        { application: 'a', juror: 'j', affinity: 1.5 },
        { application: 'x', juror: 'j', affinity: 1 },
      ],
    });
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.issues).toEqual([
      {
        path: '/applications/0/reviews',
        message: 'is required when reviewsPerApplication is not given',
      },
      { path: '/jurors/0/minLoad', message: 'must not exceed maxLoad' },
      { path: '/pairs/0/affinity', message: 'must be an integer between ±1000000' },
      { path: '/pairs/1/application', message: 'unknown application x' },
    ]);
    const duplicate = solveAssignment({
      reviewsPerApplication: 1,
      applications: [{ id: 'a', country: 'RU' }],
      jurors: [juror('j', 'RU')],
      pairs: [
        { application: 'a', juror: 'j', affinity: 1 },
        { application: 'a', juror: 'j', affinity: 2 },
      ],
    });
    expect(duplicate).toEqual({
      status: 'invalid',
      issues: [{ path: '/pairs/1', message: 'duplicate pair' }],
    });
  });
});

describe('verifyOptimality', () => {
  const instance: AssignmentInstance = {
    reviewsPerApplication: 1,
    applications: [
      { id: 'a', country: 'RU' },
      { id: 'b', country: 'RU' },
    ],
    jurors: [juror('j1', 'RU', { maxLoad: 1 }), juror('j2', 'RU', { maxLoad: 1 })],
    pairs: [
      { application: 'a', juror: 'j1', affinity: 5 },
      { application: 'a', juror: 'j2', affinity: 4 },
      { application: 'b', juror: 'j1', affinity: 3 },
      { application: 'b', juror: 'j2', affinity: 1 },
    ],
  };

  it('accepts the optimum with its certificate', () => {
    const result = optimal(solveAssignment(instance));
    // a–j2 and b–j1 (7) beat a–j1 and b–j2 (6).
    expect(result.assignments.map((item) => item.juror)).toEqual(['j2', 'j1']);
    expect(verifyOptimality(instance, result)).toMatchObject({
      feasible: true,
      optimal: true,
      objective: 7,
      dualBound: 7,
      reducedCostViolations: 0,
    });
  });

  it('rejects a feasible assignment that is not optimal, whatever the potentials', () => {
    const result = optimal(solveAssignment(instance));
    const worse = [
      { application: 'a', juror: 'j1' },
      { application: 'b', juror: 'j2' },
    ];
    const check = verifyOptimality(instance, { ...result, assignments: worse });
    expect(check).toMatchObject({ feasible: true, optimal: false, objective: 6, dualBound: 7 });
    expect(check.reducedCostViolations).toBeGreaterThan(0);
    // Made-up potentials only weaken the bound: it stays above the true optimum.
    const zero = {
      ...result.certificate,
      applications: result.certificate.applications.map((item) => ({
        ...item,
        hub: 0,
        foreign: 0,
        local: 0,
        other: 0,
      })),
    };
    const tampered = verifyOptimality(instance, { assignments: worse, certificate: zero });
    expect(tampered.optimal).toBe(false);
    expect(tampered.dualBound).toBeGreaterThanOrEqual(7);
  });

  it('rejects an infeasible assignment', () => {
    const result = optimal(solveAssignment(instance));
    const check = verifyOptimality(instance, {
      ...result,
      assignments: [{ application: 'a', juror: 'j2' }],
    });
    expect(check.feasible).toBe(false);
    expect(check.optimal).toBe(false);
    expect(check.violations).toEqual([
      expect.objectContaining({ rule: 'kReviews', application: 'b' }),
    ]);
  });
});

describe('validateManualAssignment', () => {
  const instance: AssignmentInstance = {
    reviewsPerApplication: 2,
    applications: [
      { id: 'a', country: 'RU', languages: ['ru'] },
      { id: 'b', country: 'KZ', languages: ['kk'] },
    ],
    jurors: [
      juror('ru1', 'RU', { maxLoad: 2 }),
      juror('kz1', 'KZ', { languages: ['kk', 'ru'], maxLoad: 2, minLoad: 1 }),
      juror('kz2', 'KZ', { languages: ['kk'], maxLoad: 1, available: false }),
    ],
    pairs: allPairs(['a', 'b'], ['ru1', 'kz1', 'kz2']),
    conflicts: [{ application: 'b', juror: 'ru1' }],
    fixed: [{ application: 'b', juror: 'kz2' }],
    rules: { crossBorder: true, sharedLanguage: true },
  };

  it('finds the one rule a swap breaks', () => {
    expect(
      validateManualAssignment(instance, [
        { application: 'a', juror: 'ru1' },
        { application: 'a', juror: 'kz1' },
        { application: 'b', juror: 'kz2' },
        { application: 'b', juror: 'kz1' },
      ]),
    ).toEqual([
      // b has only Kazakh jurors: the swap must bring a foreign one.
      expect.objectContaining({ rule: 'crossBorder', application: 'b' }),
    ]);
  });

  it('names every violation of a hand edit', () => {
    const violations = validateManualAssignment(instance, [
      { application: 'a', juror: 'ru1' },
      { application: 'a', juror: 'ru1' },
      { application: 'b', juror: 'ru1' },
      { application: 'a', juror: 'kz2' },
      { application: 'a', juror: 'nobody' },
    ]);
    expect(violations.map((item) => item.rule).sort()).toEqual(
      [
        'duplicate',
        'unknownReference',
        'conflict',
        'sharedLanguage',
        'unavailable',
        'sharedLanguage',
        'keptRemoved',
        'kReviews',
        'minLoad',
      ].sort(),
    );
  });
});

describe('the documented example instance', () => {
  it('is valid and solves to a certified optimum', () => {
    const text = readFileSync(
      new URL('../../../../docs/examples/assignment-instance.json', import.meta.url),
      'utf8',
    );
    const data: unknown = JSON.parse(text);
    expect(validateInstance(data)).toEqual([]);
    const instance = data as AssignmentInstance;
    const result = optimal(solveAssignment(instance));
    expect(verifyOptimality(instance, result).optimal).toBe(true);
    // The dropped-out juror keeps the started review and gets nothing new.
    expect(result.assignments.filter((item) => item.juror === 'juror-kz-volunteers')).toEqual([
      { application: 'open-air-museum', juror: 'juror-kz-volunteers', affinity: 30, kept: true },
    ]);
    expect(result.objective).toBe(670);
  });
});
