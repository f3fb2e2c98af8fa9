import { describe, expect, it } from 'vitest';
import { NetworkSimplex } from './min-cost-flow.ts';

/** Σ cost·flow over the arcs added, in order. */
const totalCost = (simplex: NetworkSimplex, costs: number[]) =>
  costs.reduce((sum, cost, arc) => sum + cost * simplex.flowOf(arc), 0);

describe('NetworkSimplex', () => {
  it('finds a minimum-cost flow and duals that prove it', () => {
    // Two supplies (4 and 2) to two demands (3 and 3) through a middle node, with a cheap
    // capacity-limited shortcut.
    const simplex = new NetworkSimplex([4, 2, 0, -3, -3]);
    const arcs: [number, number, number, number][] = [
      [0, 2, 10, 1],
      [1, 2, 10, 2],
      [2, 3, 10, 1],
      [2, 4, 10, 3],
      [0, 4, 2, 1],
    ];
    for (const [from, to, capacity, cost] of arcs) simplex.addArc(from, to, capacity, cost);
    expect(simplex.run()).toBe('optimal');
    // 0→4 carries 2 (cost 2); 0→2 carries 2 and 1→2 carries 2 (2 + 4); 2→3 carries 3 (3),
    // 2→4 carries 1 (3): total 14.
    expect(
      totalCost(
        simplex,
        arcs.map((arc) => arc[3]),
      ),
    ).toBe(14);
    arcs.forEach(([from, to, capacity, cost], arc) => {
      const reduced = simplex.reducedCost(from, to, cost);
      const flow = simplex.flowOf(arc);
      if (flow < capacity) expect(reduced).toBeGreaterThanOrEqual(0);
      if (flow > 0) expect(reduced).toBeLessThanOrEqual(0);
    });
  });

  it('reports an infeasible problem with the least possible excess', () => {
    const simplex = new NetworkSimplex([3, -3]);
    simplex.addArc(0, 1, 2, 5);
    expect(simplex.run()).toBe('infeasible');
    expect(simplex.flowOf(0)).toBe(2);
    expect(simplex.infeasibility).toBe(2); // one unit up to the root and one down
  });

  it('resumes after arcs are added and reaches the new optimum', () => {
    const simplex = new NetworkSimplex([2, 0, -2], 4, 10);
    simplex.addArc(0, 2, 5, 10);
    expect(simplex.run()).toBe('optimal');
    expect(simplex.flowOf(0)).toBe(2);
    // A cheaper route appears.
    simplex.addArc(0, 1, 1, 1);
    simplex.addArc(1, 2, 1, 1);
    expect(simplex.reducedCost(0, 1, 1) + simplex.reducedCost(1, 2, 1)).toBeLessThan(0);
    expect(simplex.run()).toBe('optimal');
    expect([simplex.flowOf(0), simplex.flowOf(1), simplex.flowOf(2)]).toEqual([1, 1, 1]);
    expect(() => simplex.addArc(0, 2, 1, 11)).toThrow(RangeError);
  });
});
