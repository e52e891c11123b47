import { MinHeap } from './min-heap';

/**
 * Min-cost flow by successive shortest paths with Johnson potentials (Dijkstra on reduced costs).
 * Integer capacities and integer costs (exact arithmetic). Used to maximise weight: costs are
 * negated gains and `maximiseGain` stops as soon as the cheapest augmenting path no longer has a
 * negative cost (successive path costs never decrease, so that is the maximum-weight flow).
 */
export class MinCostFlow {
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc's index (its twin is index ^ 1). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(capacity) || capacity < 0 || !Number.isSafeInteger(cost)) {
      throw new RangeError('MinCostFlow needs non-negative integer capacities and integer costs');
    }
    const index = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return index;
  }

  /** Flow currently on arc `index`. */
  flowOn(index: number): number {
    return this.cap[index ^ 1];
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  /** Augments while the cheapest source→sink path has negative cost. Returns the flow and its total cost. */
  maximiseGain(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const h = this.initialPotentials(source);
    const dist = new Float64Array(n);
    const prevEdge = new Int32Array(n);
    const heap = new MinHeap();
    let flow = 0;
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      prevEdge.fill(-1);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (d > dist[u]) continue;
        if (u === sink) break; // distances of unsettled nodes are capped below
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] === 0) continue;
          const v = this.to[e];
          const nd = d + this.cost[e] + h[u] - h[v];
          if (nd < dist[v]) {
            dist[v] = nd;
            prevEdge[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dist[sink] === Infinity) break;
      // Settled nodes move by their distance, all others (unsettled or unreached) by the sink's:
      // min(d(v), ds) ≤ min(d(u), ds) + reduced cost, so reduced costs stay ≥ 0.
      const ds = dist[sink];
      for (let v = 0; v < n; v++) h[v] += Math.min(dist[v], ds);
      const pathCost = h[sink] - h[source];
      if (pathCost >= 0) break;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) push = Math.min(push, this.cap[prevEdge[v]]);
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) {
        this.cap[prevEdge[v]] -= push;
        this.cap[prevEdge[v] ^ 1] += push;
      }
      flow += push;
      total += push * pathCost;
    }
    return { flow, cost: total };
  }

  /** Shortest distances from `source` over arcs with capacity (Bellman-Ford/SPFA; costs may be negative, no negative cycles). */
  private initialPotentials(source: number): Float64Array {
    const n = this.nodeCount;
    const h = new Float64Array(n).fill(Infinity);
    const inQueue = new Uint8Array(n);
    const queue: number[] = [source];
    h[source] = 0;
    inQueue[source] = 1;
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi];
      inQueue[u] = 0;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.cap[e] === 0) continue;
        const v = this.to[e];
        if (h[u] + this.cost[e] < h[v]) {
          h[v] = h[u] + this.cost[e];
          if (!inQueue[v]) {
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < n; v++) if (h[v] === Infinity) h[v] = 0; // unreachable: never used
    return h;
  }
}
