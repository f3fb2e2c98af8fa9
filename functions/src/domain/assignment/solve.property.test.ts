import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyOptimality } from './certificate.ts';
import type { AssignmentInstance } from './instance.ts';
import { solveAssignment, type AssignmentResult } from './solve.ts';
import { bruteForceOptimum, mipModel, randomInstance } from './test-support.ts';
import { validateManualAssignment } from './validate-manual.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});

/** The MIP optimum from HiGHS, or null when HiGHS proves the instance infeasible. */
function mipOptimum(instance: AssignmentInstance): number | null {
  const model = mipModel(instance);
  if (!model) return null;
  const solution = highs.solve(model.text, { output_flag: false, mip_rel_gap: 0 });
  if (solution.Status === 'Infeasible') return null;
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
  return Math.round(solution.ObjectiveValue + model.constant);
}

/**
 * Every optimal result must be feasible and carry a certificate that checks out; every
 * infeasible one must name at least one rule with a positive shortfall.
 */
function checkResult(instance: AssignmentInstance, result: AssignmentResult) {
  if (result.status === 'infeasible') {
    expect(result.explanation.failures.length).toBeGreaterThan(0);
    for (const failure of result.explanation.failures) expect(failure.shortfall).toBeGreaterThan(0);
    return;
  }
  if (result.status !== 'optimal') return;
  expect(validateManualAssignment(instance, result.assignments)).toEqual([]);
  const check = verifyOptimality(instance, result);
  expect(check.examples).toEqual([]);
  expect(check).toMatchObject({ feasible: true, optimal: true, objective: result.objective });
}

const objectiveOf = (result: AssignmentResult) =>
  result.status === 'optimal' ? result.objective : null;

describe('solveAssignment is exact', () => {
  it('matches brute-force enumeration on 300 tiny random instances', () => {
    let feasible = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomInstance(seed, { applications: 4, jurors: 5, maxReviews: 3 });
      const result = solveAssignment(instance, { candidatesPerApplication: 1 });
      expect(result.status, `seed ${seed}`).not.toBe('invalid');
      expect(objectiveOf(result), `seed ${seed}`).toBe(bruteForceOptimum(instance));
      checkResult(instance, result);
      if (result.status === 'optimal') feasible++;
    }
    // Both kinds are exercised in earnest.
    expect(feasible).toBeGreaterThan(60);
    expect(feasible).toBeLessThan(270);
  });

  it('matches the HiGHS MIP optimum on 200 larger random instances', () => {
    let feasible = 0;
    for (let seed = 1001; seed <= 1200; seed++) {
      const instance = randomInstance(seed, { applications: 9, jurors: 6, maxReviews: 3 });
      // Looser loads make feasible instances common at this size.
      for (const juror of instance.jurors) juror.maxLoad += 3;
      const result = solveAssignment(instance);
      expect(result.status, `seed ${seed}`).not.toBe('invalid');
      expect(objectiveOf(result), `seed ${seed}`).toBe(mipOptimum(instance));
      checkResult(instance, result);
      if (result.status === 'optimal') feasible++;
    }
    expect(feasible).toBeGreaterThan(40);
    expect(feasible).toBeLessThan(190);
  });

  it('gives the same optimum whatever the first candidate set', () => {
    for (let seed = 2001; seed <= 2040; seed++) {
      const instance = randomInstance(seed, { applications: 8, jurors: 6, maxReviews: 3 });
      for (const juror of instance.jurors) juror.maxLoad += 3;
      const all = solveAssignment(instance, { candidatesPerApplication: Infinity });
      const one = solveAssignment(instance, { candidatesPerApplication: 1 });
      expect(objectiveOf(one), `seed ${seed}`).toBe(objectiveOf(all));
      checkResult(instance, one);
    }
  });
});
