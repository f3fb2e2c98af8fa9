/**
 * A generic integer minimum-cost flow solver: the primal network simplex method with strongly
 * feasible spanning trees (Cunningham 1976), which never cycles on degenerate pivots, and block
 * search pricing (Grigoriadis 1986; the default of LEMON's NetworkSimplex, Kovács 2015, "Minimum-
 * cost flow algorithms: an experimental evaluation"). Everything lives in typed arrays.
 *
 * Problem: minimise Σ cost(e)·flow(e) subject to 0 ≤ flow(e) ≤ capacity(e) and, at every node v,
 * outflow(v) − inflow(v) = supply(v) (supplies sum to 0). Costs, capacities and supplies are
 * integers; the optimum flow is integral because the basis matrix is totally unimodular.
 *
 * Duals: at the end every node has a potential y(v) such that the reduced cost
 * c̄(e) = cost(e) − y(source) + y(target) is ≥ 0 on arcs with flow < capacity and ≤ 0 on arcs
 * with flow > 0: the complementary slackness conditions that prove optimality.
 *
 * Feasibility is found in one phase ("big M"): each node starts linked to an extra root by an
 * artificial arc; entering the root costs M = (max |cost| + 1)·(nodes + 1), more than any path
 * of real arcs, so the optimum uses artificial arcs only when no feasible flow exists, and then
 * carries the least possible total excess on them.
 *
 * Arcs can be appended after a run and the method resumed from the optimal basis: the new arcs
 * enter non-basic at flow 0, which keeps the basis primal feasible. The assignment solver uses
 * this to price large sparse candidate sets in rounds.
 */

const LOWER = 1;
const UPPER = -1;
const TREE = 0;
/** Capacity of the artificial arcs: larger than any total supply we accept. */
const INFINITE = 2 ** 30;

export interface MinCostFlowRunOptions {
  /** Called now and then with an estimate in [0, 1) of the work done. */
  onProgress?: (fraction: number) => void;
}

export type MinCostFlowStatus = 'optimal' | 'infeasible';

export class NetworkSimplex {
  readonly nodeCount: number;
  /** Number of real arcs (artificial ones are not counted). */
  arcCount = 0;
  /** Pivots done so far (all runs). */
  pivots = 0;

  // Arcs 0..n−1 are the artificial ones (node v ↔ root); real arc i is stored at n + i.
  private source: Int32Array;
  private target: Int32Array;
  private capacity: Int32Array;
  private cost: Float64Array;
  private flow: Int32Array;
  private state: Int8Array;

  // Spanning tree over nodes 0..n (n is the root): parent, the tree arc to the parent, whether
  // that arc points up (node → parent), depth, and child lists for walking a subtree.
  private parent: Int32Array;
  private pred: Int32Array;
  private predUp: Uint8Array;
  private depth: Int32Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  private prevSibling: Int32Array;
  private potential: Float64Array;
  private stack: Int32Array;
  private stem: Int32Array;

  private readonly supply: Int32Array;
  private initialised = false;
  private nextArc = 0;
  private artificialCost = 0;
  /** Largest |cost| of any arc, including arcs added after the first run (see `addArc`). */
  private costBound = 0;
  private artificialFlow = 0;
  private initialArtificialFlow = 0;

  /**
   * @param supply supply (> 0) or demand (< 0) of each node; the sum must be 0
   * @param expectedArcs arcs to make room for (the arrays grow when needed)
   * @param costBound the largest |cost| of an arc that may be added after the first run
   */
  constructor(supply: ArrayLike<number>, expectedArcs = 16, costBound = 0) {
    this.costBound = costBound;
    const n = supply.length;
    this.nodeCount = n;
    this.supply = Int32Array.from(supply);
    const arcs = n + Math.max(expectedArcs, 16);
    this.source = new Int32Array(arcs);
    this.target = new Int32Array(arcs);
    this.capacity = new Int32Array(arcs);
    this.cost = new Float64Array(arcs);
    this.flow = new Int32Array(arcs);
    this.state = new Int8Array(arcs);
    this.parent = new Int32Array(n + 1);
    this.pred = new Int32Array(n + 1);
    this.predUp = new Uint8Array(n + 1);
    this.depth = new Int32Array(n + 1);
    this.firstChild = new Int32Array(n + 1);
    this.nextSibling = new Int32Array(n + 1);
    this.prevSibling = new Int32Array(n + 1);
    this.potential = new Float64Array(n + 1);
    this.stack = new Int32Array(n + 1);
    this.stem = new Int32Array(n + 1);
  }

  /** Appends an arc and returns its index (0-based, in order of addition). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const slot = this.nodeCount + this.arcCount;
    if (slot === this.source.length) this.grow();
    this.source[slot] = from;
    this.target[slot] = to;
    this.capacity[slot] = capacity;
    this.cost[slot] = cost;
    this.flow[slot] = 0;
    this.state[slot] = LOWER;
    if (this.initialised && Math.abs(cost) > this.costBound)
      throw new RangeError('An arc added after the first run may not cost more than costBound');
    return this.arcCount++;
  }

  /** Flow on real arc `arc`. */
  flowOf(arc: number): number {
    return this.flow[this.nodeCount + arc]!;
  }

  /** Potential y(v) of node v (see the module comment for the sign convention). */
  potentialOf(node: number): number {
    return this.potential[node]!;
  }

  /** Reduced cost c̄ = cost − y(source) + y(target) of an arc from → to with cost `cost`. */
  reducedCost(from: number, to: number, cost: number): number {
    return cost - this.potential[from]! + this.potential[to]!;
  }

  /** Total flow left on artificial arcs: 0 when the flow is feasible. */
  get infeasibility(): number {
    return this.artificialFlow;
  }

  /** Runs (or resumes) the method to optimality. */
  run(options: MinCostFlowRunOptions = {}): MinCostFlowStatus {
    if (!this.initialised) this.initialise();
    const n = this.nodeCount;
    const total = n + this.arcCount;
    // Block search with blocks of √m arcs, the size LEMON found best across problem families.
    const blockSize = Math.max(10, Math.floor(Math.sqrt(this.arcCount)));
    const { source, target, cost, state, potential } = this;
    let next = this.nextArc < n ? n : this.nextArc;
    let sincePivotReport = 0;
    for (;;) {
      // Block search: scan blocks of arcs from where the last search stopped and take the most
      // violating arc of the first block that has one.
      let best = -1;
      let bestValue = 0;
      let count = blockSize;
      let scanned = 0;
      let e = next;
      const searchable = total - n;
      while (scanned < searchable) {
        const value = state[e]! * (cost[e]! - potential[source[e]!]! + potential[target[e]!]!);
        if (value < bestValue) {
          bestValue = value;
          best = e;
        }
        scanned++;
        e++;
        if (e === total) e = n;
        if (--count === 0) {
          if (best >= 0) break;
          count = blockSize;
        }
      }
      if (best < 0) break;
      next = e;
      this.pivot(best);
      if (options.onProgress && ++sincePivotReport === 2048) {
        sincePivotReport = 0;
        const done =
          this.initialArtificialFlow === 0
            ? 0.5
            : 1 - this.artificialFlow / this.initialArtificialFlow;
        options.onProgress(Math.min(0.99, 0.9 * done));
      }
    }
    this.nextArc = next;
    return this.artificialFlow === 0 ? 'optimal' : 'infeasible';
  }

  private grow(): void {
    const size = this.source.length * 2;
    const copy = <T extends Int32Array | Float64Array | Int8Array>(array: T, make: () => T): T => {
      const bigger = make();
      bigger.set(array);
      return bigger;
    };
    this.source = copy(this.source, () => new Int32Array(size));
    this.target = copy(this.target, () => new Int32Array(size));
    this.capacity = copy(this.capacity, () => new Int32Array(size));
    this.cost = copy(this.cost, () => new Float64Array(size));
    this.flow = copy(this.flow, () => new Int32Array(size));
    this.state = copy(this.state, () => new Int8Array(size));
  }

  private initialise(): void {
    const n = this.nodeCount;
    const root = n;
    let sum = 0;
    let maxCost = 0;
    for (let v = 0; v < n; v++) sum += this.supply[v]!;
    if (sum !== 0) throw new RangeError('Supplies must sum to zero');
    let total = 0;
    for (let v = 0; v < n; v++) total += Math.abs(this.supply[v]!);
    if (total >= INFINITE) throw new RangeError('Total supply too large');
    for (let e = n; e < n + this.arcCount; e++)
      maxCost = Math.max(maxCost, Math.abs(this.cost[e]!));
    maxCost = Math.max(maxCost, this.costBound);
    this.costBound = maxCost;
    this.artificialCost = (maxCost + 1) * (n + 1);
    if (this.artificialCost * (n + 1) > Number.MAX_SAFE_INTEGER)
      throw new RangeError('Costs too large for exact arithmetic');
    // The initial tree is a star: v → root (supply ≥ 0, cost 0) or root → v (cost M). Every
    // node can send flow to the root along it, so the tree is strongly feasible.
    this.parent[root] = -1;
    this.pred[root] = -1;
    this.depth[root] = 0;
    this.potential[root] = 0;
    this.firstChild[root] = -1;
    this.prevSibling[root] = -1;
    this.nextSibling[root] = -1;
    let artificial = 0;
    for (let v = n - 1; v >= 0; v--) {
      const s = this.supply[v]!;
      this.parent[v] = root;
      this.pred[v] = v;
      this.depth[v] = 1;
      this.firstChild[v] = -1;
      this.linkChild(root, v);
      this.capacity[v] = INFINITE;
      this.state[v] = TREE;
      if (s >= 0) {
        this.source[v] = v;
        this.target[v] = root;
        this.cost[v] = 0;
        this.flow[v] = s;
        this.predUp[v] = 1;
        this.potential[v] = 0;
      } else {
        this.source[v] = root;
        this.target[v] = v;
        this.cost[v] = this.artificialCost;
        this.flow[v] = -s;
        this.predUp[v] = 0;
        this.potential[v] = -this.artificialCost;
      }
      artificial += Math.abs(s);
    }
    this.artificialFlow = artificial;
    this.initialArtificialFlow = artificial;
    this.initialised = true;
  }

  private linkChild(parent: number, child: number): void {
    const first = this.firstChild[parent]!;
    this.nextSibling[child] = first;
    this.prevSibling[child] = -1;
    if (first >= 0) this.prevSibling[first] = child;
    this.firstChild[parent] = child;
  }

  private unlinkChild(parent: number, child: number): void {
    const prev = this.prevSibling[child]!;
    const next = this.nextSibling[child]!;
    if (prev >= 0) this.nextSibling[prev] = next;
    else this.firstChild[parent] = next;
    if (next >= 0) this.prevSibling[next] = prev;
  }

  private pivot(entering: number): void {
    const { parent, pred, predUp, depth, flow, capacity } = this;
    const n = this.nodeCount;
    const from = this.source[entering]!;
    const to = this.target[entering]!;

    // The cycle closes where the two tree paths meet.
    let u = from;
    let v = to;
    while (u !== v) {
      if (depth[u]! >= depth[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    const join = u;

    // Flow goes first → second along the entering arc, up from second to join, down to first.
    // Cunningham's rule: the leaving arc is the last blocking arc met from the join in that
    // direction (ties: strict on the first path, non-strict on the second), which keeps the
    // tree strongly feasible.
    const lower = this.state[entering] === LOWER;
    const first = lower ? from : to;
    const second = lower ? to : from;
    let delta = capacity[entering]!;
    let leavingNode = -1;
    let side = 0;
    for (let w = first; w !== join; w = parent[w]!) {
      const arc = pred[w]!;
      const room = predUp[w] ? flow[arc]! : capacity[arc]! - flow[arc]!;
      if (room < delta) {
        delta = room;
        leavingNode = w;
        side = 1;
      }
    }
    for (let w = second; w !== join; w = parent[w]!) {
      const arc = pred[w]!;
      const room = predUp[w] ? capacity[arc]! - flow[arc]! : flow[arc]!;
      if (room <= delta) {
        delta = room;
        leavingNode = w;
        side = 2;
      }
    }

    if (delta > 0) {
      flow[entering] = flow[entering]! + (lower ? delta : -delta);
      for (let w = first; w !== join; w = parent[w]!) {
        const arc = pred[w]!;
        const change = predUp[w] ? -delta : delta;
        flow[arc] = flow[arc]! + change;
        if (arc < n) this.artificialFlow += change;
      }
      for (let w = second; w !== join; w = parent[w]!) {
        const arc = pred[w]!;
        const change = predUp[w] ? delta : -delta;
        flow[arc] = flow[arc]! + change;
        if (arc < n) this.artificialFlow += change;
      }
    }
    this.pivots++;

    if (side === 0) {
      // The entering arc blocks itself: it moves to its other bound, the tree stays.
      this.state[entering] = lower ? UPPER : LOWER;
      return;
    }
    const leaving = pred[leavingNode]!;
    this.state[entering] = TREE;
    this.state[leaving] = flow[leaving] === 0 ? LOWER : UPPER;

    // The subtree below the leaving arc (rooted at leavingNode) contains uIn; re-hang it from
    // uIn under vIn: reverse the stem path uIn → … → leavingNode.
    const uIn = side === 1 ? first : second;
    const vIn = side === 1 ? second : first;
    const stem = this.stem;
    let length = 0;
    for (let w = uIn; ; w = parent[w]!) {
      stem[length++] = w;
      if (w === leavingNode) break;
    }
    this.unlinkChild(parent[leavingNode]!, leavingNode);
    // Walk from the top of the stem down: each stem node becomes the child of the one below it.
    for (let i = length - 1; i > 0; i--) {
      const upper = stem[i]!;
      const lowerNode = stem[i - 1]!;
      this.unlinkChild(upper, lowerNode);
      this.linkChild(lowerNode, upper);
      parent[upper] = lowerNode;
      pred[upper] = pred[lowerNode]!;
      predUp[upper] = predUp[lowerNode] ? 0 : 1;
    }
    parent[uIn] = vIn;
    pred[uIn] = entering;
    predUp[uIn] = uIn === from ? 1 : 0;
    this.linkChild(vIn, uIn);

    // The moved subtree's potentials shift by one amount (its internal arcs are unchanged) so
    // that the entering arc gets reduced cost 0; depths are recomputed from the new root uIn.
    const wanted =
      uIn === from
        ? this.potential[vIn]! + this.cost[entering]!
        : this.potential[vIn]! - this.cost[entering]!;
    const sigma = wanted - this.potential[uIn]!;
    const { potential, firstChild, nextSibling } = this;
    const stackArray = this.stack;
    depth[uIn] = depth[vIn]! + 1;
    potential[uIn] = wanted;
    let top = 0;
    stackArray[top++] = uIn;
    while (top > 0) {
      const x = stackArray[--top]!;
      const childDepth = depth[x]! + 1;
      for (let c = firstChild[x]!; c >= 0; c = nextSibling[c]!) {
        depth[c] = childDepth;
        potential[c] = potential[c]! + sigma;
        stackArray[top++] = c;
      }
    }
  }
}
