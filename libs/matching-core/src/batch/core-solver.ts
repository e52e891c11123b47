import { MinHeap } from './min-heap';

/**
 * Exact maximum-weight b-matching on the "core" (edges whose both ends can be full), with convex
 * slot costs at both sides (the fill a slot displaces). Min-cost circulation solved vacancy by
 * vacancy: when vacancy x is added, negative cycles can only pass through x's own slots, so we
 * repeatedly take the cheapest path from x back to the source (Dijkstra on reduced costs,
 * stopping as soon as the source is settled) and augment while slot cost + path cost < 0.
 * Augmenting along a shortest path keeps the residual graph free of negative cycles, so after the
 * last vacancy the flow is optimal. Searches start at one vacancy and stay local, which is what
 * makes this fast on sparse, loosely coupled graphs.
 *
 * Nodes: vacancies 0..V-1, candidates V..V+C-1, T = V+C (candidates' sink), SRC = V+C+1.
 * Residual arcs searched: v→c (unused edge, cost −w), c→v (used edge, +w), c→T (next free slot
 * of c, its cost), v→SRC (give back v's most expensive used slot, −cost), T→SRC (0). Arcs out
 * of SRC are never needed (it is the target) and T→c arcs never shorten a path to SRC (any such
 * detour closes a cycle with SRC→T that is non-negative by optimality), so both are left out.
 */
export interface CoreProblem {
  vacancyCount: number;
  candidateCount: number;
  edgeV: readonly number[];
  edgeC: readonly number[];
  /** Positive integer weights. */
  edgeW: readonly number[];
  /** Per vacancy: cost of each unit of capacity, ascending (length = its cap). */
  vacancySlots: readonly (readonly number[])[];
  /** Per candidate: cost of each unit of capacity, ascending (length = its cap). */
  candidateSlots: readonly (readonly number[])[];
}

/** Returns 1 for every edge in the optimal solution. */
export function solveCore(p: CoreProblem): Uint8Array {
  const V = p.vacancyCount;
  const C = p.candidateCount;
  const T = V + C;
  const SRC = T + 1;
  const n = SRC + 1;
  const E = p.edgeV.length;
  const adjV: number[][] = Array.from({ length: V }, () => []);
  const adjC: number[][] = Array.from({ length: C }, () => []);
  for (let e = 0; e < E; e++) {
    adjV[p.edgeV[e]].push(e);
    adjC[p.edgeC[e]].push(e);
  }
  const flow = new Uint8Array(E);
  const usedV = new Int32Array(V);
  const usedC = new Int32Array(C);

  // Potentials making every reduced cost ≥ 0 before any flow: h(v) = 0, h(c) = min(−w), h(T) = h(SRC) = min(h(c) + first slot).
  const h = new Float64Array(n);
  for (let c = 0; c < C; c++) h[V + c] = Math.min(0, ...adjC[c].map((e) => -p.edgeW[e]));
  let hT = 0;
  for (let c = 0; c < C; c++) if (p.candidateSlots[c].length > 0) hT = Math.min(hT, h[V + c] + p.candidateSlots[c][0]);
  h[T] = hT;
  h[SRC] = hT;

  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const prevNode = new Int32Array(n).fill(-1);
  const prevEdge = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const heap = new MinHeap();

  const relax = (u: number, y: number, cost: number, e: number, du: number) => {
    const nd = du + cost + h[u] - h[y];
    if (nd < dist[y] && !settled[y]) {
      if (dist[y] === Infinity) touched.push(y);
      dist[y] = nd;
      prevNode[y] = u;
      prevEdge[y] = e;
      heap.push(nd, y);
    }
  };

  for (let x = 0; x < V; x++) {
    const slots = p.vacancySlots[x];
    while (usedV[x] < slots.length) {
      dist[x] = 0;
      touched.push(x);
      heap.push(0, x);
      const settledList: number[] = [];
      while (heap.size > 0) {
        const du = heap.topKey();
        const u = heap.pop();
        if (settled[u] || du > dist[u]) continue;
        settled[u] = 1;
        settledList.push(u);
        if (u === SRC) break;
        if (u < V) {
          for (const e of adjV[u]) if (flow[e] === 0) relax(u, V + p.edgeC[e], -p.edgeW[e], e, du);
          if (usedV[u] > 0) relax(u, SRC, -p.vacancySlots[u][usedV[u] - 1], -1, du);
        } else if (u < T) {
          const c = u - V;
          for (const e of adjC[c]) if (flow[e] === 1) relax(u, p.edgeV[e], p.edgeW[e], e, du);
          if (usedC[c] < p.candidateSlots[c].length) relax(u, T, p.candidateSlots[c][usedC[c]], -1, du);
        } else {
          relax(u, SRC, 0, -1, du);
        }
      }
      heap.clear();
      const reached = settled[SRC] === 1;
      const ds = dist[SRC];
      const pathCost = ds - h[x] + h[SRC];
      if (reached) for (const u of settledList) h[u] += dist[u] - ds;
      const improves = reached && slots[usedV[x]] + pathCost < 0;
      if (improves) {
        for (let y = SRC; y !== x; y = prevNode[y]) {
          const u = prevNode[y];
          if (u < V && y < T && y >= V) flow[prevEdge[y]] = 1;
          else if (u >= V && u < T && y < V) flow[prevEdge[y]] = 0;
          else if (y === T) usedC[u - V]++;
          else if (u < V && y === SRC) usedV[u]--;
        }
        usedV[x]++;
      }
      for (const u of touched) {
        dist[u] = Infinity;
        settled[u] = 0;
        prevNode[u] = -1;
        prevEdge[u] = -1;
      }
      touched.length = 0;
      if (!improves) break;
    }
  }
  return flow;
}
