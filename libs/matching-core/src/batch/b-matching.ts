import { MatchingConfigurationError } from '../effective';
import { capViolations, greedyRespectingCaps, totalWeight, unconstrainedTopS } from './baselines';
import { BipartiteGraph, RankedLists, WEIGHT_SCALE, buildGraph, pruneEdges } from './bipartite';
import { solveCore } from './core-solver';
import { MinCostFlow } from './min-cost-flow';

export interface BatchOptions {
  /** S: at most this many proposals per vacancy. */
  shortlistSize: number;
  /** K: at most this many vacancies per candidate (default 3), so nobody is flooded with proposals. */
  perCandidateCap?: number;
}

export interface Proposal {
  vacancyId: string;
  candidateId: string;
  score: number;
}

export interface BatchResult {
  /** The optimal proposals, by vacancy id, then score descending, then candidate id. */
  proposals: Proposal[];
  /** Maximum total score with ≤ S per vacancy and ≤ K per candidate (exact). */
  optimalTotal: number;
  /** Greedy over all edges by descending score, respecting S and K. */
  greedyRespectingKTotal: number;
  /** Every vacancy its own top S, ignoring K (an upper bound that breaks the cap). */
  unconstrainedTotal: number;
  /** Candidates proposed more than K times in the unconstrained result. */
  violationsInUnconstrained: number;
  /** Proposals above the cap in the unconstrained result. */
  excessProposalsInUnconstrained: number;
  stats: {
    inputEdges: number;
    edgesAfterPruning: number;
    /** Edges fixed without optimisation (both ends can never be full). */
    fixedEdges: number;
    /** Edges left for min-cost flow, split into independent components. */
    coreEdges: number;
    coreComponents: number;
    largestComponentNodes: number;
  };
}

/**
 * Batch proposals as maximum-weight bipartite b-matching (≤ S per vacancy, ≤ K per candidate),
 * solved exactly. Weights are scores in units of 1e-6; non-positive scores are never proposed.
 */
export function optimiseProposals(lists: RankedLists, options: BatchOptions): BatchResult {
  const S = options.shortlistSize;
  const K = options.perCandidateCap ?? 3;
  if (!Number.isInteger(S) || S < 0) throw new MatchingConfigurationError('shortlistSize must be a whole number ≥ 0');
  if (!Number.isInteger(K) || K < 0) throw new MatchingConfigurationError('perCandidateCap must be a whole number ≥ 0');
  const g = buildGraph(lists);
  const solved = solveExact(g, S, K);
  const greedy = greedyRespectingCaps(g, S, K);
  const unconstrained = unconstrainedTopS(g, S);
  const violations = capViolations(g, unconstrained, K);
  const chosen = [...solved.chosen].sort((a, b) => g.edgeV[a] - g.edgeV[b] || g.edgeW[b] - g.edgeW[a] || g.edgeC[a] - g.edgeC[b]);
  return {
    proposals: chosen.map((e) => ({ vacancyId: g.vacancyIds[g.edgeV[e]], candidateId: g.candidateIds[g.edgeC[e]], score: g.edgeW[e] / WEIGHT_SCALE })),
    optimalTotal: totalWeight(g, chosen) / WEIGHT_SCALE,
    greedyRespectingKTotal: totalWeight(g, greedy) / WEIGHT_SCALE,
    unconstrainedTotal: totalWeight(g, unconstrained) / WEIGHT_SCALE,
    violationsInUnconstrained: violations.candidates,
    excessProposalsInUnconstrained: violations.excessProposals,
    stats: { inputEdges: g.edgeV.length, ...solved.stats },
  };
}

interface ExactSolution {
  chosen: number[];
  stats: Omit<BatchResult['stats'], 'inputEdges'>;
}

/**
 * Exact solver: prune (see pruneEdges), then split edges by whether their ends are "free" (degree
 * within cap, so never full):
 *  - free vacancy – free candidate: always in the optimum (positive weight, no conflict): fixed;
 *  - full-able vacancy – free candidate: "fill" of that vacancy; it keeps its best fills in the
 *    slots left by core edges, so taking the j-th core edge costs the fill it displaces;
 *  - free vacancy – full-able candidate: the same on the candidate side;
 *  - both full-able: core edges, solved exactly by min-cost flow (core-solver.ts) with the
 *    displacement costs as convex (increasing) slot costs at both sides.
 */
export function solveExact(g: BipartiteGraph, S: number, K: number): ExactSolution {
  const { alive, degV, degC } = pruneEdges(g, S, K);
  const freeV = (v: number) => degV[v] <= S;
  const freeC = (c: number) => degC[c] <= K;
  const chosen: number[] = [];
  const fillV = new Map<number, number[]>();
  const fillC = new Map<number, number[]>();
  const core: number[] = [];
  let edgesAfterPruning = 0;
  for (const list of g.byVacancy) {
    for (const e of list) {
      if (!alive[e]) continue;
      edgesAfterPruning++;
      const v = g.edgeV[e];
      const c = g.edgeC[e];
      if (freeV(v) && freeC(c)) chosen.push(e);
      else if (freeC(c)) push(fillV, v, e);
      else if (!freeV(v)) core.push(e);
    }
  }
  for (const list of g.byCandidate) {
    for (const e of list) if (alive[e] && freeV(g.edgeV[e]) && !freeC(g.edgeC[e])) push(fillC, g.edgeC[e], e);
  }
  const fixedEdges = chosen.length;

  // Connected components of the core (vacancy node v, candidate node V + c).
  const V = g.vacancyIds.length;
  const parent = new Int32Array(V + g.candidateIds.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const e of core) parent[find(g.edgeV[e])] = find(V + g.edgeC[e]);
  const groups = new Map<number, number[]>();
  for (const e of core) push(groups, find(g.edgeV[e]), e);

  let largestComponentNodes = 0;
  for (const edges of groups.values()) {
    const nodes = new Set<number>();
    for (const e of edges) nodes.add(g.edgeV[e]).add(V + g.edgeC[e]);
    largestComponentNodes = Math.max(largestComponentNodes, nodes.size);
  }

  // One exact solve over the whole core: its searches never cross components (see core-solver.ts).
  const localV = new Map<number, number>();
  const localC = new Map<number, number>();
  for (const e of core) {
    if (!localV.has(g.edgeV[e])) localV.set(g.edgeV[e], localV.size);
    if (!localC.has(g.edgeC[e])) localC.set(g.edgeC[e], localC.size);
  }
  const vacancySlots: number[][] = [];
  for (const v of localV.keys()) vacancySlots.push(slotCosts(S, (fillV.get(v) ?? []).map((e) => g.edgeW[e])));
  const candidateSlots: number[][] = [];
  for (const c of localC.keys()) candidateSlots.push(slotCosts(K, (fillC.get(c) ?? []).map((e) => g.edgeW[e])));
  const used = solveCore({
    vacancyCount: localV.size,
    candidateCount: localC.size,
    edgeV: core.map((e) => localV.get(g.edgeV[e])!),
    edgeC: core.map((e) => localC.get(g.edgeC[e])!),
    edgeW: core.map((e) => g.edgeW[e]),
    vacancySlots,
    candidateSlots,
  });
  const usedV = new Int32Array(V);
  const usedC = new Int32Array(g.candidateIds.length);
  core.forEach((e, i) => {
    if (used[i] === 0) return;
    chosen.push(e);
    usedV[g.edgeV[e]]++;
    usedC[g.edgeC[e]]++;
  });
  // Fills take the slots the core left, best first.
  for (const [v, fills] of fillV) chosen.push(...fills.slice(0, Math.max(0, S - usedV[v])));
  for (const [c, fills] of fillC) chosen.push(...fills.slice(0, Math.max(0, K - usedC[c])));

  return {
    chosen,
    stats: { edgesAfterPruning, fixedEdges, coreEdges: core.length, coreComponents: groups.size, largestComponentNodes },
  };
}

/**
 * Per-unit costs of a node's `cap` slots, ascending. The fills (weights, best first) already hold
 * slots: free slots cost 0; beyond them each unit displaces the weakest fill still held, so the
 * costs rise (convex) and the optimiser uses the cheapest first.
 */
function slotCosts(cap: number, fills: readonly number[]): number[] {
  const held = fills.slice(0, cap);
  return [...new Array<number>(cap - held.length).fill(0), ...held.reverse()];
}

/** Reference solver: one min-cost flow over the whole graph, no pruning or decomposition (tests, small inputs). */
export function solveByPlainFlow(g: BipartiteGraph, S: number, K: number): number[] {
  const V = g.vacancyIds.length;
  const flow = new MinCostFlow(V + g.candidateIds.length + 2);
  const SOURCE = V + g.candidateIds.length;
  const SINK = SOURCE + 1;
  for (let v = 0; v < V; v++) flow.addEdge(SOURCE, v, S, 0);
  for (let c = 0; c < g.candidateIds.length; c++) flow.addEdge(V + c, SINK, K, 0);
  const arcs = g.edgeV.map((v, e) => flow.addEdge(v, V + g.edgeC[e], 1, -g.edgeW[e]));
  flow.maximiseGain(SOURCE, SINK);
  return arcs.flatMap((arc, e) => (flow.flowOn(arc) > 0 ? [e] : []));
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
